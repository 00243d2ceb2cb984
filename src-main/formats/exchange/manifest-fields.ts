// Field rules every part of a package manifest shares (manifest.ts, manifest-judging.ts).
import { z } from 'zod';

export const id = z.string().min(1).max(64);
export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256');
export const shortText = z.string().max(500);
/** An ISO time as the sending workspace wrote it. */
export const time = z.string().max(40);

/** A list whose items must differ in `key`: a repeated id would collide in the store. */
export function distinctBy<T extends z.ZodType<Record<string, unknown>>>(item: T, key: string) {
  return z.array(item).superRefine((items, ctx) => {
    const seen = new Set<unknown>();
    items.forEach((value, i) => {
      const k = (value as Record<string, unknown>)[key];
      if (seen.has(k))
        ctx.addIssue({ code: 'custom', message: `repeats ${key} "${String(k)}"`, path: [i, key] });
      seen.add(k);
    });
  });
}
