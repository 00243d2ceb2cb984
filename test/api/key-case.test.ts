// One naming convention at the boundary: every field of the contract is camelCase, except inside
// a statistics document (an agreement report, a comparative judgement report), which travels
// whole with the snake_case names `concord stats` and `concord cj` print in their JSON, so that
// the app, the CLI and the reports name a statistic the same way.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AgreementReportSchema, CjReportSchema, contract } from '../../src-main/api/contract.js';

const STATISTICS_DOCUMENTS = new Set<unknown>([AgreementReportSchema, CjReportSchema]);
const CAMEL = /^[a-z][a-zA-Z0-9]*$/;

interface Walked {
  /** Field paths outside the statistics documents whose name is not camelCase. */
  offenders: string[];
  /** Snake_case field paths found inside them. */
  documented: string[];
}

/** Every object key a schema can produce, with its path. */
function walk(
  schema: z.ZodType,
  path: string,
  out: Walked,
  inDocument: boolean,
  seen: Set<unknown>,
) {
  if (seen.has(schema)) return;
  seen.add(schema);
  const inside = inDocument || STATISTICS_DOCUMENTS.has(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const next = (child: unknown, at: string) => walk(child as z.ZodType, at, out, inside, seen);
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, unknown>)) {
        if (!CAMEL.test(key)) (inside ? out.documented : out.offenders).push(`${path}.${key}`);
        next(value, `${path}.${key}`);
      }
      break;
    case 'array':
      next(def.element, `${path}[]`);
      break;
    case 'record':
      next(def.valueType, `${path}{}`);
      break;
    case 'union':
      (def.options as unknown[]).forEach((option) => next(option, path));
      break;
    case 'intersection':
      next(def.left, path);
      next(def.right, path);
      break;
    case 'pipe':
      next(def.in, path);
      next(def.out, path);
      break;
    case 'lazy':
      next((def.getter as () => unknown)(), path);
      break;
    default:
      if ('innerType' in def) next(def.innerType, path);
  }
}

describe('field names at the api boundary', () => {
  const out: Walked = { offenders: [], documented: [] };
  for (const [method, spec] of Object.entries(contract)) {
    walk(spec.input as z.ZodType, `${method} input`, out, false, new Set());
    walk(spec.output as z.ZodType, `${method} output`, out, false, new Set());
  }

  it('are camelCase outside the statistics documents', () => {
    expect(out.offenders).toEqual([]);
  });

  it('are the engine’s snake_case names inside them, as the CLI prints them', () => {
    // The walk reaches into both documents: otherwise the first test would prove nothing.
    expect(out.documented).toContain(
      'results.session output.rounds[].report.criteria{}.kappa_paradox',
    );
    expect(out.documented).toContain('judging.results output.report.reliability.split_half');
  });
});
