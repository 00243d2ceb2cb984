// Every method declares the change topics its answer reads and those a call of it changes
// (contract/topics.ts). The compiler makes every method declare them; these tests hold the
// declarations to what the services really announce, and keep qualification changes away from
// the session screens.
import { beforeEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../src-main/api/contract.js';
import { contract, METHOD_NAMES } from '../../src-main/api/contract.js';
import { hears } from '../../src-main/api/audience.js';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { Actor } from '../../src-main/domain/actor.js';
import { CHANGE_TOPICS } from '../../src-main/domain/change.js';
import type { ChangeTopic } from '../../src-main/domain/change.js';
import type { TempApp } from '../helpers/workspace.js';
import { FOUR_LEVELS, descriptorsFor, scoringFixture, tempApps } from '../helpers/workspace.js';

const OWNER: Actor = { role: 'owner' };

describe('declared topics', () => {
  it('name only known topics, and an answer never "reads" workspace or access', () => {
    for (const method of METHOD_NAMES) {
      const { reads, changes } = contract[method];
      for (const topic of [...reads, ...changes]) expect(CHANGE_TOPICS).toContain(topic);
      expect(reads, method).not.toContain('workspace');
      expect(reads, method).not.toContain('access');
    }
  });

  it('keep qualification changes to the qualification screens', () => {
    const readers = METHOD_NAMES.filter((m) =>
      (contract[m].reads as readonly string[]).includes('qualification'),
    );
    expect(readers.length).toBeGreaterThan(0);
    expect(readers.filter((m) => !m.startsWith('qualification.'))).toEqual([]);
    // The owner's session and results screens: a candidate's attempt must not refetch them, nor
    // rerun the results' bootstrap.
    const sessionScreens: MethodName[] = [
      'results.session',
      'results.charts',
      'results.mine',
      'sessions.get',
      'sessions.list',
      'sessions.progress',
      'reveal.view',
      'scoring.assignment',
      'scores.list',
      'consensus.list',
      'workspace.info',
    ];
    for (const method of sessionScreens) {
      expect(contract[method].reads, method).not.toContain('qualification');
      expect(contract[method].reads, method).not.toContain('workspace');
    }
  });
});

describe('the qualification topic', () => {
  it('reaches the owner’s screens only', () => {
    const change = { topic: 'qualification' as const };
    expect(hears({ role: 'owner' }, change)).toBe(true);
    expect(hears({ role: 'rater', sessionId: 's', personId: 'p' }, change)).toBe(false);
    expect(hears({ role: 'candidate', attemptId: 'a', personId: 'p' }, change)).toBe(false);
    expect(hears({ role: 'device', sessionId: 's' }, change)).toBe(false);
  });
});

describe('declared changes', () => {
  const temp = tempApps();
  let app: TempApp;
  let heard: ChangeTopic[];
  beforeEach(() => {
    app = temp();
    heard = [];
    app.services.bus.subscribe((change) => heard.push(change.topic));
  });

  /** Calls `method` through the one door and checks it announced exactly its declared changes. */
  async function announces<T>(method: MethodName, input: unknown, actor: Actor = OWNER) {
    heard = [];
    const answer = await dispatch(app.services, actor, method, input);
    if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
    expect([...new Set(heard)].sort(), method).toEqual([...contract[method].changes].sort());
    return answer.result as T;
  }

  const rubricDraft = (title: string) => ({
    title,
    levels: FOUR_LEVELS,
    criteria: [{ name: 'Claim', descriptors: descriptorsFor('Claim') }],
  });

  it('match what the library, rubric and sample services announce', async () => {
    await announces('people.create', { name: 'Dana', roles: ['rater'] });
    const competency = await announces<{ id: string }>('competencies.create', { name: 'Reason' });
    await announces('competencies.update', {
      id: competency.id,
      name: 'Reasoning',
      archived: false,
    });
    await announces('competencies.reorder', { ids: [competency.id] });
    const band = await announces<{ id: string }>('gradeBands.create', { name: 'Grade 7' });
    await announces('gradeBands.rename', { id: band.id, name: 'Grade 8' });
    await announces('gradeBands.reorder', { ids: [band.id] });
    await announces('continuum.set', {
      competencyId: competency.id,
      gradeBandId: band.id,
      levels: [1, 2, 3].map((value) => ({ value, label: `L${value}`, descriptor: `At ${value}` })),
    });
    await announces('continuum.get', { competencyId: competency.id });

    const rubric = await announces<{ id: string; rubricId: string }>(
      'rubrics.create',
      rubricDraft('Argument'),
    );
    await announces('rubrics.update', {
      versionId: rubric.id,
      draft: rubricDraft('Argument writing'),
    });
    await announces('rubrics.duplicate', { versionId: rubric.id, title: 'Copy' });
    await announces('rubrics.archive', { rubricId: rubric.rubricId, archived: true });
    const file = await announces<{ fileName: string; text: string }>('rubrics.export', {
      versionId: rubric.id,
      format: 'json',
    });
    await announces('rubrics.import', { fileName: file.fileName, text: file.text });
    await announces('rubrics.list', {});

    const imported = await announces<{ results: { sampleId?: string }[] }>('samples.import', {
      files: [{ name: 'essay.txt', base64: Buffer.from('Ana wrote this.').toString('base64') }],
    });
    const sampleId = imported.results[0]?.sampleId;
    if (sampleId === undefined) throw new Error('the sample was not imported');
    await announces('samples.dismissNames', { sampleId, names: ['Wrote'] });
    await announces('samples.confirmNames', { sampleId, names: ['Ana'] });
    await announces('samples.list', {});
    await announces('samples.parseRoster', { text: 'Ana\nBen' });
    await announces('samples.candidates', { sampleId });
  });

  it('match what a meeting announces, from the start to the close', async () => {
    const f = scoringFixture(app.services);
    const [ana] = f.raterIds;
    const asAna: Actor = { role: 'rater', sessionId: f.sessionId, personId: ana };
    const session = { sessionId: f.sessionId };

    await announces('sessions.nudge', { ...session, raterId: ana });
    await announces('sessions.startTimer', { ...session, phaseIndex: 0 });
    await announces('room.joinCode', session);
    await announces('sessions.issueRaterToken', { ...session, personId: ana });
    for (const sampleId of f.sampleIds) {
      for (const criterionId of f.criterionIds) {
        await announces('scores.record', { ...session, sampleId, criterionId, score: 3 }, asAna);
      }
    }
    await announces('scores.submit', session, asAna);
    await announces('sessions.progress', session);
    await announces('room.resetRater', { ...session, personId: ana });
    await announces('turns.start', { ...session, pin: '2468' });
    await announces('turns.begin', { personId: f.raterIds[1] });
    await announces('turns.end', {});
    await announces('turns.unlock', { pin: '2468' });
    await announces('sessions.endScoring', session);
    await announces('sessions.reveal', session);
    await announces('consensus.record', {
      ...session,
      sampleId: f.sampleIds[0],
      criterionId: f.criterionIds[0],
      score: 3,
    });
    await announces('clarifications.add', { ...session, text: 'Claim means the thesis.' });
    await announces('results.session', session);
    await announces('reveal.view', session);
    await announces('sessions.startSecondRound', session);
    await announces('sessions.endScoring', session);
    await announces('sessions.reveal', session);
    await announces('sessions.close', session);

    const another = await announces<{ id: string }>('sessions.create', {
      title: 'November moderation',
      heldOn: '2026-11-04',
      rubricVersionId: f.rubricVersionId,
      sampleIds: f.sampleIds,
      raterIds: f.raterIds,
      options: {},
    });
    await announces('sessions.start', { sessionId: another.id });
    await announces('sessions.get', { sessionId: another.id });
  });

  it('match what a judgement session announces, from the set-up to the results', async () => {
    const f = scoringFixture(app.services);
    const session = await announces<{ id: string; raters: { personId: string }[] }>(
      'judging.create',
      {
        title: 'Argument judging',
        heldOn: '2026-12-03',
        rubricVersionId: f.rubricVersionId,
        sampleIds: [...f.sampleIds, ...extraSamples(app)],
        judgeIds: f.raterIds,
        judging: { question: 'Which argues better?', competencyId: null, perJudge: 2 },
      },
    );
    const ref = { sessionId: session.id };
    await announces('sessions.start', ref);
    const asJudge: Actor = { role: 'rater', sessionId: session.id, personId: f.raterIds[0] };
    const turn = await announces<{ pair: { pairId: string } }>('judging.turn', ref, asJudge);
    await announces(
      'judging.choose',
      { ...ref, pairId: turn.pair.pairId, winner: 'left' },
      asJudge,
    );
    await announces('judging.progress', ref);
    await announces('judging.scale', ref);
    await announces('judging.results', ref);
    await announces('judging.export', { ...ref, what: 'judgements' });
    await announces('judging.export', { ...ref, what: 'estimates' });
  });

  it('match what qualification checks announce', async () => {
    const s = app.services;
    const rubric = s.rubrics.create({
      title: 'Argument writing',
      description: '',
      gradeBandId: null,
      levels: FOUR_LEVELS,
      criteria: [{ name: 'Claim', competencyId: null, descriptors: descriptorsFor('Claim') }],
    });
    const criterionKey = rubric.criteria[0]!.key;
    const bytes = new TextEncoder().encode('an anchor');
    const anchor = s.samples.add({
      kind: 'text',
      file: { bytes, mediaType: 'text/plain' },
      original: { bytes, mediaType: 'text/plain', fileName: 'anchor.txt' },
      studentName: null,
    }).id;
    await announces('samples.setAnchor', {
      sampleId: anchor,
      rubricId: rubric.rubricId,
      scores: [{ criterionKey, score: 3, rationale: 'A clear claim.' }],
    });
    const personId = s.library.addPerson('Dana', ['rater']).id;
    const draft = { title: 'Check', rubricVersionId: rubric.id, sampleIds: [anchor] };
    const set = await announces<{ id: string }>('qualification.createSet', {
      ...draft,
      rule: { minExact: 0.5 },
    });
    await announces('qualification.updateSet', { setId: set.id, ...draft, rule: { minExact: 1 } });
    const started = await announces<{ attempt: { id: string } }>('qualification.startAttempt', {
      setId: set.id,
      personId,
    });
    const attemptId = started.attempt.id;
    await announces('qualification.resumeAttempt', { attemptId });
    const candidate: Actor = { role: 'candidate', attemptId, personId };
    await announces(
      'qualification.score',
      { attemptId, sampleId: anchor, criterionKey, score: 3 },
      candidate,
    );
    await announces('qualification.submit', { attemptId }, candidate);
    await announces('qualification.attempts', {});
    await announces('samples.clearAnchor', { sampleId: anchor });
  });

  it('match what settings, exports, packages and backups announce', async () => {
    const f = scoringFixture(app.services);
    const thresholds = await announces('drift.thresholds', {});
    await announces('drift.setThresholds', thresholds);
    await announces('exports.ratings', { sessionId: f.sessionId, format: 'long' });
    const pkg = await announces<{ base64: string }>('packages.exportSession', {
      sessionId: f.sessionId,
    });
    const made = await announces<{ name: string }>('backups.now', {});
    await announces('backups.list', {});
    await announces('backups.restore', { name: made.name });

    app = temp();
    app.services.bus.subscribe((change) => heard.push(change.topic));
    await announces('packages.import', { base64: pkg.base64, fileName: 'session.concord' });
  });

  it('match what loading the demo announces', async () => {
    await announces('workspace.loadDemo', {});
  });
});

/** One more sample than the meeting fixture has: a judgement session compares three or more. */
function extraSamples(app: TempApp): string[] {
  const bytes = new TextEncoder().encode('third essay');
  const sample = app.services.samples.add({
    kind: 'text',
    file: { bytes, mediaType: 'text/plain' },
    original: { bytes, mediaType: 'text/plain', fileName: 'student-3.txt' },
    studentName: 'Student 3',
  });
  return [sample.id];
}
