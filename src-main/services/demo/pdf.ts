// A dependency-free writer of small text PDFs (PDF 1.4, standard Helvetica fonts) for the demo
// workspace's typed student work. It deliberately writes no Info dictionary: a sample must carry
// no author or producer metadata that could undo the app's anonymization.

const PAGE_WIDTH = 612; // US Letter, in points
const PAGE_HEIGHT = 792;
const MARGIN = 72;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const TITLE_SIZE = 16;
const TITLE_LEADING = 20;
const BODY_SIZE = 11;
const BODY_LEADING = 15;
const PARAGRAPH_GAP = 7;

// Helvetica advance widths (1/1000 em) for ASCII 32..126, from the standard font metrics.
// prettier-ignore
const HELVETICA_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
// Bold glyphs are wider; overestimating only makes a title wrap a little early.
const BOLD_FACTOR = 1.1;

const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u00a0': ' ',
  '\t': ' ',
};

/** Text reduced to what the base-14 fonts can show: ASCII plus Latin-1, the rest replaced. */
function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const mapped = REPLACEMENTS[ch];
    if (mapped !== undefined) out += mapped;
    else {
      const code = ch.codePointAt(0) ?? 63;
      out += (code >= 32 && code <= 126) || (code >= 0xa1 && code <= 0xff) ? ch : '?';
    }
  }
  return out;
}

function textWidth(text: string, size: number, bold: boolean): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    units += code >= 32 && code <= 126 ? HELVETICA_WIDTHS[code - 32]! : 556;
  }
  return (units * size * (bold ? BOLD_FACTOR : 1)) / 1000;
}

function wrap(text: string, size: number, bold: boolean): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, size, bold) > TEXT_WIDTH) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

interface PlacedLine {
  text: string;
  font: 'F1' | 'F2';
  size: number;
  y: number;
}

function layout(title: string, paragraphs: string[]): PlacedLine[][] {
  const pages: PlacedLine[][] = [[]];
  let y = PAGE_HEIGHT - MARGIN;
  const place = (text: string, font: 'F1' | 'F2', size: number, leading: number): void => {
    if (y - leading < MARGIN) {
      pages.push([]);
      y = PAGE_HEIGHT - MARGIN;
    }
    y -= leading;
    pages[pages.length - 1]!.push({ text, font, size, y });
  };
  for (const line of wrap(toWinAnsi(title), TITLE_SIZE, true)) {
    place(line, 'F2', TITLE_SIZE, TITLE_LEADING);
  }
  y -= PARAGRAPH_GAP;
  for (const paragraph of paragraphs) {
    for (const line of wrap(toWinAnsi(paragraph), BODY_SIZE, false)) {
      place(line, 'F1', BODY_SIZE, BODY_LEADING);
    }
    y -= PARAGRAPH_GAP;
  }
  return pages;
}

function contentStream(lines: PlacedLine[]): string {
  const ops = ['BT'];
  for (const line of lines) {
    ops.push(`/${line.font} ${line.size} Tf`);
    ops.push(`1 0 0 1 ${MARGIN} ${line.y} Tm`);
    ops.push(`(${escapePdfString(line.text)}) Tj`);
  }
  ops.push('ET');
  return `${ops.join('\n')}\n`;
}

/** Bytes of a string whose characters are all below 256, one byte each (WinAnsi / Latin-1). */
function latin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/**
 * A PDF with a bold title and word-wrapped paragraphs as real text (so it can be searched,
 * copied and extracted), flowing onto further pages when it does not fit on one.
 */
export function makeTextPdf(title: string, paragraphs: string[]): Uint8Array {
  const pages = layout(title, paragraphs);
  const fontObjects = [
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
  ];
  const firstPageObject = 3 + fontObjects.length;
  const pageRefs = pages.map((_, i) => `${firstPageObject + 2 * i} 0 R`);
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageRefs.join(' ')}] /Count ${pages.length} >>`,
    ...fontObjects,
  ];
  pages.forEach((lines, i) => {
    const contentRef = firstPageObject + 2 * i + 1;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
        `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${contentRef} 0 R >>`,
    );
    const stream = contentStream(lines);
    // Every character is one byte, so the string length is the stream's byte length.
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}endstream`);
  });

  // The comment of four high bytes tells transfer tools the file is binary, per the spec.
  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = body.length;
  const size = objects.length + 1;
  body += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return latin1(body);
}
