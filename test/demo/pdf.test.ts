import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoContent } from '../../src-main/services/demo/content.js';
import { makeTextPdf } from '../../src-main/services/demo/pdf.js';

const PDFTOTEXT = '/usr/bin/pdftotext';
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const demoPdfs = demoContent().samples.filter((s) => s.kind === 'pdf');
const long = makeTextPdf(
  'A (long) title with a back\\slash that wraps onto a second line of the heading',
  Array.from(
    { length: 14 },
    (_, i) =>
      `Paragraph ${i + 1} (in parentheses) keeps going. ` +
      'The crossing is busiest when school starts and ends, and the counts show it. '.repeat(3),
  ),
);

/** Checks the structure a reader relies on, returning the number of objects. */
function checkStructure(bytes: Uint8Array): number {
  const text = latin1(bytes);
  expect(text.startsWith('%PDF-1.4\n')).toBe(true);
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  const start = /startxref\n(\d+)\n%%EOF\s*$/.exec(text);
  expect(start).not.toBeNull();
  const xrefAt = Number(start![1]);
  expect(text.slice(xrefAt, xrefAt + 5)).toBe('xref\n');
  const header = /^xref\n0 (\d+)\n/.exec(text.slice(xrefAt))!;
  const size = Number(header[1]);
  let at = xrefAt + header[0].length;
  for (let n = 0; n < size; n++) {
    const entry = text.slice(at, at + 20);
    expect(entry).toMatch(/^\d{10} \d{5} [fn] \n$/);
    if (n > 0) {
      const offset = Number(entry.slice(0, 10));
      expect(text.slice(offset, offset + `${n} 0 obj`.length)).toBe(`${n} 0 obj`);
    }
    at += 20;
  }
  const trailer = text.slice(at);
  expect(trailer).toMatch(new RegExp(`^trailer\\n<< /Size ${size} /Root 1 0 R >>`));
  // No Info dictionary or author metadata that could name a student or teacher.
  expect(text).not.toMatch(/\/Info|\/Author|\/Producer|\/Creator|\/Metadata/);
  for (const m of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
    const begin = m.index + m[0].length;
    expect(text.slice(begin + Number(m[1]), begin + Number(m[1]) + 9)).toBe('endstream');
  }
  return size - 1;
}

describe('makeTextPdf', () => {
  it('writes a well-formed PDF 1.4 whose xref offsets each point at "N 0 obj"', () => {
    for (const pdf of demoPdfs) checkStructure(pdf.bytes);
    checkStructure(long);
  });

  it('uses the standard Helvetica fonts and flows long text onto more pages', () => {
    const text = latin1(long);
    expect(text).toContain('/BaseFont /Helvetica ');
    expect(text).toContain('/Subtype /Type1');
    expect(text).toMatch(/\/Count 2 >>/);
    for (const pdf of demoPdfs) expect(latin1(pdf.bytes)).toMatch(/\/Count 1 >>/);
  });

  it('escapes parentheses and backslashes in the text layer', () => {
    const text = latin1(long);
    expect(text).toContain('A \\(long\\) title with a back\\\\slash');
  });

  it('replaces characters the base fonts cannot show', () => {
    const text = latin1(
      makeTextPdf('Quotes \u201cand\u201d dashes \u2014 ok', ['Emoji \u{1F600} here']),
    );
    expect(text).toContain('(Quotes "and" dashes - ok) Tj');
    expect(text).toContain('(Emoji ? here) Tj');
  });
});

describe.skipIf(!existsSync(PDFTOTEXT))(
  'makeTextPdf with poppler (skipped when /usr/bin/pdftotext is absent)',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-demo-pdf-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const extract = (bytes: Uint8Array, name: string): string => {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      return execFileSync(PDFTOTEXT, ['-q', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    };

    it('pdftotext extracts the demo PDFs text', () => {
      const [amara, owen] = demoPdfs;
      expect(extract(amara!.bytes, 'amara.pdf')).toContain(
        '11 of the 14 near-misses reported last year',
      );
      const letter = extract(owen!.bytes, 'owen.pdf');
      expect(letter).toContain('Dear Members of the Town Council,');
      expect(letter).toContain('Sincerely, Owen Lindqvist');
    });

    it('pdftotext extracts escaped text and both pages of a long PDF', () => {
      const text = extract(long, 'long.pdf');
      expect(text).toContain('A (long) title with a back\\slash');
      expect(text).toContain('Paragraph 1 (in parentheses)');
      expect(text).toContain('Paragraph 14 (in parentheses)');
    });
  },
);
