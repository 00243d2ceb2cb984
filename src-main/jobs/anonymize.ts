// Producing the copy of a work sample that raters receive, from the original, deterministically:
// the same original, names and boxes give the same bytes, so a new confirmation or box simply
// re-runs this from the original (kept owner-side) with the full set.
//   text / Markdown: names become "[name]".
//   docx: names become "[name]" in every text part; properties, authors, thumbnail go.
//   image: metadata stripped losslessly; with boxes, decoded, boxes burned in black, re-encoded.
//   PDF: every page re-rendered to a 150 dpi JPEG with black boxes burned over names and manual
//        boxes, written as a new image-only PDF: no text survives, under a box or anywhere.
import { createRequire } from 'node:module';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { dirname, join } from 'node:path';
import { InputError } from '../domain/errors.js';
import { findNames, redactNames } from '../domain/redact.js';
import type { SampleKind } from '../domain/sample.js';
import { anonymizeDocx, docxText } from '../formats/samples/docx.js';
import { stripJpegMetadata } from '../formats/samples/jpeg.js';
import { writeImagePdf } from '../formats/samples/pdf-write.js';
import type { ImagePage } from '../formats/samples/pdf-write.js';
import { stripPngMetadata } from '../formats/samples/png.js';

/** A manual redaction box: page (1-based; 1 for images) and fractions of the page's size. */
export interface Box {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AnonymizeRequest {
  kind: SampleKind;
  mediaType: string;
  original: Uint8Array;
  /** Roster names and confirmed names: every written form of each is redacted. */
  names: readonly string[];
  boxes: readonly Box[];
}

export interface Anonymized {
  bytes: Uint8Array;
  mediaType: string;
}

/** PDF pages are rendered at 150 dpi: sharp enough for handwriting, small enough to share. */
export const PDF_RENDER_DPI = 150;
const JPEG_QUALITY = 85;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function decodeText(bytes: Uint8Array): string {
  return decoder.decode(bytes).replace(/^\uFEFF/, '');
}

/** The text of the original a reader could see, for finding names (empty for images). */
export async function sampleText(kind: SampleKind, original: Uint8Array): Promise<string> {
  if (kind === 'text' || kind === 'markdown') return decodeText(original);
  if (kind === 'docx') return docxText(original);
  if (kind === 'pdf') {
    const doc = await openPdf(original);
    try {
      const pages: string[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const items = await onPage(n, async () => pageItems(await doc.getPage(n)));
        pages.push(items.map((i) => i.str + (i.hasEOL ? '\n' : ' ')).join(''));
      }
      return pages.join('\n\n');
    } finally {
      await doc.destroy();
    }
  }
  return '';
}

/** How far the work has got (PDFs: pages rendered of all pages). */
export type Progress = (done: number, total: number) => void;

export async function anonymize(
  request: AnonymizeRequest,
  progress: Progress = () => undefined,
): Promise<Anonymized> {
  const { kind, mediaType, original, names, boxes } = request;
  switch (kind) {
    case 'text':
    case 'markdown':
      if (boxes.length > 0) throw new InputError('redaction boxes apply to PDFs and images only');
      return { bytes: encoder.encode(redactNames(decodeText(original), names)), mediaType };
    case 'docx':
      if (boxes.length > 0) throw new InputError('redaction boxes apply to PDFs and images only');
      return { bytes: anonymizeDocx(original, (text) => findNames(text, names)), mediaType };
    case 'image':
      return anonymizeImage(original, mediaType, boxes);
    case 'pdf':
      return {
        bytes: await renderPdf(original, names, boxes, progress),
        mediaType: 'application/pdf',
      };
  }
}

async function anonymizeImage(
  original: Uint8Array,
  mediaType: string,
  boxes: readonly Box[],
): Promise<Anonymized> {
  const isJpeg = mediaType === 'image/jpeg';
  const stripped = isJpeg ? stripJpegMetadata(original) : stripPngMetadata(original);
  if (boxes.length === 0) return { bytes: stripped, mediaType };
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  // The decoder applies the EXIF orientation, so boxes (fractions of the upright image as shown)
  // land where the owner drew them, and the re-encoded image is upright with no EXIF at all.
  let image;
  try {
    image = await loadImage(Buffer.from(stripped));
  } catch (error) {
    throw new InputError(`the image cannot be decoded: ${(error as Error).message}`);
  }
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  burnBoxes(
    context,
    canvas.width,
    canvas.height,
    boxes.filter((b) => b.page === 1),
  );
  const bytes = isJpeg ? canvas.toBuffer('image/jpeg', 92) : canvas.toBuffer('image/png');
  return { bytes: new Uint8Array(bytes), mediaType };
}

interface FillContext {
  fillStyle: unknown;
  fillRect(x: number, y: number, w: number, h: number): void;
}

function burnBoxes(context: FillContext, width: number, height: number, boxes: readonly Box[]) {
  context.fillStyle = '#000000';
  for (const box of boxes) {
    // Whole pixels, rounded outwards, so no anti-aliased edge lets a stroke show through.
    const x0 = Math.floor(box.x * width);
    const y0 = Math.floor(box.y * height);
    const x1 = Math.ceil((box.x + box.width) * width);
    const y1 = Math.ceil((box.y + box.height) * height);
    context.fillRect(x0, y0, x1 - x0, y1 - y0);
  }
}

// --- PDFs ---------------------------------------------------------------------------------

type PdfJs = typeof PdfJsModule;
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
type RenderParameters = Parameters<PdfPage['render']>[0];

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

let pdfjsPromise: Promise<PdfJs> | undefined;
const loadPdfJs = () => (pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

function standardFontDataUrl(): string {
  const require = createRequire(import.meta.url);
  return `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;
}

async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const pdfjs = await loadPdfJs();
  try {
    return await pdfjs.getDocument({
      // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
      data: new Uint8Array(bytes),
      standardFontDataUrl: standardFontDataUrl(),
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') {
      throw new InputError('the PDF is password-protected; remove the password and import again');
    }
    throw new InputError(`the PDF cannot be read: ${(error as Error).message}`);
  }
}

/** pdf.js finds a damaged page only when it reads it: the owner hears which page, as an InputError. */
async function onPage<T>(n: number, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`page ${n} of the PDF cannot be read: ${(error as Error).message}`);
  }
}

async function pageItems(page: PdfPage): Promise<TextItem[]> {
  const content = await page.getTextContent();
  return content.items.filter(
    (item): item is TextItem & (typeof content.items)[number] => 'str' in item,
  );
}

interface Measure {
  font: string;
  measureText(text: string): { width: number };
}

/**
 * Pixel rectangles covering each name in the page's text items: the name's share of the item's
 * advance (measured with a sans-serif face, widened by half a character either side for font
 * differences) and from below the baseline to above the cap height, mapped through the viewport.
 */
function nameRects(
  items: readonly TextItem[],
  names: readonly string[],
  toViewport: (x: number, y: number) => [number, number],
  measure: Measure,
): [number, number, number, number][] {
  const rects: [number, number, number, number][] = [];
  for (const item of items) {
    if (item.str.trim() === '') continue;
    const matches = findNames(item.str, names);
    if (matches.length === 0) continue;
    const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
    const along = Math.hypot(a, b) || 1;
    const up = Math.hypot(c, d) || 1;
    const dir = [a / along, b / along];
    const norm = [c / up, d / up];
    const height = item.height || up;
    measure.font = '100px sans-serif';
    const total = measure.measureText(item.str).width || item.str.length;
    const scale = item.width / total;
    const halfChar = item.width / item.str.length / 2;
    for (const m of matches) {
      const s0 = measure.measureText(item.str.slice(0, m.start)).width * scale - halfChar;
      const s1 = measure.measureText(item.str.slice(0, m.end)).width * scale + halfChar;
      const t0 = -0.3 * height;
      const t1 = 1.05 * height;
      const corners = [
        [s0, t0],
        [s1, t0],
        [s0, t1],
        [s1, t1],
      ].map(([s, t]) =>
        toViewport(e + dir[0]! * s! + norm[0]! * t!, f + dir[1]! * s! + norm[1]! * t!),
      );
      const xs = corners.map((p) => p[0]);
      const ys = corners.map((p) => p[1]);
      rects.push([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
    }
  }
  return rects;
}

async function renderPdf(
  original: Uint8Array,
  names: readonly string[],
  boxes: readonly Box[],
  progress: Progress,
): Promise<Uint8Array> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const doc = await openPdf(original);
  try {
    const pages: ImagePage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await onPage(n, () => doc.getPage(n));
      const viewport = page.getViewport({ scale: PDF_RENDER_DPI / 72 });
      const width = Math.ceil(viewport.width);
      const height = Math.ceil(viewport.height);
      const canvas = createCanvas(width, height);
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      try {
        await page.render({
          // @napi-rs/canvas implements the 2D context pdf.js draws with (types differ only).
          canvasContext: context as unknown as RenderParameters['canvasContext'],
          canvas: canvas as unknown as RenderParameters['canvas'],
          viewport,
        }).promise;
      } catch (error) {
        throw new InputError(
          `page ${n} of the PDF cannot be rendered: ${(error as Error).message}`,
        );
      }
      const items = await onPage(n, () => pageItems(page));
      context.fillStyle = '#000000';
      for (const [x0, y0, x1, y1] of nameRects(
        items,
        names,
        (x, y) => viewport.convertToViewportPoint(x, y) as [number, number],
        context,
      )) {
        const left = Math.floor(x0);
        const top = Math.floor(y0);
        context.fillRect(left, top, Math.ceil(x1) - left, Math.ceil(y1) - top);
      }
      burnBoxes(
        context,
        width,
        height,
        boxes.filter((b) => b.page === n),
      );
      pages.push({
        jpeg: new Uint8Array(canvas.toBuffer('image/jpeg', JPEG_QUALITY)),
        pixelWidth: width,
        pixelHeight: height,
        width: viewport.width / (PDF_RENDER_DPI / 72),
        height: viewport.height / (PDF_RENDER_DPI / 72),
      });
      page.cleanup();
      progress(n, doc.numPages);
    }
    return writeImagePdf(pages);
  } finally {
    await doc.destroy();
  }
}

/** How many pages a PDF has (1 for an image), to check a box's page. */
export async function pageCount(kind: SampleKind, bytes: Uint8Array): Promise<number> {
  if (kind !== 'pdf') return 1;
  const doc = await openPdf(bytes);
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}
