// The fuzzer itself: reproducible, and it does report what it exists to catch.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src-main/domain/errors.js';
import { mutants, mutateJson, tryInput, utf8 } from './mutate.js';
import { seededRandom } from '../../src-main/domain/order.js';

describe('the mutation fuzzer', () => {
  it('yields the same inputs for the same seed, and different ones for another', () => {
    const seeds = [utf8('sample,rater,score\nA,x,1\n')];
    const run = (seed: number) =>
      [...mutants(seeds, 50, seed)].map((m) => Buffer.from(m.bytes).toString('hex'));
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
    expect(new Set(run(7)).size).toBeGreaterThan(25);
  });

  it('accepts a clean import and a typed refusal, and reports crashes and hangs', async () => {
    expect(await tryInput('x', 0, () => 1)).toBeNull();
    expect(
      await tryInput('x', 1, () => {
        throw new InputError('bad row', { line: 3 });
      }),
    ).toBeNull();
    expect(
      await tryInput('x', 2, () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      }),
    ).toBe("x #2: TypeError: Cannot read properties of undefined (reading 'x')");
    expect(await tryInput('x', 3, () => new Promise(() => undefined), 50)).toMatch(
      /x #3: Error: no answer within 50 ms/,
    );
    expect(
      await tryInput(
        'x',
        4,
        () => {
          const end = performance.now() + 80;
          while (performance.now() < end);
        },
        20,
      ),
    ).toMatch(/x #4: took \d+ ms/);
  });

  it('damages JSON structurally without touching the original', () => {
    const original = { a: [1, 2, { b: 'c' }], d: true };
    const random = seededRandom(3);
    const outputs = Array.from({ length: 30 }, () => JSON.stringify(mutateJson(original, random)));
    expect(original).toEqual({ a: [1, 2, { b: 'c' }], d: true });
    expect(new Set(outputs).size).toBeGreaterThan(10);
  });
});
