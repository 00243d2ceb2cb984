import { inflateRawSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { demoContent } from '../../src-main/services/demo/content.js';
import { adler32, deflateFixed, makePng, zlibCompress } from '../../src-main/services/demo/png.js';

// An independent CRC-32 (bitwise, no table) so the encoder is not checked against itself.
function referenceCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

interface Chunk {
  type: string;
  data: Uint8Array;
}

function readPng(bytes: Uint8Array): { width: number; height: number; chunks: Chunk[] } {
  expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Chunk[] = [];
  let at = 8;
  while (at < bytes.length) {
    const length = view.getUint32(at);
    const type = Buffer.from(bytes.slice(at + 4, at + 8)).toString('latin1');
    const data = bytes.slice(at + 8, at + 8 + length);
    const crc = view.getUint32(at + 8 + length);
    expect(crc, `${type} CRC`).toBe(referenceCrc32(bytes.slice(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  expect(at).toBe(bytes.length);
  expect(chunks[0]!.type).toBe('IHDR');
  expect(chunks.at(-1)!.type).toBe('IEND');
  const ihdr = new DataView(chunks[0]!.data.buffer, chunks[0]!.data.byteOffset);
  expect([...chunks[0]!.data.slice(8)]).toEqual([8, 2, 0, 0, 0]);
  return { width: ihdr.getUint32(0), height: ihdr.getUint32(4), chunks };
}

function pixels(bytes: Uint8Array): { width: number; height: number; raw: Buffer } {
  const { width, height, chunks } = readPng(bytes);
  const idat = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
  // inflateSync also checks the zlib header and the Adler-32 trailer.
  return { width, height, raw: inflateSync(idat) };
}

describe('makePng', () => {
  it('encodes exactly the pixels draw() returns', () => {
    const png = makePng(7, 5, (x, y) => [x * 30, y * 50, (x + y) % 2 ? 255 : 0]);
    const { width, height, raw } = pixels(png);
    expect([width, height]).toEqual([7, 5]);
    expect(raw.length).toBe(height * (1 + width * 3));
    for (let y = 0; y < height; y++) {
      expect(raw[y * 22]).toBe(0);
      for (let x = 0; x < width; x++) {
        const at = y * 22 + 1 + x * 3;
        expect([raw[at], raw[at + 1], raw[at + 2]]).toEqual([
          x * 30,
          y * 50,
          (x + y) % 2 ? 255 : 0,
        ]);
      }
    }
  });

  it('rejects a size that is not a positive whole number', () => {
    expect(() => makePng(0, 3, () => [0, 0, 0])).toThrow(/bad size/);
    expect(() => makePng(2.5, 3, () => [0, 0, 0])).toThrow(/bad size/);
  });

  it('writes the demo pictures as valid, small ~400x300 PNGs', () => {
    const images = demoContent().samples.filter((s) => s.kind === 'image');
    expect(images).toHaveLength(2);
    for (const image of images) {
      const { width, height, raw } = pixels(image.bytes);
      expect([width, height]).toEqual([400, 300]);
      expect((raw.length / height - 1) / 3).toBe(width);
      expect(image.bytes.length).toBeLessThan(120_000);
      // A drawing, not a blank page: a good share of pixels differ from the paper color.
      let inked = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const at = y * (1 + width * 3) + 1 + x * 3;
          if (raw[at]! < 200 || raw[at + 2]! > raw[at]! + 20) inked++;
        }
      }
      expect(inked / (width * height)).toBeGreaterThan(0.02);
    }
  });
});

describe('deflateFixed / zlibCompress', () => {
  // A fixed pattern of runs, repeats and noise, so matches of every length and distance occur.
  function awkwardData(n: number, seed: number): Uint8Array {
    const out = new Uint8Array(n);
    let s = seed;
    for (let i = 0; i < n; i++) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      const mode = (i >> 9) % 4;
      out[i] =
        mode === 0
          ? 7
          : mode === 1
            ? (s >>> 24) & 0xff
            : mode === 2
              ? i % 3
              : (out[i - 40000] ?? 1);
    }
    return out;
  }

  it('round-trips through node:zlib, including empty input and long runs', () => {
    for (const data of [
      new Uint8Array(0),
      Uint8Array.of(42),
      new Uint8Array(70_000).fill(9),
      awkwardData(100_000, 1),
      awkwardData(5_000, 2),
    ]) {
      expect(Buffer.compare(inflateRawSync(deflateFixed(data)), Buffer.from(data))).toBe(0);
      expect(Buffer.compare(inflateSync(zlibCompress(data)), Buffer.from(data))).toBe(0);
    }
  });

  it('computes Adler-32 like the reference values', () => {
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
    expect(adler32(new Uint8Array(0))).toBe(1);
  });
});
