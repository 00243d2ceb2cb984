// Seeded stand-ins for node:crypto's randomBytes and randomInt, for golden tests: with them ids,
// sample codes and aliases come out the same on every run, so a whole workspace's output can be
// pinned.
// Load it inside the vi.mock factory of node:crypto (the factory runs before the imports).
import type * as NodeCrypto from 'node:crypto';

type Crypto = typeof NodeCrypto;

/** splitmix32: a small seeded PRNG of 32-bit words. */
function words(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x9e3779b9) >>> 0;
    let z = a;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

export async function seededCrypto(importOriginal: () => Promise<Crypto>): Promise<Crypto> {
  const original = await importOriginal();
  const next = words(2026);
  const randomBytes = (size: number): Buffer => {
    const out = Buffer.alloc(size);
    for (let i = 0; i < size; i++) out[i] = next() & 0xff;
    return out;
  };
  // randomInt(max) or randomInt(min, max), synchronous form only; the modulo bias is harmless here.
  const randomInt = (a: number, b?: number): number => {
    const [min, max] = b === undefined ? [0, a] : [a, b];
    return min + (next() % (max - min));
  };
  return { ...original, randomBytes, randomInt } as Crypto;
}
