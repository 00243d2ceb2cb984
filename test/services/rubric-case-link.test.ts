// A rubric imported from a state's CASE framework keeps its link to it: the CFItemURI of each
// criterion (identifier, uri, title) goes out of a CASE export as it came in, also after an edit,
// in place or as version n+1 of a frozen rubric, and in a duplicate.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { RubricVersion } from '../../src-main/domain/rubric.js';
import type { TempApp } from '../helpers/workspace.js';
import { openTempApp } from '../helpers/workspace.js';

const fixture = readFileSync(
  new URL('../fixtures/rubrics/case-lab-investigation.json', import.meta.url),
  'utf8',
);
type Rubric = { CFRubricCriteria: { category: string; CFItemURI?: unknown }[] };
/** Each criterion's CFItemURI by name, from a bare CFRubric or a package's first one. */
const itemsOf = (text: string) => {
  const root = JSON.parse(text) as Rubric & { CFRubrics?: Rubric[] };
  const rubric = root.CFRubrics?.[0] ?? root;
  return new Map(rubric.CFRubricCriteria.map((c) => [c.category, c.CFItemURI ?? null]));
};
const linked = itemsOf(fixture).get('Planning a fair test');

let app: TempApp;
beforeEach(() => {
  app = openTempApp();
});
afterEach(() => app.dispose());

async function rename(version: RubricVersion, name: string): Promise<RubricVersion> {
  const draft = {
    title: version.title,
    description: version.description,
    gradeBandId: version.gradeBandId,
    levels: version.levels,
    criteria: version.criteria.map((c, i) => ({
      key: c.key,
      name: i === 0 ? name : c.name,
      competencyId: c.competencyId,
      descriptors: c.descriptors,
    })),
  };
  const result = await dispatch(app.services, { role: 'owner' }, 'rubrics.update', {
    versionId: version.id,
    draft,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.result as RubricVersion;
}

const exported = (versionId: string) =>
  itemsOf(app.services.rubrics.export(versionId, 'case').text);

describe('a CASE rubric keeps its framework link', () => {
  it('through import and export', () => {
    const { version } = app.services.rubrics.import('framework.json', fixture);
    expect(linked).toMatchObject({ identifier: '5b0e7a52-3c1d-4f7e-9a61-0d2f4c8e1a11' });
    expect(exported(version.id).get('Planning a fair test')).toEqual(linked);
    expect(exported(version.id).get('Analysing data')).toBeNull();
  });

  it('through an edit in place, a new version of a frozen rubric, and a duplicate', async () => {
    const { version } = app.services.rubrics.import('framework.json', fixture);
    const edited = await rename(version, 'Fair test');
    expect(edited.id).toBe(version.id);
    expect(exported(edited.id).get('Fair test')).toEqual(linked);
    app.store.rubrics.freeze(edited.id);
    const next = await rename(edited, 'Planning');
    expect(next.version).toBe(2);
    expect(exported(next.id).get('Planning')).toEqual(linked);
    const copy = app.services.rubrics.duplicate(next.id, 'Copy');
    expect(exported(copy.id).get('Planning')).toEqual(linked);
  });
});
