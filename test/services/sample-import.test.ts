// The import pipeline end to end over a real workspace: every kind imported, metadata and roster
// names gone from every rater copy (read back byte by byte, and the PDF text layer and docx XML),
// unreadable files skipped, duplicates, reviewed names, redaction boxes, and the owner-only doors.
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { Actor } from '../../src-main/domain/actor.js';
import type { ImportResult } from '../../src-main/domain/sample.js';
import { jpegSegments } from '../../src-main/formats/samples/jpeg.js';
import { pngChunks } from '../../src-main/formats/samples/png.js';
import { makeTextPdf } from '../../src-main/services/demo/pdf.js';
import { runConcord } from '../helpers/cli.js';
import { openTempApp, scoringFixture, tempDir } from '../helpers/workspace.js';
import type { TempApp } from '../helpers/workspace.js';
import { has, jpegWithMetadata, makeDocx, pngWithMetadata } from '../formats/samples/helpers.js';
import { meanBrightness, readPdf, withAuthorMetadata } from './sample-pdf-helpers.js';
import { utf8 } from '../helpers/refusal.js';

const OWNER: Actor = { role: 'owner' };
const ROSTER = ['Maya Okafor', 'Eli Brooks'];
const PDF = withAuthorMetadata(
  makeTextPdf('Essay by Maya Okafor', [
    'Maya Okafor, Grade 8, Ridgeview Middle School',
    'The footbridge is the better choice. My partner Sofia Ramirez checked the numbers.',
  ]),
  'Maya Okafor',
);

const FILES = {
  'essay.txt': utf8('Name: Maya Okafor\nMy friend Sofia Ramirez read it. Okafor, M. agrees.\n'),
  'notes.md': utf8("# Footbridge\n\n*by Eli B. Brooks*\n\nEli's claim: build it.\n"),
  'proposal.pdf': PDF,
  'drawing.png': pngWithMetadata('Maya Okafor'),
  'photo.jpg': jpegWithMetadata(),
  'essay.docx': makeDocx(),
};

let app: TempApp;
let results: ImportResult[];
const progress: string[] = [];

const bytesOf = (sampleId: string) => new Uint8Array(app.store.samples.fileOf(sampleId)!.bytes);
const resultFor = (name: string) => results.find((r) => r.name === name)!;

beforeAll(async () => {
  app = openTempApp();
  results = await app.services.sampleImport.importFiles(
    Object.entries(FILES).map(([name, bytes]) => ({ name, bytes })),
    { roster: ROSTER },
    (done, total, r) => progress.push(`${done}/${total} ${r.name} ${r.status}`),
  );
});
afterAll(() => app.dispose());

