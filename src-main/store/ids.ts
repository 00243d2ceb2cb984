import { randomUUID } from 'node:crypto';

/** Random, never time-ordered: an id must not leak the order things were created in. */
export function newId(): string {
  return randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
