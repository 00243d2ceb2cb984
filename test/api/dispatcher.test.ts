import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src-main/api/contract.js';
import { dispatch } from '../../src-main/api/dispatcher.js';
import { routes } from '../../src-main/api/router.js';
import { pathText } from '../../src-main/domain/errors.js';
import type { Actor } from '../../src-main/domain/actor.js';
import type { RevealView } from '../../src-main/services/discussion.js';
import type { ScoreEntry } from '../../src-main/domain/scores.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src-main/domain/session.js';
import type { ScoringFixture, TempApp } from '../helpers/workspace.js';
import { FOUR_LEVELS, descriptorsFor, openTempApp, scoringFixture } from '../helpers/workspace.js';

const OWNER: Actor = { role: 'owner' };
let app: TempApp;
let f: ScoringFixture;
let ana: Actor;
let ben: Actor;

beforeEach(() => {
  app = openTempApp();
  f = scoringFixture(app.services);
  ana = { role: 'rater', sessionId: f.sessionId, personId: f.raterIds[0] };
  ben = { role: 'rater', sessionId: f.sessionId, personId: f.raterIds[1] };
});
afterEach(() => app.dispose());

const call = (actor: Actor, method: string, input: unknown) =>
  dispatch(app.services, actor, method, input);

async function score(actor: Actor, sample: number, criterion: number, value: number | null) {
  const result = await call(actor, 'scores.record', {
    sessionId: f.sessionId,
    sampleId: f.sampleIds[sample],
    criterionId: f.criterionIds[criterion],
    score: value,
    note: `note by ${actor.role === 'rater' ? actor.personId : 'owner'}`,
  });
  expect(result.ok).toBe(true);
}

