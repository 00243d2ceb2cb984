// What a refusal threw, for tests that read its message: the call must throw, and throw the
// expected kind of error.
import { expect } from 'vitest';

export function refusalOf<E extends Error>(
  fn: () => unknown,
  kind: abstract new (...args: never[]) => E,
): E {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(kind);
    return error as E;
  }
  throw new Error(`expected a ${kind.name}`);
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
