// A minimal writer of image-only PDFs: one JPEG per page, drawn over the whole page. This is
// what raters receive for a PDF sample: no text layer, no Info dictionary or XMP, no scripts,
// forms, attachments or annotations, by construction.

export interface ImagePage {
  /** Baseline JPEG bytes (DCTDecode). */
  jpeg: Uint8Array;
  pixelWidth: number;
  pixelHeight: number;
  /** Page size in points (1/72 inch). */
  width: number;
  height: number;
  /** 1 for grey, 3 for colour. */
  components?: 1 | 3;
}

function latin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

const num = (n: number) => (Math.round(n * 100) / 100).toString();

export function writeImagePdf(pages: readonly ImagePage[]): Uint8Array {
  if (pages.length === 0) throw new Error('writeImagePdf needs at least one page');
  // Objects: 1 catalog, 2 pages, then per page: page, content, image.
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (bytes: Uint8Array) => {
    parts.push(bytes);
    length += bytes.length;
  };
  const object = (n: number, head: string, stream?: Uint8Array) => {
    offsets[n] = length;
    if (!stream) {
      push(latin1(`${n} 0 obj\n${head}\nendobj\n`));
      return;
    }
    push(latin1(`${n} 0 obj\n${head}\nstream\n`));
    push(stream);
    push(latin1('\nendstream\nendobj\n'));
  };
  push(latin1('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n'));
  const pageRef = (i: number) => 3 + 3 * i;
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(
    2,
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${pageRef(i)} 0 R`).join(' ')}] /Count ${pages.length} >>`,
  );
  pages.forEach((page, i) => {
    const n = pageRef(i);
    const draw = latin1(`q ${num(page.width)} 0 0 ${num(page.height)} 0 0 cm /Im0 Do Q\n`);
    object(
      n,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(page.width)} ${num(page.height)}] ` +
        `/Resources << /XObject << /Im0 ${n + 2} 0 R >> >> /Contents ${n + 1} 0 R >>`,
    );
    object(n + 1, `<< /Length ${draw.length} >>`, draw);
    object(
      n + 2,
      `<< /Type /XObject /Subtype /Image /Width ${page.pixelWidth} /Height ${page.pixelHeight} ` +
        `/ColorSpace /${page.components === 1 ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 ` +
        `/Filter /DCTDecode /Length ${page.jpeg.length} >>`,
      page.jpeg,
    );
  });
  const size = 3 + 3 * pages.length;
  const xrefOffset = length;
  let xref = `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let n = 1; n < size; n++) xref += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  push(latin1(xref));
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