describe('input validation', () => {
  it('rejects invalid input with a message naming the field', async () => {
    const result = await call(OWNER, 'rubrics.create', {
      title: 'Lab reports',
      levels: FOUR_LEVELS,
      criteria: [{ name: '', descriptors: descriptorsFor('x') }],
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringContaining('criteria[0].name: must not be empty'),
        problems: [{ path: ['criteria', 0, 'name'], message: 'must not be empty' }],
      },
    });
  });

  it('answers a zod refusal’s problems with the paths its message names', async () => {
    const result = await call(OWNER, 'rubrics.create', {
      title: '',
      levels: FOUR_LEVELS,
      criteria: [{ name: '', descriptors: descriptorsFor('x') }],
    });
    if (result.ok) throw new Error('expected a refusal');
    const { message, problems = [] } = result.error;
    expect(problems.map((p) => p.path)).toEqual([['title'], ['criteria', 0, 'name']]);
    expect(message).toBe(problems.map((p) => `${pathText(p.path)}: ${p.message}`).join('; '));
  });

  it('calls a problem with the input as a whole "input", with an empty path', async () => {
    const result = await call(OWNER, 'sessions.list', 5);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toMatch(/^input: /);
    expect(result.error.problems).toEqual([
      { path: [], message: result.error.message.slice('input: '.length) },
    ]);
  });

  it('answers a service’s ValidationError with its problems', async () => {
    const result = await call(ana, 'scores.record', {
      sessionId: f.sessionId,
      sampleId: f.sampleIds[0],
      criterionId: f.criterionIds[0],
      score: 0,
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'score: 0 is not a level of this rubric (1, 2, 3, 4)',
        problems: [{ path: ['score'], message: '0 is not a level of this rubric (1, 2, 3, 4)' }],
      },
    });

    const descriptors = await call(OWNER, 'rubrics.create', {
      title: 'Lab reports',
      levels: FOUR_LEVELS,
      criteria: [{ name: 'Method', descriptors: { '1': 'a', '2': 'b', '3': 'c' } }],
    });
    if (descriptors.ok) throw new Error('expected a refusal');
    expect(descriptors.error.problems).toEqual([
      {
        path: ['criteria', 0, 'descriptors', '4'],
        message: '"Method" has no descriptor for level 4 (Advanced)',
      },
    ]);
  });

  it('rejects a rubric whose descriptors are missing, naming the cell', async () => {
    const result = await call(OWNER, 'rubrics.create', {
      title: 'Lab reports',
      levels: FOUR_LEVELS,
      criteria: [{ name: 'Method', descriptors: { '1': 'a', '2': 'b', '3': 'c' } }],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toContain('criteria[0].descriptors.4');
  });

  it('rejects unknown fields and unknown methods', async () => {
    expect(await call(OWNER, 'sessions.list', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await call(OWNER, 'sessions.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('creates a rubric and answers with the validated version', async () => {
    const result = await call(OWNER, 'rubrics.create', {
      title: 'Lab reports',
      levels: FOUR_LEVELS,
      criteria: [{ name: 'Method', descriptors: descriptorsFor('Method') }],
    });
    expect(result.ok && result.result).toMatchObject({
      title: 'Lab reports',
      version: 1,
      frozenAt: null,
    });
  });
});

describe('roles', () => {
  it('keeps every owner method from a rater', async () => {
    for (const method of [
      'sessions.list',
      'samples.list',
      'rubrics.list',
      'people.list',
      'workspace.info',
    ]) {
      expect(await call(ana, method, {})).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
  });

  it('refuses a rater every owner method, and every session method for another session', async () => {
    const ownerOnly = METHOD_NAMES.filter((m) => routes[m].access === 'owner');
    const sessionBound = METHOD_NAMES.filter((m) => routes[m].access.startsWith('session'));
    expect(ownerOnly.length).toBeGreaterThan(20);
    for (const method of ownerOnly) {
      expect(await call(ana, method, {}), method).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    for (const method of sessionBound) {
      const input = {
        sessionId: 'another-session',
        sampleId: f.sampleIds[0],
        criterionId: f.criterionIds[0],
        score: 1,
      };
      expect(await call(ana, method, input), method).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
  });

  it('never gives a rater the re-identification data of a sample', async () => {
    expect(await call(ana, 'samples.identity', { sampleId: f.sampleIds[0] })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call(OWNER, 'samples.identity', { sampleId: f.sampleIds[0] })).toMatchObject({
      ok: true,
      result: { originalFileName: 'student-0.txt', studentName: 'Student 0' },
    });
  });

  it('binds a rater to its own session', async () => {
    const other = app.services.sessions.create({
      title: 'Another meeting',
      heldOn: '2026-11-01',
      rubricVersionId: f.rubricVersionId,
      facilitatorId: null,
      options: { ...DEFAULT_SESSION_OPTIONS, randomizeOrder: false, rounds: 2 },
      sampleIds: f.sampleIds,
      raterIds: [f.raterIds[0]],
    });
    app.services.sessions.start(other.id, OWNER);
    expect(await call(ana, 'scores.list', { sessionId: other.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('tells a rater who it is', async () => {
    expect(await call(ana, 'app.whoami', {})).toEqual({
      ok: true,
      result: { role: 'rater', sessionId: f.sessionId, raterId: f.raterIds[0], name: 'Ana' },
    });
  });
});

describe('blindness', () => {
  it('gives a rater only its own scores, notes and name; colleagues after the reveal by alias only', async () => {
    await score(ana, 0, 0, 3);
    await score(ben, 0, 0, 1);
    await score(ben, 1, 1, null);

    const seenByAna = await call(ana, 'scores.list', { sessionId: f.sessionId });
    expect(seenByAna.ok && (seenByAna.result as ScoreEntry[]).map((s) => s.raterId)).toEqual([
      f.raterIds[0],
    ]);
    expect(JSON.stringify(seenByAna)).not.toContain(f.raterIds[1]);

    const sessionForAna = await call(ana, 'sessions.get', { sessionId: f.sessionId });
    expect(sessionForAna.ok && sessionForAna.result).toMatchObject({ raters: [{ name: 'Ana' }] });
    expect(JSON.stringify(sessionForAna)).not.toMatch(/Ben|Cleo/);

    const ownerView = await call(OWNER, 'scores.list', { sessionId: f.sessionId });
    expect(ownerView.ok && (ownerView.result as ScoreEntry[])).toHaveLength(3);

    app.services.sessions.reveal(f.sessionId, undefined, OWNER);
    const afterReveal = await call(ana, 'scores.list', { sessionId: f.sessionId });
    expect(afterReveal.ok && (afterReveal.result as ScoreEntry[])).toHaveLength(1);
    const board = await call(ana, 'reveal.view', { sessionId: f.sessionId });
    const given = board.ok ? (board.result as RevealView).samples.flatMap((s) => s.cells) : [];
    const aliases = app.services.sessions.get(f.sessionId, OWNER).raters;
    const aliasOf = (i: number) => aliases.find((r) => r.personId === f.raterIds[i])!.alias;
    const asText = (scores: unknown[]) => scores.map((x) => JSON.stringify(x)).sort();
    expect(asText(given.flatMap((c) => c.scores))).toEqual(
      asText([
        { alias: aliasOf(0), name: null, you: true, score: 3 },
        { alias: aliasOf(1), name: null, you: false, score: 1 },
        { alias: aliasOf(1), name: null, you: false, score: null },
      ]),
    );
    expect(JSON.stringify(board)).not.toMatch(new RegExp(`${f.raterIds[1]}|Ben|Cleo`));
  });

  it('lets a rater write only its own scores, whatever rater id it sends', async () => {
    const result = await call(ana, 'scores.record', {
      sessionId: f.sessionId,
      sampleId: f.sampleIds[0],
      criterionId: f.criterionIds[0],
      score: 2,
      raterId: f.raterIds[1],
    });
    expect(result.ok && result.result).toMatchObject({ raterId: f.raterIds[0] });
    const bens = app.store.scores.current(f.sessionId, { raterId: f.raterIds[1] });
    expect(bens).toEqual([]);
  });

  it('closes a session to its raters', async () => {
    app.services.sessions.reveal(f.sessionId, undefined, OWNER);
    app.services.sessions.close(f.sessionId, OWNER);
    expect(await call(ana, 'scores.list', { sessionId: f.sessionId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
