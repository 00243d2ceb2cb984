import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { Actor } from '../../src-main/domain/actor.js';
import { ATTEMPT_FEEDBACK_MINUTES } from '../../src-main/domain/qualification.js';
import type { TempApp } from '../helpers/workspace.js';
import { FOUR_LEVELS, descriptorsFor, openTempApp, scoringFixture } from '../helpers/workspace.js';

const OWNER: Actor = { role: 'owner' };

let app: TempApp;
beforeEach(() => {
  app = openTempApp();
});
afterEach(() => app.dispose());

interface Fixture {
  versionId: string;
  keys: { claim: string; evidence: string };
  anchorA: string;
  anchorB: string;
  incomplete: string;
  plain: string;
  personId: string;
}

/** References: A = Claim 3, Evidence 2; B = Claim 1, Evidence 4. `incomplete` lacks Evidence. */
const REFS = {
  A: { claim: 3, evidence: 2 },
  B: { claim: 1, evidence: 4 },
};

function fixture(): Fixture {
  const s = app.services;
  const rubric = s.rubrics.create({
    title: 'Argument writing',
    description: '',
    gradeBandId: null,
    levels: FOUR_LEVELS,
    criteria: [
      { name: 'Claim', competencyId: null, descriptors: descriptorsFor('Claim') },
      { name: 'Evidence', competencyId: null, descriptors: descriptorsFor('Evidence') },
    ],
  });
  const [claim, evidence] = rubric.criteria.map((c) => c.key) as [string, string];
  const add = (text: string) => {
    const bytes = new TextEncoder().encode(text);
    return s.samples.add({
      kind: 'text',
      file: { bytes, mediaType: 'text/plain' },
      original: { bytes, mediaType: 'text/plain', fileName: `${text}.txt` },
      studentName: null,
    }).id;
  };
  const [anchorA, anchorB, incomplete, plain] = ['a', 'b', 'c', 'd'].map(add) as [
    string,
    string,
    string,
    string,
  ];
  for (const [id, ref] of [
    [anchorA, REFS.A],
    [anchorB, REFS.B],
  ] as const) {
    app.store.samples.setAnchorScores(id, rubric.rubricId, [
      { criterionKey: claim, score: ref.claim, rationale: `Claim of ${id} is level ${ref.claim}` },
      {
        criterionKey: evidence,
        score: ref.evidence,
        rationale: `Evidence of ${id} is level ${ref.evidence}`,
      },
    ]);
  }
  app.store.samples.setAnchorScores(incomplete, rubric.rubricId, [
    { criterionKey: claim, score: 2, rationale: 'only the claim' },
  ]);
  const personId = s.library.addPerson('Dana', ['rater']).id;
  return {
    versionId: rubric.id,
    keys: { claim, evidence },
    anchorA,
    anchorB,
    incomplete,
    plain,
    personId,
  };
}

async function call(method: string, input: unknown, actor: Actor = OWNER) {
  return dispatch(app.services, actor, method, input);
}

async function ok<T>(method: string, input: unknown): Promise<T> {
  const result = await call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.result as T;
}

interface View {
  id: string;
  scores: unknown[];
  result: null | {
    passed: boolean;
    items: number;
    exact: number;
    withinOne: number;
    nonAdjacent: number;
    missing: number;
    exactShare: number;
    reasons: string[];
    feedback: {
      sampleId: string;
      criterionKey: string;
      given: number | null;
      reference: number;
      verdict: string;
      rationale: string;
    }[];
  };
}

/** Plain counting, independent of stats/qualification.ts. */
function countByHand(pairs: { given: number | null; reference: number }[]) {
  let exact = 0;
  let within = 0;
  let far = 0;
  let missing = 0;
  for (const { given, reference } of pairs) {
    if (given === null) missing += 1;
    else if (given === reference) exact += 1;
    else if (Math.abs(given - reference) === 1) within += 1;
    else far += 1;
  }
  return { exact, withinOne: exact + within, nonAdjacent: far, missing };
}

