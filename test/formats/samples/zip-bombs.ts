// Word documents that are zip bombs, built in the test (no binary is committed). A deflate
// stream of N MB of spaces is made from one 1 MB block compressed once with a full flush (so it
// stands alone, byte-aligned) and repeated N times: a 300 MB document.xml costs ~300 KB and a
// few milliseconds, and building it never holds the inflated text in memory. The zip around it
// is written by hand so that its directory can declare any size, honest or not.
import { strToU8, zipSync } from 'fflate';
import { constants, crc32, deflateRawSync } from 'node:zlib';

export const MB = 1024 * 1024;

export interface RawEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  /** The bytes as they sit in the zip (compressed when method is 8). */
  data: Uint8Array;
  /** What the directory declares as the uncompressed size. */
  size: number;
  crc: number;
}

/** A zip of these entries exactly as given: no recompression, sizes as declared. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(14, e.crc >>> 0, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const record = new Uint8Array(46 + name.length);
    const cv = new DataView(record.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(16, e.crc >>> 0, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    record.set(name, 46);
    chunks.push(local, e.data);
    central.push(record);
    offset += local.length + e.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return concat([...chunks, ...central, end]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const XML_HEAD = strToU8(
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
);

/** word/document.xml: the XML head, then `megabytes` MB of spaces, deflated to ~1 KB per MB. */
export function spacesDocument(megabytes: number): Omit<RawEntry, 'name'> {
  const spaces = new Uint8Array(MB).fill(0x20);
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const head = deflateRawSync(XML_HEAD, flush);
  const block = deflateRawSync(spaces, flush);
  // A final, empty block with fixed codes ends the stream.
  const parts = [head, ...Array.from({ length: megabytes }, () => block), Uint8Array.of(3, 0)];
  let crc = crc32(XML_HEAD);
  for (let i = 0; i < megabytes; i++) crc = crc32(spaces, crc);
  return { method: 8, data: concat(parts), size: XML_HEAD.length + megabytes * MB, crc };
}

function stored(name: string, text: string): RawEntry {
  const data = strToU8(text);
  return { name, method: 0, data, size: data.length, crc: crc32(data) };
}

/** The parts every .docx has, around the given document.xml. */
export function docxAround(document: Omit<RawEntry, 'name'>, extra: RawEntry[] = []): Uint8Array {
  return rawZip([
    stored(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    stored('_rels/.rels', '<?xml version="1.0"?><Relationships/>'),
    { name: 'word/document.xml', ...document },
    ...extra,
  ]);
}

/**
 * A .docx whose document.xml inflates to `megabytes` MB of spaces; `declaredSize` makes its
 * directory lie about that (the default tells the truth).
 */
export function docxBomb(megabytes: number, declaredSize?: number): Uint8Array {
  const document = spacesDocument(megabytes);
  return docxAround({ ...document, size: declaredSize ?? document.size });
}

/** A .docx with more parts than any real document (each one empty). */
export function docxWithEntries(count: number): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'word/document.xml': strToU8('<w:document/>'),
  };
  for (let i = 0; i < count; i++) files[`word/media/image${i}.png`] = new Uint8Array(0);
  return zipSync(files);
}
