import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha1 } from '../../../src-main/formats/rubrics/sha1.js';
import { uuidV5 } from '../../../src-main/formats/rubrics/uuid-v5.js';
import { prng } from './helpers.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('sha1', () => {
  it('matches node:crypto on the FIPS vectors and on random inputs across block sizes', () => {
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe(
      'a9993e364706816aba3e25717850c26c9cd0d89d',
    );
    expect(hex(sha1(new Uint8Array()))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    const random = prng(7);
    for (let length = 0; length < 300; length += 1 + Math.floor(random() * 5)) {
      const bytes = new Uint8Array(randomBytes(length));
      expect(hex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
  });
});

describe('uuidV5', () => {
  it('gives the RFC 9562 name-based UUID', () => {
    // The DNS namespace example of RFC 9562 appendix A.4.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
});