describe('importing every kind', () => {
  it('imports each file under a random code and reports progress', () => {
    expect(results.map((r) => [r.name, r.status, r.kind])).toEqual([
      ['essay.txt', 'imported', 'text'],
      ['notes.md', 'imported', 'markdown'],
      ['proposal.pdf', 'imported', 'pdf'],
      ['drawing.png', 'imported', 'image'],
      ['photo.jpg', 'imported', 'image'],
      ['essay.docx', 'imported', 'docx'],
    ]);
    for (const r of results) expect(r.code).toMatch(/^S-[2-9A-HJ-NP-Z]{4,8}$/);
    expect(progress).toHaveLength(6);
    expect(progress[5]).toBe('6/6 essay.docx imported');
  });

  it('keeps the link to the original file and student owner-side', () => {
    const identity = app.services.samples.identity(resultFor('essay.txt').sampleId!);
    expect(identity).toEqual({
      sampleId: resultFor('essay.txt').sampleId,
      originalFileName: 'essay.txt',
      studentName: 'Maya Okafor',
    });
    expect(app.services.samples.identity(resultFor('notes.md').sampleId!).studentName).toBe(
      'Eli Brooks',
    );
  });

  it('removes roster names from text and Markdown, in every form', () => {
    const text = new TextDecoder().decode(bytesOf(resultFor('essay.txt').sampleId!));
    expect(text).toBe('Name: [name]\nMy friend Sofia Ramirez read it. [name] agrees.\n');
    const md = new TextDecoder().decode(bytesOf(resultFor('notes.md').sampleId!));
    expect(md).not.toMatch(/Eli|Brooks/);
  });

  it('gives raters an image-only PDF: no text layer, no Info or XMP, no name', async () => {
    const original = await readPdf(PDF);
    expect(original.info.Author).toBe('Maya Okafor');
    expect(original.hasXmp).toBe(true);
    expect(original.text).toContain('Maya Okafor');

    const copy = bytesOf(resultFor('proposal.pdf').sampleId!);
    const read = await readPdf(copy);
    expect(read.pages).toBe(1);
    expect(read.text).toBe('');
    expect(read.info.Author).toBeUndefined();
    expect(read.info.Title).toBeUndefined();
    expect(read.hasXmp).toBe(false);
    for (const marker of [
      'Okafor',
      'Maya',
      '/Author',
      '/Info',
      'xmpmeta',
      '/Font',
      '/JavaScript',
    ]) {
      expect(has(copy, marker), marker).toBe(false);
    }
  });

  it('burns black boxes over the roster names on the PDF page, and only there', async () => {
    const copy = bytesOf(resultFor('proposal.pdf').sampleId!);
    const byline = (await readPdf(PDF)).items.find((i) => i.str.startsWith('Maya Okafor,'))!;
    // "Maya Okafor" is the first 11 of the line's characters: the start of the line is black.
    const nameBox = { x: byline.x + 2, y: byline.y + 1, width: 40, height: byline.height * 0.6 };
    expect(await meanBrightness(copy, 1, nameBox)).toBeLessThan(20);
    // The rest of the line ("Grade 8, Ridgeview...") is still readable ink on white.
    const rest = { x: byline.x + 110, y: byline.y, width: 120, height: byline.height };
    expect(await meanBrightness(copy, 1, rest)).toBeGreaterThan(150);
  });

  it('strips image metadata losslessly', () => {
    const png = bytesOf(resultFor('drawing.png').sampleId!);
    expect(has(png, 'Maya Okafor')).toBe(false);
    expect(pngChunks(png).map((c) => c.type)).not.toContain('tEXt');
    expect(pngChunks(png).map((c) => c.type)).not.toContain('tIME');
    const jpg = bytesOf(resultFor('photo.jpg').sampleId!);
    expect(has(jpg, 'Maya Okafor')).toBe(false);
    expect(jpegSegments(jpg).map((s) => s.marker)).not.toContain(0xe1);
  });

  it('removes names and authors from the Word document XML', () => {
    const files = unzipSync(bytesOf(resultFor('essay.docx').sampleId!));
    for (const [name, data] of Object.entries(files)) {
      expect(strFromU8(data), name).not.toMatch(/Okafor|Maya/);
    }
    expect(strFromU8(files['word/document.xml']!)).toContain('[name]');
  });

  it('suggests names the roster missed, for review', () => {
    const candidates = app.services.sampleImport.candidates(resultFor('essay.txt').sampleId!);
    expect(candidates).toContainEqual(
      expect.objectContaining({ name: 'Sofia Ramirez', occurrences: 1, status: 'pending' }),
    );
    expect(candidates.some((c) => /Maya|Okafor/.test(c.name))).toBe(false);
    expect(resultFor('proposal.pdf').candidates).toBeGreaterThan(0);
    expect(app.services.sampleImport.reviewQueue()).toContainEqual({
      sampleId: resultFor('essay.txt').sampleId,
      pendingNames: candidates.length,
    });
  });
});

