// Work samples as teachers' computers hand them over: truncated PDFs, Word files with a damaged
// zip, PNG and JPEG files cut short or with garbage chunks, odd text. Each step of the import
// (detect, read text, anonymize) either succeeds or refuses with an InputError; the service then
// reports a refused file as skipped and stores nothing of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRoster } from '../../src-main/formats/samples/roster.js';
import { detectKind } from '../../src-main/formats/samples/kind.js';
import { makeTextPdf } from '../../src-main/services/demo/pdf.js';
import { anonymize, sampleText } from '../../src-main/jobs/anonymize.js';
import { jpegWithMetadata, makeDocx, pngWithMetadata } from '../formats/samples/helpers.js';
import type { TempApp } from '../helpers/workspace.js';
import { openTempApp } from '../helpers/workspace.js';
import { MUTATORS, mutants, text, tryInput, utf8 } from './mutate.js';
import { rowCounts } from './workspace-rows.js';

const ROSTER = ['Maya Okafor', 'Sofia Ramirez'];
/** Inputs per kind: PDFs are rendered page by page, so they get fewer. */
const INPUTS = { pdf: 40, docx: 300, png: 300, jpeg: 300, text: 300 } as const;
const SERVICE_INPUTS = 40;
const ROSTER_INPUTS = 500;
// Rendering a PDF page is slow on a shared CI machine; a hang is still far beyond this.
const PDF_LIMIT_MS = 10_000;

const SEEDS: Record<keyof typeof INPUTS, { name: string; bytes: Uint8Array }> = {
  pdf: {
    name: 'essay.pdf',
    bytes: makeTextPdf('Footbridge essay', ['By Maya Okafor.', 'The bridge is cheaper.']),
  },
  docx: { name: 'essay.docx', bytes: makeDocx() },
  png: { name: 'scan.png', bytes: pngWithMetadata('Maya Okafor', 40, 30) },
  jpeg: { name: 'photo.jpg', bytes: jpegWithMetadata(6) },
  text: {
    name: 'essay.txt',
    bytes: utf8('Name: Maya Okafor\n\nSofia Ramirez and I think the footbridge “wins”.\r\n'),
  },
};

/** What importOne does, without its catch-all: detect, read the text, anonymize. */
async function importSteps(name: string, bytes: Uint8Array): Promise<void> {
  const { kind, mediaType } = detectKind(name, bytes);
  const content = await sampleText(kind, bytes);
  if (typeof content !== 'string') throw new TypeError('sample text is not a string');
  const copy = await anonymize({ kind, mediaType, original: bytes, names: ROSTER, boxes: [] });
  if (!(copy.bytes instanceof Uint8Array)) throw new TypeError('no bytes for the rater copy');
}

let app: TempApp;
beforeAll(() => {
  app = openTempApp();
});
afterAll(() => app.dispose());

describe('fuzzing the sample importers', () => {
  it.each(Object.keys(INPUTS) as (keyof typeof INPUTS)[])(
    'reads or cleanly refuses damaged %s files',
    async (kind) => {
      const seed = SEEDS[kind];
      const failures: string[] = [];
      const limit = kind === 'pdf' ? PDF_LIMIT_MS : undefined;
      let readable = 0;
      for (const { index, bytes } of mutants([seed.bytes], INPUTS[kind], 0x5a3 + kind.length)) {
        const failure = await tryInput(
          `${kind}`,
          index,
          async () => {
            await importSteps(seed.name, bytes);
            readable++;
          },
          limit,
        );
        if (failure) failures.push(failure);
      }
      expect(failures).toEqual([]);
      expect(readable).toBeGreaterThan(0);
      console.info(`samples ${kind}: ${INPUTS[kind]} inputs (${readable} readable)`);
    },
    120_000,
  );

  it(`imports ${SERVICE_INPUTS} damaged files through the service: each imported or skipped with a reason, nothing half-stored`, async () => {
    const kinds = ['docx', 'png', 'jpeg', 'text'] as const;
    const files = [
      ...mutants(
        kinds.map((k) => SEEDS[k].bytes),
        SERVICE_INPUTS,
        0xfeed,
      ),
    ].map(({ index, bytes }) => ({ name: `upload-${index}.bin`, bytes }));
    const before = rowCounts(app.store);
    const results = await app.services.sampleImport.importFiles(files, { roster: ROSTER });
    const after = rowCounts(app.store);
    const imported = results.filter((r) => r.status === 'imported');
    for (const result of results) {
      expect(['imported', 'skipped', 'duplicate']).toContain(result.status);
      if (result.status === 'skipped') {
        expect(result.reason).toMatch(/\S/);
        // A refusal the importers did not foresee would surface as a JS error message here.
        expect(result.reason).not.toMatch(/undefined|is not a function|Cannot read prop/);
      }
    }
    // Exactly one sample row per imported file: a skipped file leaves nothing behind.
    expect(after.samples! - before.samples!).toBe(imported.length);
    expect(after.sample_identities! - before.sample_identities!).toBe(imported.length);
    console.info(
      `samples via service: ${SERVICE_INPUTS} inputs, ${imported.length} imported, ` +
        `${results.filter((r) => r.status === 'skipped').length} skipped`,
    );
  }, 120_000);

  it(`reads or cleanly refuses ${ROSTER_INPUTS} damaged rosters`, async () => {
    const seeds = [
      utf8('first,last\nMaya,Okafor\n"Sofia","Ramirez"\n'),
      utf8('Maya Okafor\nEli Brooks\n'),
    ];
    const failures: string[] = [];
    for (const { index, bytes } of mutants(
      seeds,
      ROSTER_INPUTS,
      0x7051e,
      Object.values(MUTATORS),
    )) {
      const failure = await tryInput('roster', index, () => {
        const names = parseRoster(text(bytes), 'roster.csv');
        if (!names.every((n) => typeof n === 'string')) throw new TypeError('not a name');
      });
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
    console.info(`rosters: ${ROSTER_INPUTS} inputs`);
  });
});

describe('a PDF the fuzzer found', () => {
  it('with a damaged page tree is refused with an InputError naming the page', async () => {
    // Input #2 of the PDF run above: pdf.js opens it, then fails on getPage (it once escaped as
    // pdf.js's own UnknownErrorException).
    const [, , damaged] = [...mutants([SEEDS.pdf.bytes], 3, 0x5a3 + 'pdf'.length)];
    await expect(importSteps('essay.pdf', damaged!.bytes)).rejects.toThrow(
      /page \d+ of the PDF cannot be read/,
    );
  });
});
