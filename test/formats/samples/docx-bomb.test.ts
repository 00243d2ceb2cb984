// A 300 KB .docx that inflates to 300 MB once took a minute, 2.5 GB and the whole server with
// it. Every way a Word document comes in (kind detection, reading its text, anonymizing it, the
// import service, `concord samples import`) must refuse such a file from its zip directory, or
// stop inflating at the size the directory declares, quickly and in bounded memory.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src-main/domain/errors.js';
import { anonymizeDocx, docxText } from '../../../src-main/formats/samples/docx.js';
import { detectKind } from '../../../src-main/formats/samples/kind.js';
import { openZip } from '../../../src-main/formats/zip.js';
import { sampleText } from '../../../src-main/jobs/anonymize.js';
import { runConcord } from '../../helpers/cli.js';
import type { TempApp } from '../../helpers/workspace.js';
import { openTempApp } from '../../helpers/workspace.js';
import { rowCounts } from '../../fuzz/workspace-rows.js';
import { MB, docxAround, docxBomb, docxWithEntries, spacesDocument } from './zip-bombs.js';

/** Far below the 300 MB a bomb inflates to; the bounded inflater steps are ~16 MB at most. */
const MEMORY_BUDGET = 96 * MB;
const TIME_BUDGET_MS = 2_000;

let bomb300: Uint8Array;
let bomb60: Uint8Array;
let liar: Uint8Array;
let app: TempApp;

beforeAll(() => {
  bomb300 = docxBomb(300);
  bomb60 = docxBomb(60);
  // Its directory says 4 KB; the stream inside inflates to 300 MB.
  liar = docxBomb(300, 4096);
  app = openTempApp();
});
afterAll(() => app.dispose());

/**
 * Runs `attack` and returns what it threw, checking it took little time and raised the
 * process's peak memory (maxRSS: the high-water mark, so an allocation freed again still
 * counts) by less than the budget. Each test file runs in its own process, so the peak before
 * is this file's own, far below what inflating 300 MB would reach.
 */
async function refusedWithin(attack: () => unknown): Promise<Error> {
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const buffersBefore = process.memoryUsage().arrayBuffers;
  const started = performance.now();
  let thrown: unknown;
  try {
    await attack();
  } catch (error) {
    thrown = error;
  }
  const elapsed = performance.now() - started;
  expect(process.resourceUsage().maxRSS * 1024 - peakBefore).toBeLessThan(MEMORY_BUDGET);
  expect(process.memoryUsage().arrayBuffers - buffersBefore).toBeLessThan(MEMORY_BUDGET);
  expect(elapsed).toBeLessThan(TIME_BUDGET_MS);
  expect(thrown).toBeInstanceOf(InputError);
  return thrown as Error;
}

describe('a Word zip bomb', () => {
  it('is a real bomb: about 300 KB on disk, 300 MB declared', () => {
    expect(bomb300.byteLength).toBeLessThan(400 * 1024);
    const declared = openZip(
      bomb300,
      { noun: 'zip' },
      {
        maxTotalBytes: 1024 * MB,
        maxEntryBytes: 1024 * MB,
        maxEntries: 10,
        maxRatio: 10_000,
        ratioFloorBytes: MB,
      },
    ).entries.find((e) => e.name === 'word/document.xml')!;
    expect(declared.size).toBeGreaterThan(300 * MB);
  });

  it('is refused by kind detection from its directory, before anything is inflated', async () => {
    const error = await refusedWithin(() => detectKind('essay.docx', bomb300));
    expect(error.message).toMatch(
      /^essay\.docx: entry "word\/document\.xml": refused: this entry expands to 300 MB, more than the 100 MB one file inside a Word document may hold/,
    );
  });

  it('is refused by its compression ratio when it stays under the size limits', async () => {
    const error = await refusedWithin(() => detectKind('essay.docx', bomb60));
    expect(error.message).toMatch(
      /refused: it compresses \d{3,4} times, more than a real Word document \(at most 100 times\): a zip bomb\?/,
    );
  });

  it('is refused when its directory lies: inflation stops at the declared size', async () => {
    // The directory looks harmless, so detection lets it through ...
    expect(detectKind('essay.docx', liar).kind).toBe('docx');
    // ... but reading or anonymizing it stops at 4 KB instead of inflating 300 MB.
    const expands = /refused: it expands to more than the 4096 bytes its zip directory declares/;
    expect((await refusedWithin(() => docxText(liar))).message).toMatch(expands);
    expect((await refusedWithin(() => sampleText('docx', liar))).message).toMatch(expands);
    expect((await refusedWithin(() => anonymizeDocx(liar, () => []))).message).toMatch(expands);
  });

  it('with more entries than any real document is refused, naming the limit', async () => {
    const crowded = docxWithEntries(2_001);
    const error = await refusedWithin(() => detectKind('essay.docx', crowded));
    expect(error.message).toMatch(/refused: it has more than 2000 entries/);
  });

  it('whose parts together expand past 200 MB is refused', async () => {
    // Three parts of 0.9 MB each, each declaring 80 MB (under the ratio and the entry limit).
    const part = (i: number) => ({
      name: `word/media/photo${i}.jpg`,
      method: 8 as const,
      data: new Uint8Array(900 * 1024).fill(7),
      size: 80 * MB,
      crc: 0,
    });
    const big = docxAround(spacesDocument(0), [part(1), part(2), part(3)]);
    const error = await refusedWithin(() => detectKind('essay.docx', big));
    expect(error.message).toMatch(/^essay\.docx: refused: it expands to more than 200 MB/);
  });

  it('is skipped by the import service with the reason, storing nothing', async () => {
    const before = rowCounts(app.store);
    const started = performance.now();
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    const results = await app.services.sampleImport.importFiles([
      { name: 'essay.docx', bytes: bomb300 },
      { name: 'liar.docx', bytes: liar },
    ]);
    expect(process.resourceUsage().maxRSS * 1024 - peakBefore).toBeLessThan(MEMORY_BUDGET);
    expect(performance.now() - started).toBeLessThan(TIME_BUDGET_MS);
    expect(results.map((r) => r.status)).toEqual(['skipped', 'skipped']);
    expect(results[0]!.reason).toMatch(/refused: this entry expands to 300 MB/);
    expect(results[1]!.reason).toMatch(/refused: it expands to more than the 4096 bytes/);
    expect(rowCounts(app.store)).toEqual(before);
  });

  it('is refused by `concord samples import`: exit 3, the reason on screen', async () => {
    const file = join(app.dir, 'essay.docx');
    writeFileSync(file, bomb300);
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    const run = await runConcord(['samples', 'import', file, '--workspace', app.path]);
    expect(process.resourceUsage().maxRSS * 1024 - peakBefore).toBeLessThan(MEMORY_BUDGET);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/essay\.docx\s+skipped: .*refused: this entry expands to 300 MB/);
  });

  // Last, because it spends the memory the tests above prove is never spent: without the
  // limits, the same file inflates to 300 MB (what the measurement above would have caught).
  it('would inflate to 300 MB without the limits', () => {
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    const files = unzipSync(bomb300, { filter: (f) => f.name === 'word/document.xml' });
    expect(files['word/document.xml']!.byteLength).toBeGreaterThan(300 * MB);
    expect(process.resourceUsage().maxRSS * 1024 - peakBefore).toBeGreaterThan(MEMORY_BUDGET);
  });
});
