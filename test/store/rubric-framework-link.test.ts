// A criterion's framework item (the CASE CFItem it assesses) is stored with the criterion and
// follows it through edits: in place, as version n+1 of a frozen rubric, reordered; it ends when
// the criterion's competency changes or the draft says so. Read back, a CASE export links the
// same item the rubric was imported with.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { FrameworkItem, RubricVersion } from '../../src-main/domain/rubric.js';
import { parseRubricFile, writeRubricFile } from '../../src-main/formats/rubrics/index.js';
import type { RubricFile } from '../../src-main/formats/rubrics/index.js';
import type { RubricEditDraft } from '../../src-main/services/rubrics.js';
import type { NewRubricVersion } from '../../src-main/store/rubrics-repo.js';
import type { TempApp } from '../helpers/workspace.js';
import { descriptorsFor, FOUR_LEVELS, openTempApp } from '../helpers/workspace.js';

const ITEM: FrameworkItem = {
  identifier: '5b0e7a52-3c1d-4f7e-9a61-0d2f4c8e1a11',
  uri: 'https://case.example.org/ims/case/v1p0/CFItems/5b0e7a52-3c1d-4f7e-9a61-0d2f4c8e1a11',
  title: 'Argues from evidence',
};

let app: TempApp;
let argues: string;
let inquiry: string;
beforeEach(() => {
  app = openTempApp();
  argues = app.store.library.addCompetency('Argues from evidence', '').id;
  inquiry = app.store.library.addCompetency('Inquiry', '').id;
});
afterEach(() => app.dispose());

const draft = (): NewRubricVersion => ({
  title: 'Argument writing',
  description: '',
  gradeBandId: null,
  levels: FOUR_LEVELS,
  criteria: [
    {
      name: 'Claim',
      competencyId: argues,
      descriptors: descriptorsFor('Claim'),
      frameworkItem: ITEM,
    },
    { name: 'Evidence', competencyId: null, descriptors: descriptorsFor('Evidence') },
  ],
});

/** The version as the editor sends it back: keys, no framework links (the api has none). */
function editOf(version: RubricVersion): RubricEditDraft {
  return {
    title: version.title,
    description: version.description,
    gradeBandId: version.gradeBandId,
    levels: version.levels,
    criteria: version.criteria.map((c) => ({
      key: c.key,
      name: c.name,
      competencyId: c.competencyId,
      descriptors: { ...c.descriptors },
    })),
  };
}

async function update(versionId: string, edit: RubricEditDraft): Promise<RubricVersion> {
  const result = await dispatch(app.services, { role: 'owner' }, 'rubrics.update', {
    versionId,
    draft: edit,
  });
  if (!result.ok) throw new Error(result.error.message);
  // The api shows no links: read what was stored.
  return app.store.rubrics.getVersion((result.result as RubricVersion).id)!;
}

const links = (version: RubricVersion) =>
  version.criteria.map((c) => [c.name, c.frameworkItem ?? null]);

