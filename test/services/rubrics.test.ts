import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { Actor } from '../../src-main/domain/actor.js';
import type { RubricDraft, RubricVersion } from '../../src-main/domain/rubric.js';
import {
  assertSameRubricVersion,
  groupByRubricVersion,
} from '../../src-main/domain/rubric-pooling.js';
import type { RubricEditDraft } from '../../src-main/services/rubrics.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src-main/domain/session.js';
import type { TempApp } from '../helpers/workspace.js';
import { descriptorsFor, FOUR_LEVELS, openTempApp } from '../helpers/workspace.js';
import { countRows } from '../../src-main/store/counts.js';

const OWNER: Actor = { role: 'owner' };
let app: TempApp;

beforeEach(() => {
  app = openTempApp();
});
afterEach(() => app.dispose());

async function ok<T = unknown>(method: string, input: unknown, actor: Actor = OWNER): Promise<T> {
  const result = await dispatch(app.services, actor, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
  return result.result as T;
}
async function refused(method: string, input: unknown, actor: Actor = OWNER) {
  const result = await dispatch(app.services, actor, method, input);
  if (result.ok) throw new Error(`${method} should have been refused`);
  return result.error;
}

const draft = (): RubricDraft => ({
  title: 'Argument writing',
  description: 'Grade 7',
  gradeBandId: null,
  levels: FOUR_LEVELS,
  criteria: [
    { name: 'Claim', competencyId: null, descriptors: descriptorsFor('Claim') },
    { name: 'Evidence', competencyId: null, descriptors: descriptorsFor('Evidence') },
  ],
});

/** The version's content as the editor would send it back, keys included. */
function editOf(version: RubricVersion): RubricEditDraft {
  return {
    title: version.title,
    description: version.description,
    gradeBandId: version.gradeBandId,
    levels: version.levels.map((l) => ({ ...l })),
    criteria: version.criteria.map((c) => ({
      key: c.key,
      name: c.name,
      competencyId: c.competencyId,
      descriptors: { ...c.descriptors },
    })),
  };
}

/** Freezes a version the way the app does: a session is created on it. */
function useInSession(versionId: string) {
  return app.services.sessions.create({
    title: 'October moderation',
    heldOn: '2026-10-14',
    rubricVersionId: versionId,
    facilitatorId: null,
    options: DEFAULT_SESSION_OPTIONS,
    sampleIds: [],
    raterIds: [],
  });
}

function tableCounts() {
  const db = app.store.workspace.db;
  const tables = [
    'rubrics',
    'rubric_versions',
    'rubric_levels',
    'rubric_criteria',
    'rubric_descriptors',
    'competencies',
    'grade_bands',
  ];
  return Object.fromEntries(tables.map((t) => [t, countRows(db, t)]));
}

describe('editing a rubric', () => {
  it('edits a version no session uses in place, keeping criterion ids and keys', async () => {
    const v1 = app.services.rubrics.create(draft());
    const edit = editOf(v1);
    edit.criteria[0]!.name = 'Claim and focus';
    edit.criteria[1]!.descriptors['2'] = 'Some evidence';
    edit.criteria.push({
      name: 'Organization',
      competencyId: null,
      descriptors: descriptorsFor('Organization'),
    });
    const saved = await ok<RubricVersion>('rubrics.update', { versionId: v1.id, draft: edit });
    expect(saved.id).toBe(v1.id);
    expect(saved.version).toBe(1);
    expect(saved.criteria.map((c) => c.name)).toEqual([
      'Claim and focus',
      'Evidence',
      'Organization',
    ]);
    expect(saved.criteria[0]!.id).toBe(v1.criteria[0]!.id);
    expect(saved.criteria[1]!.key).toBe(v1.criteria[1]!.key);
    expect(saved.criteria[1]!.descriptors['2']).toBe('Some evidence');
    expect(new Set(saved.criteria.map((c) => c.key)).size).toBe(3);
    expect(app.store.rubrics.listVersions(v1.rubricId)).toHaveLength(1);
  });

  it('reorders and removes criteria in place, keys following their criteria', async () => {
    const v1 = app.services.rubrics.create(draft());
    const edit = editOf(v1);
    edit.criteria.reverse();
    const saved = await ok<RubricVersion>('rubrics.update', { versionId: v1.id, draft: edit });
    expect(saved.criteria.map((c) => [c.name, c.key])).toEqual([
      ['Evidence', v1.criteria[1]!.key],
      ['Claim', v1.criteria[0]!.key],
    ]);
    const fewer = editOf(saved);
    fewer.criteria.splice(0, 1);
    const after = await ok<RubricVersion>('rubrics.update', { versionId: v1.id, draft: fewer });
    expect(after.criteria.map((c) => c.key)).toEqual([v1.criteria[0]!.key]);
  });

  it('saves an edit of a frozen version as version 2, leaving version 1 exactly as it was', async () => {
    const v1 = app.services.rubrics.create(draft());
    useInSession(v1.id);
    const frozen = app.services.rubrics.get(v1.id);
    expect(frozen.frozenAt).not.toBeNull();
    const before = structuredClone(frozen);

    const edit = editOf(frozen);
    edit.criteria[0]!.descriptors['3'] = 'States a clear, arguable claim.';
    edit.criteria.splice(1, 0, {
      name: 'Counterclaim',
      competencyId: null,
      descriptors: descriptorsFor('Counterclaim'),
    });
    const v2 = await ok<RubricVersion>('rubrics.update', {
      versionId: v1.id,
      draft: edit,
      changeNote: 'Sharper level 3',
    });
    expect(v2.id).not.toBe(v1.id);
    expect(v2.version).toBe(2);
    expect(v2.rubricId).toBe(v1.rubricId);
    expect(v2.frozenAt).toBeNull();
    expect(v2.criteria.map((c) => c.key)).toEqual([
      v1.criteria[0]!.key,
      expect.any(String),
      v1.criteria[1]!.key,
    ]);
    expect(v1.criteria.map((c) => c.key)).not.toContain(v2.criteria[1]!.key);
    expect(v2.criteria.map((c) => c.id)).not.toContain(v1.criteria[0]!.id);

    // Read back from the file, not from the cache of frozen versions.
    const reopened = app.store.rubrics;
    expect(app.services.rubrics.get(v1.id)).toEqual(before);
    const fresh = (await import('../../src-main/store/rubrics-repo.js')).rubricsRepo(
      app.store.workspace.db,
    );
    expect(fresh.getVersion(v1.id)).toEqual(before);
    expect(reopened.listSummaries()[0]).toMatchObject({ latestVersion: 2, frozen: false });
  });

  it('without keys in the draft, carries keys over by position', async () => {
    const v1 = app.services.rubrics.create(draft());
    useInSession(v1.id);
    const v2 = app.services.rubrics.update(v1.id, { ...draft(), title: 'Argument writing 2' });
    expect(v2.criteria.map((c) => c.key)).toEqual(v1.criteria.map((c) => c.key));
  });

  it('returns a frozen version unchanged when the edit changes nothing', () => {
    const v1 = app.services.rubrics.create(draft());
    useInSession(v1.id);
    const same = app.services.rubrics.update(v1.id, editOf(app.services.rubrics.get(v1.id)));
    expect(same.id).toBe(v1.id);
    expect(app.store.rubrics.listVersions(v1.rubricId)).toHaveLength(1);
  });

  it('refuses a bad edit naming the field, and changes nothing', async () => {
    const v1 = app.services.rubrics.create(draft());
    const edit = editOf(v1);
    edit.criteria[1]!.descriptors['4'] = ' ';
    const error = await refused('rubrics.update', { versionId: v1.id, draft: edit });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('criteria[1].descriptors.4');
    expect(app.services.rubrics.get(v1.id)).toEqual(v1);
    const unknown = editOf(v1);
    unknown.criteria[0]!.competencyId = 'nope';
    expect((await refused('rubrics.update', { versionId: v1.id, draft: unknown })).message).toMatch(
      /^criteria\[0\]\.competencyId: no competency nope/,
    );
  });
});

describe('the store never changes a frozen version', () => {
  it('refuses replaceVersion on a frozen version and leaves every row as it was', () => {
    const v1 = app.services.rubrics.create(draft());
    app.store.rubrics.freeze(v1.id);
    const before = app.services.rubrics.get(v1.id);
    const counts = tableCounts();
    expect(() => app.store.rubrics.replaceVersion(v1.id, { ...draft(), title: 'Changed' })).toThrow(
      /frozen/,
    );
    expect(tableCounts()).toEqual(counts);
    const fresh = app.store.workspace.db
      .prepare('SELECT title FROM rubric_versions WHERE id = ?')
      .get(v1.id) as { title: string };
    expect(fresh.title).toBe(before.title);
  });
});

describe('history', () => {
  it('lists every version with its note, frozen state, and what changed', async () => {
    const communication = app.services.library.addCompetency('Communication', '');
    const v1 = app.services.rubrics.create(draft());
    useInSession(v1.id);
    const edit = editOf(app.services.rubrics.get(v1.id));
    edit.title = 'Argument writing (revised)';
    edit.levels[3] = { value: 4, label: 'Exceeding' };
    edit.criteria[0]!.name = 'Claim and focus';
    edit.criteria[0]!.competencyId = communication.id;
    edit.criteria[1]!.descriptors['1'] = 'No evidence at all.';
    const v2 = app.services.rubrics.update(v1.id, edit, 'After the October meeting');

    const history = await ok<{
      versions: { version: number; changeNote: string; frozenAt: string | null; diff: unknown }[];
    }>('rubrics.history', { rubricId: v1.rubricId });
    expect(history.versions.map((v) => [v.version, v.changeNote, v.frozenAt !== null])).toEqual([
      [1, '', true],
      [2, 'After the October meeting', false],
    ]);
    expect(history.versions[0]!.diff).toBeNull();
    expect(history.versions[1]!.diff).toMatchObject({
      title: { before: 'Argument writing', after: 'Argument writing (revised)' },
      levels: [{ kind: 'relabelled', value: 4, before: 'Advanced', after: 'Exceeding' }],
      criteria: [
        { kind: 'renamed', key: v2.criteria[0]!.key, before: 'Claim', after: 'Claim and focus' },
        { kind: 'competency', before: null, after: 'Communication' },
      ],
      descriptors: [{ criterion: 'Evidence', value: 1, after: 'No evidence at all.' }],
      reordered: false,
    });
    expect((await refused('rubrics.history', { rubricId: 'nope' })).code).toBe('not_found');
  });
});

describe('duplicate and archive', () => {
  it('duplicates a version as a new rubric with new keys', async () => {
    const v1 = app.services.rubrics.create(draft());
    const copy = await ok<RubricVersion>('rubrics.duplicate', { versionId: v1.id, title: 'Copy' });
    expect(copy.rubricId).not.toBe(v1.rubricId);
    expect(copy.version).toBe(1);
    expect(copy.title).toBe('Copy');
    expect(copy.criteria.map((c) => c.descriptors)).toEqual(v1.criteria.map((c) => c.descriptors));
    expect(copy.criteria.some((c) => v1.criteria.some((o) => o.key === c.key))).toBe(false);
  });

  it('hides archived rubrics from the list unless asked, and keeps them', async () => {
    const v1 = app.services.rubrics.create(draft());
    const other = app.services.rubrics.create({ ...draft(), title: 'Lab report' });
    await ok('rubrics.archive', { rubricId: v1.rubricId, archived: true });
    expect((await ok<{ id: string }[]>('rubrics.list', {})).map((r) => r.id)).toEqual([
      other.rubricId,
    ]);
    const all = await ok<{ id: string; archived: boolean }[]>('rubrics.list', {
      includeArchived: true,
    });
    expect(all.find((r) => r.id === v1.rubricId)?.archived).toBe(true);
    expect(app.services.rubrics.get(v1.id).title).toBe('Argument writing');
    await ok('rubrics.archive', { rubricId: v1.rubricId, archived: false });
    expect(await ok<unknown[]>('rubrics.list', {})).toHaveLength(2);
  });
});

const FIXTURE = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'rubrics',
  'case-lab-investigation.json',
);

