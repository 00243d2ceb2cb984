// JPEG and PNG metadata stripping: built by hand with EXIF/XMP/GPS/comments/text chunks, then
// checked segment by segment (metadata gone, image data byte for byte) and decoded.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src-main/domain/errors.js';
import {
  jpegOrientation,
  jpegSegments,
  stripJpegMetadata,
} from '../../../src-main/formats/samples/jpeg.js';
import { pngChunks, stripPngMetadata } from '../../../src-main/formats/samples/png.js';

import { ascii, baseJpeg, chunk, concat, has, jpegWithMetadata } from './helpers.js';

describe('JPEG metadata stripping', () => {
  it('removes EXIF (with GPS), XMP, IPTC and comments and keeps every image segment', async () => {
    const input = jpegWithMetadata();
    expect(has(input, 'Maya Okafor')).toBe(true);
    const out = stripJpegMetadata(input);
    expect(has(out, 'Maya Okafor')).toBe(false);
    expect(has(out, 'Exif')).toBe(false);
    expect(has(out, 'http://ns.adobe.com/xap')).toBe(false);
    const markers = jpegSegments(out).map((s) => s.marker);
    expect(markers).not.toContain(0xe1);
    expect(markers).not.toContain(0xed);
    expect(markers).not.toContain(0xfe);
    expect(markers[0]).toBe(0xd8);
    expect(markers.at(-1)).toBe(0xd9);
    // Every non-metadata segment (tables, frame, scan data) is copied byte for byte.
    const body = (bytes: Uint8Array) =>
      jpegSegments(bytes)
        .filter((s) => s.marker < 0xe1 || s.marker > 0xef)
        .filter((s) => s.marker !== 0xfe)
        .map((s) => Buffer.from(bytes.subarray(s.start, s.end)).toString('hex'));
    expect(body(out)).toEqual(body(input));
    expect(body(out)).toEqual(body(baseJpeg()));
    const image = await loadImage(Buffer.from(out));
    expect([image.width, image.height]).toEqual([24, 16]);
  });

  it('keeps a non-upright orientation as a minimal EXIF block and nothing else', () => {
    const out = stripJpegMetadata(jpegWithMetadata(6));
    expect(jpegOrientation(out)).toBe(6);
    expect(has(out, 'Maya Okafor')).toBe(false);
    expect(jpegSegments(out).filter((s) => s.marker === 0xe1)).toHaveLength(1);
  });

  it('refuses a truncated file', () => {
    const input = baseJpeg();
    expect(() => stripJpegMetadata(input.subarray(0, 40))).toThrow(InputError);
  });
});

describe('PNG metadata stripping', () => {
  it('removes tEXt, zTXt, iTXt, eXIf and tIME and keeps the image chunks with their CRCs', async () => {
    const canvas = createCanvas(8, 8);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#208040';
    ctx.fillRect(0, 0, 8, 8);
    const plain = new Uint8Array(canvas.toBuffer('image/png'));
    const chunks = pngChunks(plain);
    const ihdrEnd = chunks[0]!.end;
    const input = concat(
      plain.subarray(0, ihdrEnd),
      chunk('tEXt', ascii('Author\0Maya Okafor')),
      chunk('zTXt', ascii('Comment\0\0xx')),
      chunk('iTXt', ascii('XML:com.adobe.xmp\0\0\0\0\0<dc:creator>Maya Okafor</dc:creator>')),
      chunk('eXIf', ascii('MM\0*Maya Okafor')),
      chunk('tIME', [0x07, 0xea, 10, 14, 9, 30, 0]),
      plain.subarray(ihdrEnd),
    );
    const out = stripPngMetadata(input);
    expect(has(out, 'Maya Okafor')).toBe(false);
    const types = pngChunks(out).map((c) => c.type);
    for (const t of ['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']) expect(types).not.toContain(t);
    expect(Buffer.from(out).equals(Buffer.from(plain))).toBe(true);
    const image = await loadImage(Buffer.from(out));
    expect(image.width).toBe(8);
  });
});