describe('unreadable files and duplicates', () => {
  it('skips a file that cannot be read and carries on with the rest', async () => {
    const out = await app.services.sampleImport.importFiles([
      { name: 'broken.pdf', bytes: utf8('%PDF-1.4\nthis is not really a pdf') },
      {
        name: 'photo.heic',
        bytes: Uint8Array.from([0, 0, 0, 24, ...utf8('ftypheic'), 0, 0, 0, 0]),
      },
      { name: 'later.txt', bytes: utf8('A later essay.') },
    ]);
    expect(out.map((r) => r.status)).toEqual(['skipped', 'skipped', 'imported']);
    expect(out[0]!.reason).toMatch(/PDF/);
    expect(out[1]!.reason).toMatch(/HEIC/);
  });

  it('reports an already imported original as a duplicate and stores nothing twice', async () => {
    const count = () => app.services.samples.list().length;
    const before = count();
    const out = await app.services.sampleImport.importFiles([
      { name: 'renamed copy.pdf', bytes: PDF },
      { name: 'essay.txt', bytes: FILES['essay.txt'] },
    ]);
    expect(out.map((r) => [r.status, r.code])).toEqual([
      ['duplicate', resultFor('proposal.pdf').code],
      ['duplicate', resultFor('essay.txt').code],
    ]);
    expect(count()).toBe(before);
  });
});