describe('qualification sets', () => {
  it('accept only anchors with a reference score for every criterion, saying which and why', async () => {
    const f = fixture();
    const base = { title: 'Autumn check', rubricVersionId: f.versionId, rule: { minExact: 0.8 } };

    const plain = await call('qualification.createSet', { ...base, sampleIds: [f.plain] });
    expect(plain).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!plain.ok) expect(plain.error.message).toMatch(/^sampleIds\[0\]: S-\w+ is not an anchor/);

    const partial = await call('qualification.createSet', {
      ...base,
      sampleIds: [f.anchorA, f.incomplete],
    });
    expect(partial.ok).toBe(false);
    if (!partial.ok) {
      expect(partial.error.message).toMatch(/^sampleIds\[1\]: S-\w+ has no reference score/);
      expect(partial.error.message).toContain('"Evidence"');
    }

    const twice = await call('qualification.createSet', {
      ...base,
      sampleIds: [f.anchorA, f.anchorA],
    });
    expect(twice.ok || twice.error.message).toMatch(/sampleIds\[1\]: .* listed twice/);

    const noRule = await call('qualification.createSet', {
      ...base,
      rule: {},
      sampleIds: [f.anchorA],
    });
    expect(noRule.ok || noRule.error.message).toMatch(/^rule: set at least one condition/);

    const badShare = await call('qualification.createSet', {
      ...base,
      rule: { minExact: 80 },
      sampleIds: [f.anchorA],
    });
    expect(badShare.ok || badShare.error.message).toMatch(/^rule\.minExact: must be 100% or less/);

    const noVersion = await call('qualification.createSet', {
      ...base,
      rubricVersionId: 'nope',
      sampleIds: [f.anchorA],
    });
    expect(noVersion.ok || noVersion.error.message).toMatch(/^rubricVersionId: there is no/);

    // Nothing half-made: none of the refused sets exists.
    expect(await ok('qualification.sets', {})).toEqual([]);

    const eligible = await ok<{ sampleId: string; missingCriteria: string[] }[]>(
      'qualification.anchors',
      { rubricVersionId: f.versionId },
    );
    expect(new Map(eligible.map((e) => [e.sampleId, e.missingCriteria]))).toEqual(
      new Map([
        [f.anchorA, []],
        [f.anchorB, []],
        [f.incomplete, ['Evidence']],
      ]),
    );

    const created = await ok<{ id: string; sampleIds: string[] }>('qualification.createSet', {
      ...base,
      sampleIds: [f.anchorB, f.anchorA],
    });
    expect(created.sampleIds).toEqual([f.anchorB, f.anchorA]);
    const edited = await ok<{ title: string; rule: object }>('qualification.updateSet', {
      ...base,
      setId: created.id,
      title: '  Winter check ',
      rule: { minWithinOne: 1, maxNonAdjacent: 0 },
      sampleIds: [f.anchorA],
    });
    expect(edited).toMatchObject({
      title: 'Winter check',
      rule: { minWithinOne: 1, maxNonAdjacent: 0 },
      sampleIds: [f.anchorA],
    });
  });
});

