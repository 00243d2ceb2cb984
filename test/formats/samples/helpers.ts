// A minimal Word document built with fflate, carrying an author, a title, a comment author and a
// name Word split across runs, as real documents often do.
import { createCanvas } from '@napi-rs/canvas';
import { strToU8, zipSync } from 'fflate';
import { crc32 } from '../../../src-main/services/demo/png.js';
import { pngChunks } from '../../../src-main/formats/samples/png.js';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function makeDocx(
  paragraphs: string[] = [
    '<w:r><w:t>Essay by Ma</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>ya Oka</w:t></w:r><w:r><w:t xml:space="preserve">for, period 3</w:t></w:r>',
    '<w:r><w:t>My friend Sofia Ramirez helped. Okafor&apos;s claim is clear.</w:t></w:r>',
  ],
): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${p}</w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/>' +
        '</Relationships>',
    ),
    'docProps/core.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
        '<dc:title>Maya Okafor - footbridge essay</dc:title><dc:creator>Maya Okafor</dc:creator><cp:lastModifiedBy>mokafor</cp:lastModifiedBy></cp:coreProperties>',
    ),
    'docProps/app.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>Okafor family</Company></Properties>',
    ),
    'docProps/thumbnail.jpeg': strToU8('Maya Okafor thumbnail'),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`,
    ),
    'word/comments.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="${W_NS}"><w:comment w:id="0" w:author="Maya Okafor" w:initials="MO"><w:p><w:r><w:t>note</w:t></w:r></w:p></w:comment></w:comments>`,
    ),
  });
}

export const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
export const has = (bytes: Uint8Array, text: string) =>
  Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));

function segment(marker: number, body: number[]): Uint8Array {
  const length = body.length + 2;
  return Uint8Array.from([0xff, marker, length >> 8, length & 0xff, ...body]);
}

/** An EXIF block with the artist, a GPS pointer and the given orientation (big-endian TIFF). */
function exif(orientation: number): Uint8Array {
  const artist = ascii('Maya Okafor\0');
  // IFD0 with 3 entries: Orientation, Artist (ASCII, offset), GPS IFD pointer.
  const ifdStart = 8;
  const ifdSize = 2 + 3 * 12 + 4;
  const artistOffset = ifdStart + ifdSize;
  const gpsOffset = artistOffset + artist.length;
  // prettier-ignore
  const tiff = [
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, ifdStart,
    0x00, 0x03,
    0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00,
    0x01, 0x3b, 0x00, 0x02, 0x00, 0x00, 0x00, artist.length, 0x00, 0x00, 0x00, artistOffset,
    0x88, 0x25, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, gpsOffset,
    0x00, 0x00, 0x00, 0x00,
    ...artist,
    // GPS IFD: one entry, GPSLatitudeRef "N"
    0x00, 0x01, 0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, 0x4e, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00,
  ];
  return segment(0xe1, [...ascii('Exif\0\0'), ...tiff]);
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

export function baseJpeg(): Uint8Array {
  const canvas = createCanvas(24, 16);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#c03020';
  ctx.fillRect(0, 0, 24, 16);
  ctx.fillStyle = '#2040c0';
  ctx.fillRect(12, 0, 12, 16);
  return new Uint8Array(canvas.toBuffer('image/jpeg', 95));
}

/** The JPEG with EXIF (artist, GPS), XMP, IPTC and a comment inserted after SOI. */
export function jpegWithMetadata(orientation = 1): Uint8Array {
  const plain = baseJpeg();
  const xmp = segment(0xe1, [
    ...ascii('http://ns.adobe.com/xap/1.0/\0'),
    ...ascii('<x:xmpmeta><dc:creator>Maya Okafor</dc:creator></x:xmpmeta>'),
  ]);
  const iptc = segment(0xed, ascii('Photoshop 3.0\0 Maya Okafor'));
  const comment = segment(0xfe, ascii('scanned by Maya Okafor'));
  return concat(plain.subarray(0, 2), exif(orientation), xmp, iptc, comment, plain.subarray(2));
}

export function chunk(type: string, data: number[]): Uint8Array {
  const typed = Uint8Array.from([...ascii(type), ...data]);
  const crc = crc32(typed);
  const n = data.length;
  return Uint8Array.from([
    n >>> 24,
    (n >>> 16) & 0xff,
    (n >>> 8) & 0xff,
    n & 0xff,
    ...typed,
    crc >>> 24,
    (crc >>> 16) & 0xff,
    (crc >>> 8) & 0xff,
    crc & 0xff,
  ]);
}

/** A white PNG (with a dark stripe) carrying an Author text chunk and a time stamp. */
export function pngWithMetadata(author: string, width = 100, height = 80): Uint8Array {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#3050a0';
  ctx.fillRect(0, 0, width, 8);
  const plain = new Uint8Array(canvas.toBuffer('image/png'));
  const ihdrEnd = pngChunks(plain)[0]!.end;
  return concat(
    plain.subarray(0, ihdrEnd),
    chunk('tEXt', ascii(`Author\0${author}`)),
    chunk('tIME', [0x07, 0xea, 10, 14, 9, 30, 0]),
    plain.subarray(ihdrEnd),
  );
}
