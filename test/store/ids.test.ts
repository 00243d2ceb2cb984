import { describe, expect, it } from 'vitest';
import { newId } from '../../src-main/store/ids.js';

describe('newId', () => {
  it('is 16 URL-safe characters, never starting with a dash, and does not repeat', () => {
    const ids = Array.from({ length: 20_000 }, newId);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{15}$/);
    expect(new Set(ids).size).toBe(ids.length);
    // With 20,000 ids a leading dash would turn up about 300 times if it were allowed.
    expect(ids.some((id) => id.includes('-'))).toBe(true);
  });
});