describe('qualification attempts', () => {
  async function setUp(rule: object) {
    const f = fixture();
    const set = await ok<{ id: string }>('qualification.createSet', {
      title: 'Check',
      rubricVersionId: f.versionId,
      sampleIds: [f.anchorA, f.anchorB],
      rule,
    });
    const started = await ok<{ attempt: View; token: string }>('qualification.startAttempt', {
      setId: set.id,
      personId: f.personId,
    });
    const attemptId = started.attempt.id;
    const candidate: Actor = { role: 'candidate', attemptId, personId: f.personId };
    return { f, setId: set.id, attemptId, candidate, token: started.token };
  }

  it('hide every reference score and rationale until the attempt is submitted', async () => {
    const { f, attemptId } = await setUp({ minExact: 0.5 });
    const score = (sampleId: string, criterionKey: string, value: number) =>
      ok<View>('qualification.score', { attemptId, sampleId, criterionKey, score: value });
    const views = [
      await ok<View>('qualification.attempt', { attemptId }),
      await score(f.anchorA, f.keys.claim, 1),
    ];
    for (const v of views) {
      const text = JSON.stringify(v);
      expect(v.result).toBeNull();
      expect(text).not.toMatch(/rationale|reference|is level/i);
    }
    const submitted = await ok<View>('qualification.submit', { attemptId });
    expect(submitted.result?.feedback.map((i) => i.rationale)).toContain(
      `Claim of ${f.anchorA} is level 3`,
    );
  });

  it('apply the rule, give per-item feedback, and record the attempt once', async () => {
    // Given: A Claim 3 (ref 3), A Evidence 3 (ref 2), B Claim 3 (ref 1); B Evidence not scored.
    const { f, setId, attemptId } = await setUp({ minWithinOne: 0.75, maxNonAdjacent: 0 });
    const given = [
      { sampleId: f.anchorA, criterionKey: f.keys.claim, score: 3, reference: REFS.A.claim },
      { sampleId: f.anchorA, criterionKey: f.keys.evidence, score: 3, reference: REFS.A.evidence },
      { sampleId: f.anchorB, criterionKey: f.keys.claim, score: 3, reference: REFS.B.claim },
    ];
    for (const { reference: _reference, ...g } of given) {
      await ok('qualification.score', { attemptId, ...g });
    }
    const byHand = countByHand([
      ...given.map((g) => ({ given: g.score, reference: g.reference })),
      { given: null, reference: REFS.B.evidence },
    ]);

    const view = await ok<View>('qualification.submit', { attemptId });
    const result = view.result!;
    expect(result).toMatchObject({ items: 4, ...byHand, passed: false });
    expect(result.exactShare).toBeCloseTo(byHand.exact / 4, 12);
    // within one: 2 of 4 < 75%; one score two levels away > 0; one item not scored.
    expect(result.reasons).toHaveLength(3);
    expect(
      result.feedback.map((i) => [i.sampleId, i.criterionKey, i.given, i.reference, i.verdict]),
    ).toEqual([
      [f.anchorA, f.keys.claim, 3, 3, 'exact'],
      [f.anchorA, f.keys.evidence, 3, 2, 'adjacent'],
      [f.anchorB, f.keys.claim, 3, 1, 'non-adjacent'],
      [f.anchorB, f.keys.evidence, null, 4, 'missing'],
    ]);

    const attempts = await ok<{ personName: string; result: { passed: boolean } | null }[]>(
      'qualification.attempts',
      { setId },
    );
    expect(attempts).toEqual([
      expect.objectContaining({
        personName: 'Dana',
        result: expect.objectContaining({ passed: false, ...byHand }),
      }),
    ]);

    expect(await call('qualification.submit', { attemptId })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(
      await call('qualification.score', {
        attemptId,
        sampleId: f.anchorB,
        criterionKey: f.keys.evidence,
        score: 4,
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });

    // Editing the set later leaves the recorded verdict as it was judged.
    await ok('qualification.updateSet', {
      setId,
      title: 'Check',
      rubricVersionId: f.versionId,
      sampleIds: [f.anchorA],
      rule: { minExact: 0 },
    });
    const again = await ok<View>('qualification.attempt', { attemptId });
    expect(again.result).toEqual(result);
  });

  it('tell open screens of the owner that an attempt was submitted', async () => {
    const { attemptId } = await setUp({ minExact: 0.5 });
    const heard: unknown[] = [];
    app.services.bus.subscribe((change) => heard.push(change));
    await ok('qualification.submit', { attemptId });
    // A topic of its own: session screens do not refresh for it (api/audience.ts keeps it to
    // the owner's screens).
    expect(heard).toEqual([{ topic: 'qualification' }]);
  });

  it('pass when the rule holds', async () => {
    const { f, attemptId } = await setUp({ minExact: 0.75, maxNonAdjacent: 0 });
    const scores = [
      [f.anchorA, f.keys.claim, REFS.A.claim],
      [f.anchorA, f.keys.evidence, REFS.A.evidence],
      [f.anchorB, f.keys.claim, REFS.B.claim + 1],
      [f.anchorB, f.keys.evidence, REFS.B.evidence],
    ] as const;
    for (const [sampleId, criterionKey, score] of scores) {
      await ok('qualification.score', { attemptId, sampleId, criterionKey, score });
    }
    const result = (await ok<View>('qualification.submit', { attemptId })).result!;
    expect(result).toMatchObject({ passed: true, exact: 3, withinOne: 4, reasons: [] });
  });

  it('refuse scores that are not a level, or not of the set', async () => {
    const { f, attemptId } = await setUp({ minExact: 0.5 });
    const notLevel = await call('qualification.score', {
      attemptId,
      sampleId: f.anchorA,
      criterionKey: f.keys.claim,
      score: 7,
    });
    expect(notLevel.ok || notLevel.error.message).toMatch(/^score: 7 is not a level/);
    const notInSet = await call('qualification.score', {
      attemptId,
      sampleId: f.plain,
      criterionKey: f.keys.claim,
      score: 2,
    });
    expect(notInSet.ok || notInSet.error.message).toMatch(/^sampleId: .* not in this set/);
  });

  it('answer the attempt’s own candidate only on its attempt methods, never with a reference', async () => {
    const { f, setId, attemptId, candidate } = await setUp({ minExact: 0.5 });
    const asCandidate = (method: string, input: unknown) => call(method, input, candidate);
    const answers = [
      await asCandidate('qualification.attempt', { attemptId }),
      await asCandidate('qualification.score', {
        attemptId,
        sampleId: f.anchorA,
        criterionKey: f.keys.claim,
        score: 2,
      }),
      await asCandidate('qualification.sample', { attemptId, sampleId: f.anchorB }),
    ];
    for (const answer of answers) {
      expect(answer.ok).toBe(true);
      expect(JSON.stringify(answer)).not.toMatch(/rationale|reference|is level/i);
    }
    // The owner's methods, and the anchor library above all, are closed to it.
    for (const [method, input] of [
      ['anchors.list', {}],
      ['qualification.anchors', { rubricVersionId: f.versionId }],
      ['qualification.set', { setId }],
      ['qualification.attempts', { setId }],
      ['qualification.startAttempt', { setId, personId: f.personId }],
      ['samples.content', { sampleId: f.anchorA }],
      ['qualification.sample', { attemptId, sampleId: f.plain }],
    ] as const) {
      expect(await asCandidate(method, input), method).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    // Another attempt, even of the same set, is not its own.
    const other = await ok<{ attempt: View }>('qualification.startAttempt', {
      setId,
      personId: app.services.library.addPerson('Eli', ['rater']).id,
    });
    expect(
      await asCandidate('qualification.attempt', { attemptId: other.attempt.id }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const submitted = await asCandidate('qualification.submit', { attemptId });
    expect(JSON.stringify(submitted)).toContain(`Claim of ${f.anchorA} is level 3`);
  });

  it('issue a token that dies after the feedback window or when the attempt is abandoned', async () => {
    const { f, setId, attemptId, token } = await setUp({ minExact: 0.5 });
    const access = app.store.access;
    const inMinutes = (m: number) => new Date(Date.now() + m * 60_000);
    expect(access.resolveAttemptToken(token)).toEqual({ attemptId, personId: f.personId });
    // Unsubmitted, it lives on (the rater may pause); submitted, it reads feedback for a while.
    expect(access.resolveAttemptToken(token, inMinutes(120))).toBeDefined();
    await ok('qualification.submit', { attemptId });
    expect(
      access.resolveAttemptToken(token, inMinutes(ATTEMPT_FEEDBACK_MINUTES - 1)),
    ).toBeDefined();
    expect(
      access.resolveAttemptToken(token, inMinutes(ATTEMPT_FEEDBACK_MINUTES + 1)),
    ).toBeUndefined();

    const next = await ok<{ attempt: View; token: string }>('qualification.startAttempt', {
      setId,
      personId: f.personId,
    });
    expect(access.resolveAttemptToken(next.token)?.attemptId).toBe(next.attempt.id);
    await ok('qualification.startAttempt', { setId, personId: f.personId });
    expect(access.resolveAttemptToken(next.token)).toBeUndefined();
  });

  it('continue with a fresh token only while unfinished, and the earlier token stops', async () => {
    const { attemptId, token } = await setUp({ minExact: 0.5 });
    const access = app.store.access;
    const resumed = await ok<{ attempt: View; token: string }>('qualification.resumeAttempt', {
      attemptId,
    });
    expect(resumed.attempt.id).toBe(attemptId);
    expect(resumed.token).not.toBe(token);
    expect(access.resolveAttemptToken(token)).toBeUndefined();
    expect(access.resolveAttemptToken(resumed.token)?.attemptId).toBe(attemptId);
    await ok('qualification.submit', { attemptId });
    expect(await call('qualification.resumeAttempt', { attemptId })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('are closed to a rater of a live session', async () => {
    const { attemptId, setId } = await setUp({ minExact: 0.5 });
    const session = scoringFixture(app.services);
    const rater: Actor = {
      role: 'rater',
      sessionId: session.sessionId,
      personId: session.raterIds[0],
    };
    for (const [method, input] of [
      ['qualification.attempt', { attemptId }],
      ['qualification.submit', { attemptId }],
      ['qualification.sets', {}],
      ['qualification.attempts', { setId }],
    ] as const) {
      expect(await call(method, input, rater)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
  });
});
