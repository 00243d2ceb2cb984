import { randomBytes } from 'node:crypto';

/**
 * Random, never time-ordered: an id must not leak the order things were created in. 96 bits in
 * 16 characters keeps the score log small (ids fill most of each row) with no risk of a clash.
 * An id never starts with "-", so that `concord … --session ID` never reads it as an option.
 */
export function newId(): string {
  for (;;) {
    const id = randomBytes(12).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

export function nowIso(): string {
  return new Date().toISOString();
}