const CSV = `# title: Argument writing
# grade band: 6-8
criterion,competency,1 Not yet,2 Emerging,3 Proficient,4 Advanced
Claim,Communication,No claim,Vague claim,Clear claim,Precise claim
Evidence,,Little evidence,Some evidence,Relevant evidence,Weighed evidence
`;

const JSON_FILE = JSON.stringify({
  format: 'concord-rubric',
  version: 1,
  title: 'Lab report',
  levels: [
    { value: 0, label: 'Missing' },
    { value: 1, label: 'Beginning' },
    { value: 2, label: 'Secure' },
  ],
  criteria: [
    {
      name: 'Method',
      competency: 'communication',
      descriptors: { '0': 'None', '1': 'Partial', '2': 'Complete' },
    },
  ],
});

describe('import and export', () => {
  it('imports a CSV, creating the competency and grade band it names', async () => {
    const result = await ok<{
      version: RubricVersion;
      createdCompetencies: string[];
      createdGradeBands: string[];
    }>('rubrics.import', { fileName: 'argument.csv', text: CSV });
    expect(result.createdCompetencies).toEqual(['Communication']);
    expect(result.createdGradeBands).toEqual(['6-8']);
    expect(result.version.title).toBe('Argument writing');
    expect(result.version.criteria).toHaveLength(2);
    const communication = app.services.library.competencies()[0]!;
    expect(result.version.criteria[0]!.competencyId).toBe(communication.id);
    expect(result.version.criteria[1]!.competencyId).toBeNull();

    // A second file naming the same competency (other case) reuses it.
    const json = app.services.rubrics.import('lab.rubric.json', JSON_FILE);
    expect(json.createdCompetencies).toEqual([]);
    expect(json.version.criteria[0]!.competencyId).toBe(communication.id);
    expect(json.version.levels.map((l) => l.value)).toEqual([0, 1, 2]);
  });

  it('keeps the import note when the version is edited in place without a note', () => {
    const { version } = app.services.rubrics.import('argument.csv', CSV);
    app.services.rubrics.update(version.id, { ...editOf(version), title: 'Argument' });
    const [entry] = app.services.rubrics.history(version.rubricId).versions;
    expect(entry).toMatchObject({ title: 'Argument', changeNote: 'Imported from argument.csv' });
  });

  it('imports the CASE fixture', () => {
    const result = app.services.rubrics.import(
      'case-lab-investigation.json',
      readFileSync(FIXTURE, 'utf8'),
    );
    expect(result.version.title).toBe('Lab investigation');
    expect(result.version.criteria.length).toBeGreaterThan(0);
    expect(result.createdCompetencies.length).toBeGreaterThan(0);
  });

  it.each(['csv', 'json', 'case'] as const)(
    'round-trips %s: export then import gives the same rubric',
    (format) => {
      const band = app.services.library.gradeBands();
      expect(band).toEqual([]);
      const first = app.services.rubrics.import('argument.csv', CSV).version;
      const file = app.services.rubrics.export(first.id, format);
      expect(file.fileName).toMatch(
        new RegExp(
          `^argument-writing-v1\\.${format === 'csv' ? 'csv' : format === 'json' ? 'rubric\\.json' : 'case\\.json'}$`,
        ),
      );
      const again = app.services.rubrics.import(file.fileName, file.text);
      expect(again.createdCompetencies).toEqual([]);
      const content = (v: RubricVersion) => ({
        title: v.title,
        description: v.description,
        gradeBandId: format === 'case' ? null : v.gradeBandId,
        levels: v.levels,
        criteria: v.criteria.map((c) => [c.name, c.competencyId, c.descriptors]),
      });
      expect(content(again.version)).toEqual(content(first));
      if (format === 'case') {
        expect(JSON.parse(file.text)).toMatchObject({ lastChangeDateTime: first.createdAt });
      }
    },
  );

  it.each([
    ['bad.csv', 'criterion,1 Not yet,2 Emerging,3 Proficient\nClaim,a,b\n', /bad\.csv, line 2/],
    [
      'bad.rubric.json',
      JSON.stringify({
        format: 'concord-rubric',
        version: 1,
        title: 'X',
        levels: [],
        criteria: [],
        colour: 1,
      }),
      /bad\.rubric\.json.*field "colour"/,
    ],
    ['bad.case.json', '{"CFRubrics": [{"title": 3}]}', /bad\.case\.json, field "CFRubrics\[0\]/],
    ['empty.csv', '', /empty\.csv, line 1: no header row/],
  ])(
    'refuses %s with the place and why, leaving the workspace unchanged',
    async (fileName, text, message) => {
      app.services.library.addCompetency('Communication', '');
      const counts = tableCounts();
      const error = await refused('rubrics.import', { fileName, text });
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(message);
      expect(tableCounts()).toEqual(counts);
    },
  );

  it('leaves no competency behind when a file is refused after names were matched', () => {
    // Every criterion names a new competency; the second descriptor row is short of a level.
    const text =
      'criterion,competency,1 A,2 B,3 C\nClaim,Brand new,a,b,c\nEvidence,Also new,a,b,\n';
    const counts = tableCounts();
    expect(() => app.services.rubrics.import('short.csv', text)).toThrow(/short\.csv, line 3/);
    expect(tableCounts()).toEqual(counts);
  });
});

describe('competencies, grade bands and the continuum', () => {
  it('renames, archives and reorders competencies; names must differ', async () => {
    const a = app.services.library.addCompetency('Communication', '');
    const b = app.services.library.addCompetency('Inquiry', '');
    const renamed = await ok('competencies.update', {
      id: a.id,
      name: 'Clear communication',
      description: 'Says what it means',
      archived: true,
    });
    expect(renamed).toEqual({
      id: a.id,
      name: 'Clear communication',
      description: 'Says what it means',
      archived: true,
    });
    const clash = await refused('competencies.update', {
      id: b.id,
      name: 'clear communication',
      archived: false,
    });
    expect(clash.message).toMatch(/^name: there is already a competency/);
    const order = await ok<{ id: string }[]>('competencies.reorder', { ids: [b.id, a.id] });
    expect(order.map((c) => c.id)).toEqual([b.id, a.id]);
    expect((await refused('competencies.reorder', { ids: ['x'] })).message).toMatch(/^ids\[0\]/);
  });

  it('creates, renames and reorders grade bands', async () => {
    const k2 = await ok<{ id: string }>('gradeBands.create', { name: 'K-2' });
    const g35 = await ok<{ id: string }>('gradeBands.create', { name: '3-5' });
    expect((await refused('gradeBands.create', { name: 'k-2' })).message).toMatch(/^name: /);
    await ok('gradeBands.rename', { id: k2.id, name: 'K–2' });
    const bands = await ok<{ id: string; name: string }[]>('gradeBands.reorder', {
      ids: [g35.id, k2.id],
    });
    expect(bands.map((b) => b.name)).toEqual(['3-5', 'K–2']);
  });

  it('sets a continuum per grade band, validated like rubric levels', async () => {
    const c = app.services.library.addCompetency('Communication', '');
    const band = app.services.competencies.createGradeBand('6-8');
    const other = app.services.competencies.createGradeBand('9-12');
    const levels = [
      { value: 1, label: 'Beginning', descriptor: 'Names the idea' },
      { value: 2, label: 'Developing', descriptor: 'Explains the idea' },
      { value: 3, label: 'Secure', descriptor: 'Connects ideas' },
    ];
    const continuum = await ok<{
      bands: { gradeBandName: string; levels: unknown[] }[];
    }>('continuum.set', { competencyId: c.id, gradeBandId: band.id, levels });
    expect(continuum.bands).toEqual([
      { gradeBandId: band.id, gradeBandName: '6-8', levels },
      { gradeBandId: other.id, gradeBandName: '9-12', levels: [] },
    ]);
    expect(await ok('continuum.get', { competencyId: c.id })).toEqual(continuum);

    const two = await refused('continuum.set', {
      competencyId: c.id,
      gradeBandId: band.id,
      levels: levels.slice(0, 2),
    });
    expect(two.message).toMatch(/^levels: a continuum has 3 to 6 levels, not 2/);
    const down = await refused('continuum.set', {
      competencyId: c.id,
      gradeBandId: band.id,
      levels: [levels[1], levels[0], levels[2]],
    });
    expect(down.message).toContain('levels[1].value: levels must go up');
    const blank = await refused('continuum.set', {
      competencyId: c.id,
      gradeBandId: band.id,
      levels: [levels[0], { ...levels[1]!, descriptor: ' ' }, levels[2]],
    });
    expect(blank.message).toContain('levels[1].descriptor');
    expect(await ok('continuum.get', { competencyId: c.id })).toEqual(continuum);
    expect((await refused('continuum.get', { competencyId: 'nope' })).code).toBe('not_found');
  });
});

describe('statistics never pool rubric versions', () => {
  it('refuses sessions on different versions, naming them', async () => {
    const v1 = app.services.rubrics.create(draft());
    const s1 = useInSession(v1.id);
    const v2 = app.services.rubrics.update(v1.id, { ...editOf(v1), title: 'Argument writing 2' });
    const s2 = useInSession(v2.id);
    const s3 = useInSession(v1.id);
    expect(assertSameRubricVersion([s1, s3])).toBe(v1.id);
    expect(() => assertSameRubricVersion([s1, s2, s3])).toThrow(
      /“October moderation” and “October moderation” used different rubric versions/,
    );
    expect(() => assertSameRubricVersion([])).toThrow(/no sessions/);
    expect(
      groupByRubricVersion([s1, s2, s3]).map((g) => [g.rubricVersionId, g.sessions.length]),
    ).toEqual([
      [v1.id, 2],
      [v2.id, 1],
    ]);
  });
});

describe('who may call', () => {
  it('refuses a rater on every rubric and competency method', async () => {
    const rater: Actor = { role: 'rater', sessionId: 's', personId: 'p' };
    const methods = [
      'rubrics.update',
      'rubrics.history',
      'rubrics.duplicate',
      'rubrics.archive',
      'rubrics.import',
      'rubrics.export',
      'competencies.update',
      'competencies.reorder',
      'gradeBands.create',
      'gradeBands.rename',
      'gradeBands.reorder',
      'continuum.get',
      'continuum.set',
    ];
    for (const method of methods) {
      expect((await refused(method, {}, rater)).code, method).toBe('forbidden');
    }
  });
});