describe('review and redaction boxes', () => {
  it('confirming a suggested name re-renders the rater copy without it', async () => {
    const id = resultFor('essay.txt').sampleId!;
    const before = app.store.samples.get(id)!.sha256;
    const sample = await app.services.sampleImport.confirmNames(id, ['Sofia Ramirez']);
    expect(sample.sha256).not.toBe(before);
    expect(new TextDecoder().decode(bytesOf(id))).toBe(
      'Name: [name]\nMy friend [name] read it. [name] agrees.\n',
    );
    expect(
      app.services.sampleImport.candidates(id).find((c) => c.name === 'Sofia Ramirez')?.status,
    ).toBe('confirmed');
    app.services.sampleImport.dismissNames(id, ['Okafor']);
  });

  it('confirming a name in a PDF leaves it nowhere on the re-rendered page', async () => {
    const id = resultFor('proposal.pdf').sampleId!;
    await app.services.sampleImport.confirmNames(id, ['Sofia Ramirez']);
    const copy = bytesOf(id);
    expect((await readPdf(copy)).text).toBe('');
    const line = (await readPdf(PDF)).items.find((i) => i.str.includes('Sofia Ramirez'))!;
    void line; // the name sits mid-line on the wrapped paragraph; the whole page is an image
    expect(has(copy, 'Sofia')).toBe(false);
  });

  it('burns a manual box into a PDF page and into an image', async () => {
    const pdfId = resultFor('proposal.pdf').sampleId!;
    const box = { page: 1, x: 0.5, y: 0.5, width: 0.2, height: 0.1 };
    const redaction = await app.services.sampleImport.addRedactionBox(pdfId, box);
    expect(redaction).toMatchObject({ kind: 'box', page: 1, x: 0.5, width: 0.2 });
    const inside = { x: 0.52, y: 0.52, width: 0.16, height: 0.06 };
    expect(await meanBrightness(bytesOf(pdfId), 1, inside, true)).toBeLessThan(10);

    const pngId = resultFor('drawing.png').sampleId!;
    await app.services.sampleImport.addRedactionBox(pngId, {
      page: 1,
      x: 0.25,
      y: 0.25,
      width: 0.5,
      height: 0.5,
    });
    const image = await loadImage(Buffer.from(bytesOf(pngId)));
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    expect([...ctx.getImageData(50, 40, 1, 1).data.slice(0, 3)]).toEqual([0, 0, 0]);
    expect([...ctx.getImageData(10, 70, 1, 1).data.slice(0, 3)]).toEqual([255, 255, 255]);
    expect(has(bytesOf(pngId), 'Maya Okafor')).toBe(false);

    // Removing the box restores the copy from the original (same bytes as before the box).
    const lossless = app.store.samples.get(pngId)!;
    await app.services.sampleImport.removeRedactionBox(
      pngId,
      app.services.sampleImport.redactions(pngId).find((r) => r.kind === 'box')!.id,
    );
    expect(app.store.samples.get(pngId)!.sha256).not.toBe(lossless.sha256);
    expect(pngChunks(bytesOf(pngId)).map((c) => c.type)).not.toContain('tEXt');
  });

  it('refuses a box on text, outside the page, or on a page that does not exist', async () => {
    const call = (sampleId: string, box: object) =>
      dispatch(app.services, OWNER, 'samples.addRedactionBox', { sampleId, ...box });
    expect(
      await call(resultFor('essay.txt').sampleId!, {
        page: 1,
        x: 0,
        y: 0,
        width: 0.1,
        height: 0.1,
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(
      await call(resultFor('proposal.pdf').sampleId!, {
        page: 1,
        x: 0.9,
        y: 0,
        width: 0.5,
        height: 0.1,
      }),
    ).toMatchObject({ ok: false });
    expect(
      await call(resultFor('proposal.pdf').sampleId!, {
        page: 3,
        x: 0,
        y: 0,
        width: 0.1,
        height: 0.1,
      }),
    ).toMatchObject({ ok: false, error: { message: expect.stringMatching(/1 page/) } });
  });
});

describe('who may reach what', () => {
  it('keeps originals, identities, suggestions and redactions from raters', async () => {
    const f = scoringFixture(app.services);
    const rater: Actor = { role: 'rater', sessionId: f.sessionId, personId: f.raterIds[0] };
    const sampleId = resultFor('essay.txt').sampleId!;
    for (const method of [
      'samples.original',
      'samples.identity',
      'samples.candidates',
      'samples.redactions',
      'samples.confirmNames',
      'samples.addRedactionBox',
      'samples.import',
      'anchors.library',
    ] as const) {
      expect(await dispatch(app.services, rater, method, { sampleId }), method).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    // The owner can read the original back, byte for byte.
    const original = await dispatch(app.services, OWNER, 'samples.original', { sampleId });
    expect(original).toMatchObject({ ok: true, result: { fileName: 'essay.txt' } });
    if (original.ok) {
      const { base64 } = original.result as { base64: string };
      expect(Buffer.from(base64, 'base64').toString()).toContain('Maya Okafor');
    }
    // A rater's content is the anonymized copy, and only for its own session's samples.
    expect(
      await dispatch(app.services, rater, 'samples.content', { sampleId, sessionId: f.sessionId }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('anchors', () => {
  it('makes a sample an anchor with reference scores, tags, and lists it in the library', () => {
    const f = scoringFixture(app.services);
    const version = app.store.rubrics.getVersion(f.rubricVersionId)!;
    const sampleId = resultFor('notes.md').sampleId!;
    const band = app.store.library.addGradeBand('6-8');
    app.services.samples.setAnchor({
      sampleId,
      rubricId: version.rubricId,
      scores: version.criteria.map((c, i) => ({
        criterionKey: c.key,
        score: 3 + (i % 2),
        rationale: `Because ${c.name}`,
      })),
      gradeBandId: band.id,
      level: 3,
    });
    const library = app.services.samples.anchorLibrary();
    expect(library).toHaveLength(1);
    expect(library[0]).toMatchObject({
      sampleId,
      gradeBandName: '6-8',
      level: 3,
      rubricTitle: 'Argument writing',
      scores: [expect.objectContaining({ score: 3 }), expect.objectContaining({ score: 4 })],
    });
    expect(() =>
      app.services.samples.setAnchor({
        sampleId,
        rubricId: version.rubricId,
        scores: [{ criterionKey: version.criteria[0]!.key, score: 9, rationale: 'x' }],
      }),
    ).toThrow(/not a level/);
    app.services.samples.clearAnchor(sampleId);
    expect(app.services.samples.anchorLibrary()).toEqual([]);
  });
});

describe('concord samples import / export', () => {
  it('imports with a roster, prints a line a file, and exports the rater copies', async () => {
    const dir = tempDir();
    const inDir = join(dir, 'in');
    mkdirSync(inDir);
    writeFileSync(join(inDir, 'roster.csv'), 'first,last\nMaya,Okafor\n');
    writeFileSync(join(inDir, 'a.txt'), 'By Maya Okafor.\nA fine essay.');
    writeFileSync(join(inDir, 'b.pdf'), PDF);
    writeFileSync(join(inDir, 'c.docx'), makeDocx());
    writeFileSync(join(inDir, 'd.png'), pngWithMetadata('Maya Okafor'));
    writeFileSync(join(inDir, 'broken.txt'), Buffer.from([0xc3, 0x28]));
    const ws = join(dir, 'w.sqlite');
    const files = ['a.txt', 'b.pdf', 'c.docx', 'd.png', 'broken.txt', 'missing.txt'].map((f) =>
      join('in', f),
    );
    const run = await runConcord(
      ['samples', 'import', ...files, '--workspace', ws, '--roster', 'in/roster.csv'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/a\.txt\s+imported as S-\w+ \(1 roster name\(s\) redacted/);
    expect(run.stdout).toMatch(/broken\.txt\s+skipped: .*UTF-8/);
    expect(run.stdout).toMatch(/missing\.txt: skipped: cannot be read/);
    expect(run.stdout).toContain('4 imported, 0 duplicate, 2 skipped; roster of 1 applied');

    const again = await runConcord(['samples', 'import', 'in/a.txt', '--workspace', ws], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/a\.txt\s+duplicate of S-\w+/);
    const bad = await runConcord(['samples', 'import', 'in/broken.txt', '--workspace', ws], dir);
    expect(bad.code).toBe(3);
    expect((await runConcord(['samples', 'import', '--workspace', ws], dir)).code).toBe(2);

    const out = join(dir, 'out');
    const exported = await runConcord(
      ['samples', 'export', '--workspace', ws, '--out', 'out'],
      dir,
    );
    expect(exported.code).toBe(0);
    const names = readdirSync(out).sort();
    expect(names.map((n) => n.replace(/^S-\w+/, ''))).toEqual(
      expect.arrayContaining(['.txt', '.pdf', '.docx', '.png']),
    );
    for (const name of names) {
      const bytes = readFileSync(join(out, name));
      expect(bytes.includes('Okafor'), name).toBe(false);
      if (name.endsWith('.pdf')) {
        const read = await readPdf(bytes);
        expect(read.text).toBe('');
        expect(read.info.Author).toBeUndefined();
      }
      if (name.endsWith('.docx')) {
        for (const [part, data] of Object.entries(unzipSync(bytes))) {
          expect(strFromU8(data), part).not.toMatch(/Okafor|Maya/);
        }
      }
    }
  });
});

describe('the demo workspace', () => {
  it('records its roster names, so a later box re-renders with them still redacted', async () => {
    const demo = openTempApp();
    try {
      expect(demo.services.demo.load()).toBe(true);
      const pdf = demo.services.samples.list().find((s) => s.kind === 'pdf')!;
      const names = demo.services.sampleImport
        .redactions(pdf.id)
        .filter((r) => r.kind === 'roster_name')
        .map((r) => r.name);
      expect(names.length).toBeGreaterThan(3);
      await demo.services.sampleImport.addRedactionBox(pdf.id, {
        page: 1,
        x: 0.1,
        y: 0.9,
        width: 0.1,
        height: 0.05,
      });
      const copy = new Uint8Array(demo.store.samples.fileOf(pdf.id)!.bytes);
      expect((await readPdf(copy)).text).toBe('');
      const identity = demo.services.samples.identity(pdf.id);
      expect(has(copy, identity.studentName!)).toBe(false);
    } finally {
      demo.dispose();
    }
  });
});
