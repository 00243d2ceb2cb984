// The contract and the router are object spreads of their areas, where a later area's method
// would silently replace an earlier one's of the same name: every name must belong to one area.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as contractModule from '../../src-main/api/contract.js';
import { METHOD_NAMES } from '../../src-main/api/contract.js';
import { routes } from '../../src-main/api/router.js';

/** Each name with the areas that declare it. */
function owners(areas: Record<string, object>): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const [area, methods] of Object.entries(areas)) {
    for (const name of Object.keys(methods)) byName.set(name, [...(byName.get(name) ?? []), area]);
  }
  return byName;
}

const repeated = (byName: Map<string, string[]>) =>
  [...byName].filter(([, areas]) => areas.length > 1).map(([name, areas]) => `${name}: ${areas}`);

describe('api method names', () => {
  it('belong to one contract area each, and every area is in the contract', () => {
    const areas = Object.fromEntries(
      Object.entries(contractModule).filter(
        ([key, value]) => key.endsWith('Methods') && typeof value === 'object',
      ),
    ) as Record<string, object>;
    expect(Object.keys(areas).length).toBeGreaterThan(10);
    const byName = owners(areas);
    expect(repeated(byName)).toEqual([]);
    expect([...byName.keys()].sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('belong to one route area each, and every method has its route', async () => {
    const folder = path.resolve(import.meta.dirname, '../../src-main/api/routes');
    const areas: Record<string, object> = {};
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
      const module = (await import(path.join(folder, file))) as Record<string, unknown>;
      for (const [key, value] of Object.entries(module)) {
        if (key.endsWith('Routes') && typeof value === 'object' && value !== null) {
          areas[`${file}:${key}`] = value;
        }
      }
    }
    const byName = owners(areas);
    expect(repeated(byName)).toEqual([]);
    expect([...byName.keys()].sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.keys(routes).sort()).toEqual([...METHOD_NAMES].sort());
  });
});
