// Rubric files (CSV, Concord JSON, CASE) through the same import the app and CLI use: each
// damaged file becomes a rubric or a clear refusal, and a refusal leaves the workspace as it was.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RubricFormat } from '../../src-main/formats/rubrics/index.js';
import { writeRubricCase, writeRubricFile } from '../../src-main/formats/rubrics/index.js';
import { argumentWriting } from '../formats/rubrics/helpers.js';
import type { TempApp } from '../helpers/workspace.js';
import { openTempApp } from '../helpers/workspace.js';
import { JSON_MUTATORS, MUTATORS, mutants, text, tryInput, utf8 } from './mutate.js';
import { rowCounts } from './workspace-rows.js';

const INPUTS_PER_FORMAT = 500;

const caseFixture = readFileSync(
  new URL('../fixtures/rubrics/case-lab-investigation.json', import.meta.url),
  'utf8',
);
const SEEDS: Record<RubricFormat, string[]> = {
  csv: [writeRubricFile(argumentWriting, 'csv')],
  json: [writeRubricFile(argumentWriting, 'json')],
  case: [
    caseFixture,
    writeRubricCase(argumentWriting, { lastChangeDateTime: '2026-01-05T10:00:00Z' }),
  ],
};

let app: TempApp;
beforeAll(() => {
  app = openTempApp();
});
afterAll(() => app.dispose());

describe('fuzzing the rubric importers', () => {
  it.each(['csv', 'json', 'case'] as const)(
    `imports or cleanly refuses ${INPUTS_PER_FORMAT} damaged %s files, writing nothing when refused`,
    async (format) => {
      const seeds = SEEDS[format].map(utf8);
      const failures: string[] = [];
      let imported = 0;
      let seed = 0;
      for (const char of format) seed = seed * 31 + char.charCodeAt(0);
      const mutators = format === 'csv' ? Object.values(MUTATORS) : JSON_MUTATORS;
      for (const { index, bytes } of mutants(seeds, INPUTS_PER_FORMAT, seed, mutators)) {
        const before = rowCounts(app.store);
        let accepted = false;
        const failure = await tryInput(`rubric.${format}`, index, () => {
          const result = app.services.rubrics.import(
            `rubric-${index}.${format}`,
            text(bytes),
            format,
          );
          accepted = result.version.criteria.length > 0;
        });
        if (failure) failures.push(failure);
        const after = rowCounts(app.store);
        if (accepted) imported++;
        else if (JSON.stringify(after) !== JSON.stringify(before))
          failures.push(`rubric.${format} #${index}: refused, yet rows changed`);
      }
      expect(failures).toEqual([]);
      expect(imported).toBeGreaterThan(0);
      console.info(
        `rubric ${format}: ${INPUTS_PER_FORMAT} inputs (${imported} imported, rest refused)`,
      );
    },
  );
});
