// Reading PDFs back in tests: the text layer, the metadata and the rendered pixels, with pdf.js.
import { createCanvas } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;
let pdfjs: PdfJs | undefined;

async function open(bytes: Uint8Array) {
  pdfjs ??= await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return pdfjs.getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
}

export interface PdfReadBack {
  pages: number;
  text: string;
  info: Record<string, unknown>;
  hasXmp: boolean;
  /** Page 1's text items with their positions, in PDF user space. */
  items: { str: string; x: number; y: number; width: number; height: number }[];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
  const doc = await open(bytes);
  let text = '';
  let items: PdfReadBack['items'] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const found = content.items.flatMap((i) =>
      'str' in i
        ? [
            {
              str: i.str,
              x: i.transform[4] as number,
              y: i.transform[5] as number,
              width: i.width,
              height: i.height,
            },
          ]
        : [],
    );
    if (n === 1) items = found;
    text += found.map((i) => i.str).join(' ');
  }
  const meta = await doc.getMetadata();
  const result = {
    pages: doc.numPages,
    text: text.trim(),
    info: meta.info as Record<string, unknown>,
    hasXmp: meta.metadata !== null,
    items,
  };
  await doc.destroy();
  return result;
}

/** Mean brightness (0 black .. 255 white) of a rectangle of page 1, in PDF points from bottom left. */
export async function meanBrightness(
  bytes: Uint8Array,
  page: number,
  rect: { x: number; y: number; width: number; height: number },
  fractions = false,
): Promise<number> {
  const doc = await open(bytes);
  const p = await doc.getPage(page);
  const viewport = p.getViewport({ scale: 1 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  await p.render({
    canvasContext: context as unknown as Parameters<typeof p.render>[0]['canvasContext'],
    canvas: canvas as unknown as Parameters<typeof p.render>[0]['canvas'],
    viewport,
  }).promise;
  const [x0, y0, w, h] = fractions
    ? [
        rect.x * viewport.width,
        rect.y * viewport.height,
        rect.width * viewport.width,
        rect.height * viewport.height,
      ]
    : [rect.x, viewport.height - rect.y - rect.height, rect.width, rect.height];
  const data = context.getImageData(
    Math.round(x0),
    Math.round(y0),
    Math.max(1, Math.round(w)),
    Math.max(1, Math.round(h)),
  ).data;
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
  await doc.destroy();
  return sum / (data.length / 4);
}

/** The PDF with an Info dictionary (author, title) and XMP added as an incremental update. */
export function withAuthorMetadata(pdf: Uint8Array, author: string): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const size = Number(/\/Size (\d+)/.exec(text)![1]);
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const info = size;
  const xmpObj = size + 1;
  const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${author}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`;
  let out = text;
  const offsets: Record<number, number> = {};
  offsets[1] = out.length;
  out += `1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Metadata ${xmpObj} 0 R >>\nendobj\n`;
  offsets[info] = out.length;
  out += `${info} 0 obj\n<< /Author (${author}) /Title (Essay by ${author}) /Producer (Word) >>\nendobj\n`;
  offsets[xmpObj] = out.length;
  out += `${xmpObj} 0 obj\n<< /Type /Metadata /Subtype /XML /Length ${xmp.length} >>\nstream\n${xmp}\nendstream\nendobj\n`;
  const xref = out.length;
  const entry = (n: number) => `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  out += `xref\n1 1\n${entry(1)}${info} 2\n${entry(info)}${entry(xmpObj)}`;
  out += `trailer\n<< /Size ${size + 2} /Root 1 0 R /Info ${info} 0 R /Prev ${prev} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
