// Lossless removal of metadata from a PNG: text chunks (author, software, comments), EXIF,
// modification time and any private chunk go; the header, palette, transparency, colour
// information and image data chunks are copied byte for byte, with their own CRCs.
import { InputError } from '../../domain/errors.js';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Chunks that describe how to show the pixels; everything else is dropped. */
const KEEP = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'cHRM',
  'gAMA',
  'iCCP',
  'sBIT',
  'sRGB',
  'bKGD',
  'pHYs',
  'acTL',
  'fcTL',
  'fdAT',
  'cICP',
  'mDCv',
  'cLLI',
]);

export interface PngChunk {
  type: string;
  start: number;
  end: number;
}

export function pngChunks(bytes: Uint8Array): PngChunk[] {
  if (!SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new InputError('not a readable PNG: no PNG signature');
  }
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length =
      ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (end > bytes.length)
      throw new InputError(`not a readable PNG: chunk ${type} runs past the end`);
    chunks.push({ type, start: at, end });
    at = end;
    if (type === 'IEND') return chunks;
  }
  throw new InputError('not a readable PNG: no IEND chunk');
}

/** The PNG without tEXt/zTXt/iTXt, eXIf, tIME and unknown chunks; the image data untouched. */
export function stripPngMetadata(bytes: Uint8Array): Uint8Array {
  const kept = pngChunks(bytes).filter((c) => KEEP.has(c.type));
  const out = new Uint8Array(8 + kept.reduce((n, c) => n + c.end - c.start, 0));
  out.set(SIGNATURE, 0);
  let at = 8;
  for (const c of kept) {
    out.set(bytes.subarray(c.start, c.end), at);
    at += c.end - c.start;
  }
  return out;
}
