// Session packages (.concord zips) as another school sends them back: damaged zips, and intact
// zips whose manifest was tampered with. Each is imported whole or refused with a clear message,
// and a refusal leaves every table of the receiving workspace untouched.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, InputError } from '../../src-main/domain/errors.js';
import type { Actor } from '../../src-main/domain/actor.js';
import { seededRandom } from '../../src-main/domain/order.js';
import type { TempApp } from '../helpers/workspace.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';
import { mutants, mutateJson, text, tryInput } from './mutate.js';
import { rowCounts } from './workspace-rows.js';

const ZIP_INPUTS = 400;
const MANIFEST_INPUTS = 600;
const OWNER: Actor = { role: 'owner' };

let source: TempApp;
let target: TempApp;
let packages: Uint8Array[];

beforeAll(() => {
  source = openTempApp();
  target = openTempApp();
  const f = scoringFixture(source.services);
  for (const [r, raterId] of f.raterIds.entries()) {
    for (const [s, sampleId] of f.sampleIds.entries()) {
      source.services.scoring.record(
        {
          sessionId: f.sessionId,
          sampleId,
          criterionId: f.criterionIds[0]!,
          score: 1 + ((r + s) % 4),
          note: '',
          raterId,
        },
        OWNER,
      );
    }
  }
  packages = (['session', 'scores'] as const).map(
    (kind) => source.services.exchange.exportPackage(f.sessionId, { kind }).bytes,
  );
});
afterAll(() => {
  source.dispose();
  target.dispose();
});

async function importEach(
  label: string,
  inputs: Iterable<{ index: number; bytes: Uint8Array }>,
): Promise<{ failures: string[]; imported: number; tried: number }> {
  const failures: string[] = [];
  let imported = 0;
  let tried = 0;
  for (const { index, bytes } of inputs) {
    tried++;
    const before = rowCounts(target.store);
    let accepted = false;
    const failure = await tryInput(label, index, async () => {
      await target.services.exchange.importPackage(bytes, `fuzz-${index}.concord`);
      accepted = true;
    });
    if (failure) failures.push(failure);
    if (accepted) imported++;
    else if (JSON.stringify(rowCounts(target.store)) !== JSON.stringify(before))
      failures.push(`${label} #${index}: refused, yet rows changed`);
  }
  return { failures, imported, tried };
}

/** Intact zips around a tampered manifest.json (other entries kept). */
function* tamperedManifests(count: number, seed: number) {
  const random = seededRandom(seed);
  for (let index = 0; index < count; index++) {
    const entries = unzipSync(packages[index % packages.length]!);
    const manifest = JSON.parse(text(entries['manifest.json']!)) as unknown;
    let damaged = manifest;
    const rounds = 1 + Math.floor(random() * 3);
    for (let r = 0; r < rounds; r++) damaged = mutateJson(damaged, random);
    entries['manifest.json'] = strToU8(JSON.stringify(damaged));
    yield { index, bytes: zipSync(entries) };
  }
}

describe('fuzzing the package importer', () => {
  it('starts from packages that import', async () => {
    for (const bytes of packages) await target.services.exchange.importPackage(bytes);
  });

  it(`imports or cleanly refuses ${ZIP_INPUTS} damaged zips`, async () => {
    const { failures, tried } = await importEach('zip', mutants(packages, ZIP_INPUTS, 0xc0c0a));
    expect(failures).toEqual([]);
    console.info(`packages (damaged zip): ${tried} inputs`);
  });

  it(`imports or cleanly refuses ${MANIFEST_INPUTS} tampered manifests`, async () => {
    const { failures, imported, tried } = await importEach(
      'manifest',
      tamperedManifests(MANIFEST_INPUTS, 0x3a41f),
    );
    expect(failures).toEqual([]);
    expect(imported).toBeGreaterThan(0);
    console.info(`packages (tampered manifest): ${tried} inputs, ${imported} imported`);
  });
});

/** Regressions the fuzzer found: each once crashed the import with a raw SqliteError. */
describe('packages the fuzzer found', () => {
  type Manifest = {
    session: {
      rubric: { id: string; criteria: unknown[] };
      raters: unknown[];
      samples: unknown[];
    };
  };
  function tampered(change: (manifest: Manifest) => void): Uint8Array {
    const entries = unzipSync(packages[0]!);
    const manifest = JSON.parse(text(entries['manifest.json']!)) as Manifest;
    change(manifest);
    entries['manifest.json'] = strToU8(JSON.stringify(manifest));
    return zipSync(entries);
  }
  const refusal = async (bytes: Uint8Array) => {
    const before = rowCounts(target.store);
    try {
      await target.services.exchange.importPackage(bytes, 'tampered.concord');
    } catch (error) {
      expect(rowCounts(target.store)).toEqual(before);
      return error;
    }
    throw new Error('the package was imported');
  };

  it('refuses a rubric, rater or sample listed twice, naming the field', async () => {
    for (const list of ['criteria', 'raters', 'samples'] as const) {
      const error = await refusal(
        tampered((m) => {
          const items = list === 'criteria' ? m.session.rubric.criteria : m.session[list];
          items.push(items[0]);
        }),
      );
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(/repeats id/);
    }
  });

  it('refuses a new rubric version that reuses criteria of another version here', async () => {
    await target.services.exchange.importPackage(packages[0]!);
    const error = await refusal(tampered((m) => (m.session.rubric.id = 'another-version-id')));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/another rubric version/);
  });
});
