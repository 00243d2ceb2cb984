// Format 7: rubric criteria keep the framework item (CASE CFItem) they were imported with.
// Criteria written before it link none, and read back exactly as they were.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/app.js';
import { olderWorkspaceLike } from '../helpers/older-workspace.js';
import type { TempApp } from '../helpers/workspace.js';
import { descriptorsFor, FOUR_LEVELS, openTempApp } from '../helpers/workspace.js';

let app: TempApp;
beforeEach(() => {
  app = openTempApp();
});
afterEach(() => app.dispose());

const criteria = (name: string) => [
  { name, competencyId: null, descriptors: descriptorsFor(name) },
];

describe('migration 7', () => {
  it('adds the framework item to criteria: none for old ones, stored for new ones', () => {
    const old = app.services.rubrics.create({
      title: 'Argument writing',
      description: '',
      gradeBandId: null,
      levels: FOUR_LEVELS,
      criteria: criteria('Claim'),
    });
    const path = olderWorkspaceLike(app, 6);
    const upgraded = openApp(path);
    try {
      const { store } = upgraded;
      expect(store.workspace.schemaVersion).toBeGreaterThanOrEqual(7);
      const read = store.rubrics.getVersion(old.id)!;
      expect(read.criteria).toEqual(old.criteria);
      expect(read.criteria[0]).not.toHaveProperty('frameworkItem');

      const item = { identifier: 'ITEM-1', uri: 'urn:example:item-1', title: 'Argues' };
      const linked = upgraded.services.rubrics.create({
        title: 'Linked',
        description: '',
        gradeBandId: null,
        levels: FOUR_LEVELS,
        criteria: criteria('Claim').map((c) => ({ ...c, frameworkItem: item })),
      });
      expect(store.rubrics.getVersion(linked.id)!.criteria[0]!.frameworkItem).toEqual(item);
    } finally {
      upgraded.close();
    }
  });
});
