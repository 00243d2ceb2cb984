import { randomBytes } from 'node:crypto';

/**
 * Random, never time-ordered: an id must not leak the order things were created in. 96 bits in
 * 16 characters keeps the score log small (ids fill most of each row) with no risk of a clash.
 */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

export function nowIso(): string {
  return new Date().toISOString();
}