describe("a criterion's framework item", () => {
  it('is stored and read back; a criterion without one has none', () => {
    const version = app.services.rubrics.create(draft());
    expect(links(version)).toEqual([
      ['Claim', ITEM],
      ['Evidence', null],
    ]);
    expect(version.criteria[1]).not.toHaveProperty('frameworkItem');
  });

  it('stays through an edit in place that renames and reorders the criterion', async () => {
    const v1 = app.services.rubrics.create(draft());
    const edit = editOf(v1);
    edit.criteria[0]!.name = 'Claim and focus';
    edit.criteria.reverse();
    const saved = await update(v1.id, edit);
    expect(saved.id).toBe(v1.id);
    expect(links(saved)).toEqual([
      ['Evidence', null],
      ['Claim and focus', ITEM],
    ]);
  });

  it('goes on into version n+1 of a frozen rubric, for the criterion with the same key', async () => {
    const v1 = app.services.rubrics.create(draft());
    app.store.rubrics.freeze(v1.id);
    const edit = editOf(v1);
    edit.criteria[0]!.descriptors['4'] = 'A precise claim';
    edit.criteria.push({
      name: 'Organization',
      competencyId: argues,
      descriptors: descriptorsFor('O'),
    });
    const v2 = await update(v1.id, edit);
    expect(v2.version).toBe(2);
    expect(links(v2)).toEqual([
      ['Claim', ITEM],
      ['Evidence', null],
      ['Organization', null],
    ]);
    // Version 1 is untouched.
    expect(links(app.store.rubrics.getVersion(v1.id)!)).toEqual(links(v1));
  });

  it('ends when the criterion assesses another competency, in place or in a new version', async () => {
    const v1 = app.services.rubrics.create(draft());
    const edit = editOf(v1);
    edit.criteria[0]!.competencyId = inquiry;
    expect(links(await update(v1.id, edit))[0]).toEqual(['Claim', null]);

    const frozen = app.services.rubrics.create(draft());
    app.store.rubrics.freeze(frozen.id);
    const next = editOf(frozen);
    next.criteria[0]!.competencyId = null;
    expect(links(await update(frozen.id, next))[0]).toEqual(['Claim', null]);
  });

  it('is replaced or removed when the draft names another or null', () => {
    const v1 = app.services.rubrics.create(draft());
    const other: FrameworkItem = { identifier: 'X-2', uri: '', title: 'Argues from evidence' };
    const rows = (frameworkItem: FrameworkItem | null): NewRubricVersion => ({
      ...draft(),
      criterionKeys: v1.criteria.map((c) => c.key),
      criteria: draft().criteria.map((c, i) => (i === 0 ? { ...c, frameworkItem } : c)),
    });
    app.store.rubrics.replaceVersion(v1.id, rows(other));
    expect(links(app.store.rubrics.getVersion(v1.id)!)[0]).toEqual(['Claim', other]);
    app.store.rubrics.replaceVersion(v1.id, rows(null));
    expect(links(app.store.rubrics.getVersion(v1.id)!)[0]).toEqual(['Claim', null]);
  });
});

describe('a CASE rubric through the store and back', () => {
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

  // Competencies by name, as the rubric service's import and export map them.
  function store(file: RubricFile): RubricVersion {
    const library = app.store.library;
    const idOf = (name: string | null) =>
      name === null
        ? null
        : (library.listCompetencies().find((c) => c.name === name)?.id ??
          library.addCompetency(name, '').id);
    const created = app.services.rubrics.create({
      title: file.title,
      description: file.description,
      gradeBandId: null,
      levels: file.levels,
      criteria: file.criteria.map((c) => ({
        name: c.name,
        competencyId: idOf(c.competency),
        descriptors: c.descriptors,
        frameworkItem: c.frameworkItem ?? null,
      })),
    });
    return app.store.rubrics.getVersion(created.id)!;
  }
  function fileOf(version: RubricVersion): RubricFile {
    const nameOf = new Map(app.store.library.listCompetencies().map((c) => [c.id, c.name]));
    return {
      title: version.title,
      description: version.description,
      gradeBand: null,
      levels: version.levels,
      criteria: version.criteria.map((c) => ({
        name: c.name,
        competency: c.competencyId === null ? null : nameOf.get(c.competencyId)!,
        descriptors: c.descriptors,
        ...(c.frameworkItem ? { frameworkItem: c.frameworkItem } : {}),
      })),
    };
  }

  it('reads back exactly the file it stored, framework items included', () => {
    const imported = parseRubricFile('framework.json', fixture);
    expect(imported.criteria[0]!.frameworkItem).toBeDefined();
    expect(fileOf(store(imported))).toEqual(imported);
  });

  it('exports the identifiers, uris and titles it was imported with, also after an edit', async () => {
    const version = store(parseRubricFile('framework.json', fixture));
    const edit = editOf(version);
    edit.criteria[0]!.name = 'Planning a fair test (revised)';
    edit.criteria[1]!.descriptors['2'] = 'Finds the pattern.';
    const edited = await update(version.id, edit);
    const text = writeRubricFile(fileOf(edited), 'case', {
      lastChangeDateTime: edited.createdAt,
      idSeed: edited.rubricId,
    });
    const before = itemsOf(fixture);
    const after = itemsOf(text);
    expect(before.get('Planning a fair test')).toMatchObject({ identifier: ITEM.identifier });
    expect(after.get('Planning a fair test (revised)')).toEqual(before.get('Planning a fair test'));
    expect(after.get('Analysing data')).toBeNull();
  });
});
