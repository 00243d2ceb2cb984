// Lossless removal of metadata from a JPEG: the segments that carry camera, author, place and
// editing history go; the image data (quantization and Huffman tables, frame, scans) is copied
// byte for byte. The EXIF orientation survives as a fresh minimal EXIF block, or phone photos
// taken sideways would show sideways.
import { InputError } from '../../domain/errors.js';

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP15 = 0xef;
const COM = 0xfe;

export interface JpegSegment {
  marker: number;
  /** Offset of the 0xFF of the marker. */
  start: number;
  /** Offset just past the segment (for SOS: past the entropy-coded data up to the next marker). */
  end: number;
}

function fail(message: string): never {
  throw new InputError(`not a readable JPEG: ${message}`);
}

/** The marker segments of a JPEG, in order, from SOI to EOI. */
export function jpegSegments(bytes: Uint8Array): JpegSegment[] {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) fail('no start-of-image marker');
  const segments: JpegSegment[] = [{ marker: SOI, start: 0, end: 2 }];
  let i = 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) fail(`expected a marker at byte ${i}`);
    let marker = bytes[i + 1];
    let at = i;
    // Fill bytes (0xFF 0xFF ...) may pad before a marker.
    while (marker === 0xff) {
      at++;
      marker = bytes[at + 1];
    }
    if (marker === undefined) fail('the file ends inside a marker');
    if (marker === EOI) {
      segments.push({ marker, start: at, end: at + 2 });
      return segments;
    }
    if (marker >= 0xd0 && marker <= 0xd7) fail('a restart marker outside a scan');
    if (at + 3 >= bytes.length) fail('the file ends inside a segment header');
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    let end = at + 2 + length;
    if (length < 2 || end > bytes.length) fail(`a segment at byte ${at} runs past the end`);
    if (marker === SOS) {
      // Entropy-coded data follows the header until a marker that is not a stuffed 0x00 or a
      // restart marker.
      while (end < bytes.length) {
        if (bytes[end] === 0xff) {
          const next = bytes[end + 1];
          if (next === 0x00 || (next !== undefined && next >= 0xd0 && next <= 0xd7)) {
            end += 2;
            continue;
          }
          if (next === 0xff) {
            end++;
            continue;
          }
          break;
        }
        end++;
      }
    }
    segments.push({ marker, start: at, end });
    i = end;
  }
  return fail('no end-of-image marker');
}

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]; // "Exif\0\0"

/** The EXIF orientation (1-8) from an APP1 segment's bytes, if the segment is EXIF and has one. */
function exifOrientation(bytes: Uint8Array, segment: JpegSegment): number | undefined {
  const base = segment.start + 4;
  if (!EXIF_HEADER.every((b, k) => bytes[base + k] === b)) return undefined;
  const tiff = base + 6;
  const little = bytes[tiff] === 0x49;
  const u16 = (at: number) =>
    little ? bytes[at]! | (bytes[at + 1]! << 8) : (bytes[at]! << 8) | bytes[at + 1]!;
  const u32 = (at: number) =>
    little
      ? (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0
      : ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>>
        0;
  if (tiff + 8 > segment.end) return undefined;
  const ifd = tiff + u32(tiff + 4);
  if (ifd + 2 > segment.end) return undefined;
  const count = u16(ifd);
  for (let k = 0; k < count; k++) {
    const entry = ifd + 2 + k * 12;
    if (entry + 12 > segment.end) return undefined;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/** An APP1 EXIF segment holding only the orientation tag (big-endian TIFF, one IFD entry). */
function orientationSegment(orientation: number): Uint8Array {
  // prettier-ignore
  const body = [
    ...EXIF_HEADER,
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, // "MM", 42, IFD0 at 8
    0x00, 0x01, // one entry
    0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00, // Orientation SHORT
    0x00, 0x00, 0x00, 0x00, // no next IFD
  ];
  const length = body.length + 2;
  return Uint8Array.from([0xff, APP1, length >> 8, length & 0xff, ...body]);
}

/** The orientation recorded in a JPEG's EXIF (1 = upright, the default). */
export function jpegOrientation(bytes: Uint8Array): number {
  for (const segment of jpegSegments(bytes)) {
    if (segment.marker === APP1) {
      const o = exifOrientation(bytes, segment);
      if (o !== undefined) return o;
    }
  }
  return 1;
}

/**
 * The JPEG without EXIF (camera, GPS, dates), XMP, IPTC/Photoshop (APP13), other APPn blocks and
 * comments. Kept: JFIF (APP0), the ICC colour profile (APP2 "ICC_PROFILE", it says nothing about
 * the student), Adobe's colour transform flag (APP14) and all image data. An orientation other
 * than upright is written back as a minimal EXIF block.
 */
export function stripJpegMetadata(bytes: Uint8Array): Uint8Array {
  const segments = jpegSegments(bytes);
  let orientation = 1;
  const parts: Uint8Array[] = [];
  for (const segment of segments) {
    const { marker } = segment;
    if (marker === APP1) {
      orientation = exifOrientation(bytes, segment) ?? orientation;
      continue;
    }
    if (marker === APP2) {
      const id = String.fromCharCode(...bytes.subarray(segment.start + 4, segment.start + 15));
      if (id !== 'ICC_PROFILE') continue;
    } else if (marker === COM || (marker > APP0 && marker <= APP15 && marker !== 0xee)) {
      continue;
    }
    parts.push(bytes.subarray(segment.start, segment.end));
  }
  if (orientation !== 1) {
    // Readers look for EXIF right after SOI, or after a JFIF APP0 that follows SOI.
    const after = parts[1]?.[1] === APP0 ? 2 : 1;
    parts.splice(after, 0, orientationSegment(orientation));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
