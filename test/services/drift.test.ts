// The drift service end to end on a real workspace: sessions created, scored, revealed and given
// a consensus through the services, then every figure checked against a plain re-computation
// written here from the definitions (loops over the crafted rows, nothing shared with the
// engine), and the alert kinds against a hand reading of the data set.
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import { openApp } from '../../src-main/app.js';
import { ValidationError } from '../../src-main/domain/errors.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src-main/domain/session.js';
import type { Services } from '../../src-main/services/index.js';
import type { Store } from '../../src-main/store/index.js';
import type { DriftReport } from '../../src-main/stats/index.js';
import type { TempApp } from '../helpers/workspace.js';
import { FOUR_LEVELS, descriptorsFor, openTempApp } from '../helpers/workspace.js';

const OWNER = { role: 'owner' } as const;
const RATERS = ['Ana', 'Ben', 'Cleo', 'Dev'] as const;
type Rater = (typeof RATERS)[number];
const SAMPLES = ['S1', 'S2', 'S3', 'S4'] as const;
const CRITERIA = ['Claim', 'Evidence'] as const;
/** S4 is an anchor; its reference scores (Claim, Evidence). */
const ANCHOR = { Claim: 3, Evidence: 3 } as const;

/**
 * One session: consensus and each rater's round-1 scores, 8 values each in the order
 * S1 Claim, S1 Evidence, S2 Claim, ... S4 Evidence.
 */
interface Crafted {
  title: string;
  heldOn: string;
  consensus: number[];
  scores: Record<Rater, number[]>;
}

/** Dev only ever gives the middle levels: the consensus pulled into 2..3. */
const middle = (consensus: number[]) => consensus.map((v) => Math.min(3, Math.max(2, v)));

const JAN = [3, 2, 2, 2, 4, 3, 3, 2];
const MAR = [2, 3, 3, 3, 1, 2, 3, 2];
const MAY = [4, 3, 2, 1, 3, 3, 3, 2];
const SESSIONS: Crafted[] = [
  {
    title: 'January moderation',
    heldOn: '2026-01-20',
    consensus: JAN,
    scores: {
      Ana: [...JAN],
      // Harsh: 5 of 8 one level below (exact 3/8, within one 8/8, severity -5/8).
      Ben: [2, 1, 2, 1, 3, 3, 2, 2],
      Cleo: [3, 2, 2, 3, 4, 3, 3, 2],
      Dev: middle(JAN),
    },
  },
  {
    title: 'March moderation',
    heldOn: '2026-03-10',
    consensus: MAR,
    scores: {
      Ana: [2, 3, 3, 3, 1, 2, 3, 3],
      Ben: [2, 2, 3, 2, 1, 2, 2, 2],
      Cleo: [...MAR],
      Dev: middle(MAR),
    },
  },
  {
    title: 'May moderation',
    heldOn: '2026-05-05',
    consensus: MAY,
    scores: {
      Ana: [...MAY],
      Ben: [4, 2, 2, 1, 3, 2, 3, 2],
      // Two levels off twice and one level once: exact 5/8, within one 5/8, severity +2/8.
      Cleo: [4, 1, 2, 3, 3, 3, 3, 4],
      Dev: middle(MAY),
    },
  },
];

interface Row {
  session: string;
  rater: Rater;
  sample: string;
  criterion: string;
  score: number;
  consensus: number;
}

/** The crafted ratings as rows (session = title). */
function rows(): Row[] {
  return SESSIONS.flatMap((s) =>
    RATERS.flatMap((rater) =>
      s.scores[rater].map((score, i) => ({
        session: s.title,
        rater,
        sample: SAMPLES[Math.floor(i / 2)]!,
        criterion: CRITERIA[i % 2]!,
        score,
        consensus: s.consensus[i]!,
      })),
    ),
  );
}

interface Expected {
  n: number;
  consensus: { n: number; exact: number; withinOne: number; severity: number };
  anchors: { n: number; exact: number | null; withinOne: number | null; severity: number | null };
  colleagues: { pairs: number; exact: number; withinOne: number };
  counts: number[];
}

/** The definitions, computed the long way over a set of rows of one rater. */
function expectedFor(all: Row[], mine: Row[]): Expected {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  const share = (xs: boolean[]) => mean(xs.map((x) => (x ? 1 : 0)));
  const cDiff = mine.map((r) => r.score - r.consensus);
  const anchored = mine.filter((r) => r.sample === 'S4');
  const aDiff = anchored.map((r) => r.score - ANCHOR[r.criterion as keyof typeof ANCHOR]);
  const pairs: number[] = [];
  for (const r of mine) {
    for (const o of all) {
      if (
        o.rater !== r.rater &&
        o.session === r.session &&
        o.sample === r.sample &&
        o.criterion === r.criterion
      ) {
        pairs.push(r.score - o.score);
      }
    }
  }
  return {
    n: mine.length,
    consensus: {
      n: cDiff.length,
      exact: share(cDiff.map((d) => d === 0))!,
      withinOne: share(cDiff.map((d) => Math.abs(d) <= 1))!,
      severity: mean(cDiff)!,
    },
    anchors: {
      n: aDiff.length,
      exact: share(aDiff.map((d) => d === 0)),
      withinOne: share(aDiff.map((d) => Math.abs(d) <= 1)),
      severity: mean(aDiff),
    },
    colleagues: {
      pairs: pairs.length,
      exact: share(pairs.map((d) => d === 0))!,
      withinOne: share(pairs.map((d) => Math.abs(d) <= 1))!,
    },
    counts: [1, 2, 3, 4].map((level) => mine.filter((r) => r.score === level).length),
  };
}

interface World {
  rubricVersionId: string;
  secondVersionId: string;
  sessionIds: Map<string, string>;
  people: Map<Rater, string>;
  laterSessionId: string;
}

function runSession(
  services: Services,
  world: { versionId: string; criterionIds: string[]; sampleIds: string[] },
  people: Map<Rater, string>,
  crafted: Crafted,
  finish: 'closed' | 'scoring' | 'second-round',
): string {
  const session = services.sessions.create({
    title: crafted.title,
    heldOn: crafted.heldOn,
    rubricVersionId: world.versionId,
    facilitatorId: null,
    options: {
      ...DEFAULT_SESSION_OPTIONS,
      randomizeOrder: false,
      rounds: finish === 'second-round' ? 2 : 1,
    },
    sampleIds: world.sampleIds,
    raterIds: RATERS.map((r) => people.get(r)!),
  });
  services.sessions.start(session.id, OWNER);
  const record = (rater: Rater, scores: number[]) =>
    scores.forEach((score, i) =>
      services.scoring.record(
        {
          sessionId: session.id,
          sampleId: world.sampleIds[Math.floor(i / 2)]!,
          criterionId: world.criterionIds[i % 2]!,
          score,
          note: '',
          raterId: people.get(rater)!,
        },
        OWNER,
      ),
    );
  for (const rater of RATERS) record(rater, crafted.scores[rater]);
  if (finish === 'scoring') return session.id;
  services.sessions.reveal(session.id, undefined, OWNER);
  crafted.consensus.forEach((score, i) =>
    services.discussion.recordConsensus(
      {
        sessionId: session.id,
        sampleId: world.sampleIds[Math.floor(i / 2)]!,
        criterionId: world.criterionIds[i % 2]!,
        score,
        rationale: 'agreed',
      },
      OWNER,
    ),
  );
  if (finish === 'second-round') {
    // After discussion Ana scores everything 1: round 2 must not count (drift is round 1, blind).
    services.sessions.startSecondRound(session.id, OWNER);
    record(
      'Ana',
      crafted.scores.Ana.map(() => 1),
    );
    services.sessions.reveal(session.id, undefined, OWNER);
  }
  services.sessions.close(session.id, OWNER);
  return session.id;
}

function build(services: Services, store: Store): World {
  const rubric = services.rubrics.create({
    title: 'Argument writing',
    description: '',
    gradeBandId: null,
    levels: FOUR_LEVELS,
    criteria: CRITERIA.map((name) => ({
      name,
      competencyId: null,
      descriptors: descriptorsFor(name),
    })),
  });
  const sampleIds = SAMPLES.map((code) => {
    const bytes = new TextEncoder().encode(`essay ${code}`);
    return services.samples.add({
      kind: 'text',
      file: { bytes, mediaType: 'text/plain' },
      original: { bytes, mediaType: 'text/plain', fileName: `${code}.txt` },
      studentName: `Student ${code}`,
    }).id;
  });
  store.samples.setAnchorScores(
    sampleIds[3]!,
    rubric.rubricId,
    rubric.criteria.map((c) => ({
      criterionKey: c.key,
      score: ANCHOR[c.name as keyof typeof ANCHOR],
      rationale: 'reference',
    })),
  );
  const people = new Map(
    RATERS.map((name) => [name, services.library.addPerson(name, ['rater']).id] as const),
  );
  const v1 = { versionId: rubric.id, criterionIds: rubric.criteria.map((c) => c.id), sampleIds };
  const sessionIds = new Map<string, string>();
  SESSIONS.forEach((s, i) =>
    sessionIds.set(
      s.title,
      runSession(services, v1, people, s, i === 2 ? 'second-round' : 'closed'),
    ),
  );
  // A session still being scored on version 1: not revealed, so not followed.
  runSession(
    services,
    v1,
    people,
    { ...SESSIONS[0]!, title: 'Still scoring', heldOn: '2026-06-01' },
    'scoring',
  );
  // Version 2 of the rubric and one session on it, where everybody scores 1.
  const v2 = services.rubrics.update(rubric.id, {
    title: 'Argument writing',
    description: 'Clearer claim descriptors',
    gradeBandId: null,
    levels: FOUR_LEVELS,
    criteria: CRITERIA.map((name) => ({
      name,
      competencyId: null,
      descriptors: { ...descriptorsFor(name), '4': `${name}, precise and qualified` },
    })),
  });
  const laterSessionId = runSession(
    services,
    { versionId: v2.id, criterionIds: v2.criteria.map((c) => c.id), sampleIds },
    people,
    {
      title: 'September moderation',
      heldOn: '2026-09-15',
      consensus: [2, 2, 2, 2, 2, 2, 2, 2],
      scores: { Ana: [1, 1, 1, 1, 1, 1, 1, 1], Ben: JAN, Cleo: MAR, Dev: MAY },
    },
    'closed',
  );
  return { rubricVersionId: rubric.id, secondVersionId: v2.id, sessionIds, people, laterSessionId };
}

let app: TempApp;
let world: World;
beforeEach(() => {
  app = openTempApp();
  world = build(app.services, app.store);
});
afterEach(() => app.dispose());

const raterOf = (report: DriftReport, personId: string) => {
  const found = report.raters.find((r) => r.rater === personId);
  if (!found) throw new Error(`rater ${personId} is not in the report`);
  return found;
};

describe('drift service: figures', () => {
  it('equal a computation from the definitions, per session and overall', () => {
    const { rubricVersionId, report } = app.services.drift.report(world.rubricVersionId);
    expect(rubricVersionId).toBe(world.rubricVersionId);
    expect(report.sessions.map((s) => s.label)).toEqual(SESSIONS.map((s) => s.title));
    expect(report.sessions.map((s) => s.id)).toEqual(
      SESSIONS.map((s) => world.sessionIds.get(s.title)),
    );
    expect(report.levels).toEqual([1, 2, 3, 4]);
    const all = rows();
    for (const rater of RATERS) {
      const got = raterOf(report, world.people.get(rater)!);
      expect(got.name).toBe(rater);
      const check = (actual: (typeof got)['overall'], want: Expected) => {
        expect(actual.n).toBe(want.n);
        expect(actual.consensus.n).toBe(want.consensus.n);
        expect(actual.consensus.exact).toBeCloseTo(want.consensus.exact, 12);
        expect(actual.consensus.withinOne).toBeCloseTo(want.consensus.withinOne, 12);
        expect(actual.consensus.severity).toBeCloseTo(want.consensus.severity, 12);
        expect(actual.anchors.n).toBe(want.anchors.n);
        expect(actual.anchors.exact).toBeCloseTo(want.anchors.exact!, 12);
        expect(actual.anchors.withinOne).toBeCloseTo(want.anchors.withinOne!, 12);
        expect(actual.anchors.severity).toBeCloseTo(want.anchors.severity!, 12);
        expect(actual.colleagues.pairs).toBe(want.colleagues.pairs);
        expect(actual.colleagues.exact).toBeCloseTo(want.colleagues.exact, 12);
        expect(actual.colleagues.withinOne).toBeCloseTo(want.colleagues.withinOne, 12);
        expect(actual.scaleUse.counts).toEqual(want.counts);
      };
      const mine = all.filter((r) => r.rater === rater);
      check(got.overall, expectedFor(all, mine));
      expect(got.sessions.map((s) => s.label)).toEqual(SESSIONS.map((s) => s.title));
      for (const s of got.sessions) {
        const inSession = all.filter((r) => r.session === s.label);
        check(
          s,
          expectedFor(
            inSession,
            mine.filter((r) => r.session === s.label),
          ),
        );
      }
      // Trend: least-squares slope of exact agreement with consensus over positions 0, 1, 2.
      const ys = got.sessions.map((s) => s.consensus.exact!);
      const my = ys.reduce((a, b) => a + b, 0) / 3;
      expect(got.trend.slope).toBeCloseTo(
        ((0 - 1) * (ys[0]! - my) + (2 - 1) * (ys[2]! - my)) / 2,
        12,
      );
    }
  });

  it('matches the hand reading of the harsh rater', () => {
    const ben = raterOf(app.services.drift.report().report, world.people.get('Ben')!);
    // January: 5 of 8 one below consensus; March 3 of 8; May 2 of 8.
    expect(ben.sessions.map((s) => s.consensus.exact)).toEqual([3 / 8, 5 / 8, 6 / 8]);
    expect(ben.sessions.map((s) => s.consensus.severity)).toEqual([-5 / 8, -3 / 8, -2 / 8]);
    expect(ben.overall.consensus.severity).toBeCloseTo(-10 / 24, 12);
    // Anchor S4 (reference 3, 3): Ben gave (2, 2), (2, 2), (3, 2): exact 1 of 6, -5/6 levels.
    expect(ben.overall.anchors.n).toBe(6);
    expect(ben.overall.anchors.exact).toBeCloseTo(1 / 6, 12);
    expect(ben.overall.anchors.severity).toBeCloseTo(-5 / 6, 12);
    // Rising exact agreement: 0.375, 0.625, 0.75 -> slope 0.1875 per session.
    expect(ben.trend.slope).toBeCloseTo(0.1875, 12);
  });

  it('counts only round 1 (blind) and only revealed sessions of the chosen version', () => {
    const { report } = app.services.drift.report(world.rubricVersionId);
    const ana = raterOf(report, world.people.get('Ana')!);
    // Ana's round 2 in May (all 1s) is ignored: her May figures are her blind, perfect ones.
    expect(ana.sessions[2]!.consensus.exact).toBe(1);
    expect(ana.sessions[2]!.n).toBe(8);
    expect(report.sessions).toHaveLength(3);
    expect(report.sessions.map((s) => s.id)).not.toContain(world.laterSessionId);
  });

  it('flags the rater who only uses the middle levels', () => {
    const { report } = app.services.drift.report();
    const flags = Object.fromEntries(
      RATERS.map((r) => [r, raterOf(report, world.people.get(r)!).middleOnly.flag]),
    );
    expect(flags).toEqual({ Ana: false, Ben: false, Cleo: false, Dev: true });
  });
});

describe('drift service: alerts', () => {
  const kinds = (report: DriftReport, rater: Rater, session: number) =>
    raterOf(report, world.people.get(rater)!)
      .sessions[session]!.alerts.map((a) => a.kind)
      .sort();

  it('raise each kind at the default thresholds as the data set was built to', () => {
    const { report } = app.services.drift.report();
    expect(report.thresholds).toEqual({
      exactWithConsensus: 0.7,
      withinOneWithConsensus: 0.9,
      meanSeverity: 0.5,
      declinePoints: 10,
    });
    // January: Ben 3/8 exact and 5/8 of a level harsh.
    expect(kinds(report, 'Ben', 0)).toEqual(['exact', 'severity']);
    expect(kinds(report, 'Ana', 0)).toEqual([]);
    // March: Ben 5/8 exact, 3/8 harsh (inside the limit), up from January.
    expect(kinds(report, 'Ben', 1)).toEqual(['exact']);
    // May: Cleo 5/8 exact and within one, 31.25 points below her earlier 93.75%.
    expect(kinds(report, 'Cleo', 2)).toEqual(['decline', 'exact', 'within-one']);
    // Dev 6/8 exact: above 70%, but 12.5 points below her earlier 7/8.
    expect(kinds(report, 'Dev', 2)).toEqual(['decline']);
    expect(kinds(report, 'Ana', 2)).toEqual([]);
    expect(kinds(report, 'Ben', 2)).toEqual([]);
    // A rater's current alerts are those of their latest session.
    const cleo = raterOf(report, world.people.get('Cleo')!);
    expect(cleo.alerts).toEqual(cleo.sessions[2]!.alerts);
    const decline = cleo.alerts.find((a) => a.kind === 'decline')!;
    expect(decline.value).toBeCloseTo(31.25, 9);
    expect(decline.message).toContain('Cleo');
    expect(decline.message).toContain('63%');
    expect(decline.message).toContain('94%');
    const severity = raterOf(report, world.people.get('Ben')!).sessions[0]!.alerts.find(
      (a) => a.kind === 'severity',
    )!;
    expect(severity.value).toBe(-5 / 8);
    expect(severity.message).toMatch(/Ben scored on average 0\.63 levels below consensus/);
  });

  it('follow the workspace thresholds, with the limits inclusive as documented', () => {
    const set = (change: Partial<DriftReport['thresholds']>) =>
      app.services.drift.setThresholds({ ...app.services.drift.thresholds(), ...change });
    set({ exactWithConsensus: 0.5 });
    let report = app.services.drift.report().report;
    expect(kinds(report, 'Ben', 0)).toEqual(['exact', 'severity']);
    expect(kinds(report, 'Ben', 1)).toEqual([]);
    expect(kinds(report, 'Cleo', 2)).toEqual(['decline', 'within-one']);

    // Severity alerts only beyond the limit: 0.625 is not beyond 0.625.
    set({ meanSeverity: 0.625 });
    report = app.services.drift.report().report;
    expect(kinds(report, 'Ben', 0)).toEqual(['exact']);
    set({ meanSeverity: 0.62 });
    expect(kinds(app.services.drift.report().report, 'Ben', 0)).toEqual(['exact', 'severity']);

    // A decline counts from the number of points on: 12.5 is enough for 12.5, not for 12.6.
    set({ declinePoints: 12.5 });
    expect(kinds(app.services.drift.report().report, 'Dev', 2)).toEqual(['decline']);
    set({ declinePoints: 12.6 });
    expect(kinds(app.services.drift.report().report, 'Dev', 2)).toEqual([]);

    set({ withinOneWithConsensus: 0.6 });
    expect(kinds(app.services.drift.report().report, 'Cleo', 2)).toEqual(['decline']);
  });
});

describe('drift service: fresh figures', () => {
  it('follow a change of anchors or a newly revealed session at once', () => {
    const before = app.services.drift.report(world.rubricVersionId).report;
    const ana = () =>
      raterOf(app.services.drift.report(world.rubricVersionId).report, world.people.get('Ana')!);
    expect(ana().overall.anchors.exact).toBeCloseTo(4 / 6, 12);
    // The anchor's Evidence reference moves from 3 to 2: Ana gave 2, 3, 2 on it.
    const rubric = app.services.rubrics.resolveVersion(world.rubricVersionId);
    app.store.samples.setAnchorScores(
      app.services.sessions.get(world.sessionIds.get('May moderation')!, OWNER).sampleIds[3]!,
      rubric.rubricId,
      rubric.criteria.map((c) => ({
        criterionKey: c.key,
        score: c.name === 'Claim' ? 3 : 2,
        rationale: 'moved',
      })),
    );
    expect(ana().overall.anchors.exact).toBeCloseTo(5 / 6, 12);

    // A fourth session on version 1, revealed with a consensus Ana never matches.
    const sampleIds = app.services.sessions.get(
      world.sessionIds.get('May moderation')!,
      OWNER,
    ).sampleIds;
    runSession(
      app.services,
      {
        versionId: world.rubricVersionId,
        criterionIds: rubric.criteria.map((c) => c.id),
        sampleIds,
      },
      world.people,
      {
        title: 'August moderation',
        heldOn: '2026-08-20',
        consensus: [1, 1, 1, 1, 1, 1, 1, 1],
        scores: { Ana: [4, 4, 4, 4, 4, 4, 4, 4], Ben: MAY, Cleo: MAY, Dev: MAY },
      },
      'closed',
    );
    const after = app.services.drift.report(world.rubricVersionId).report;
    expect(after.sessions).toHaveLength(before.sessions.length + 1);
    expect(ana().sessions[3]!.consensus.exact).toBe(0);
    expect(
      ana()
        .alerts.map((a) => a.kind)
        .sort(),
    ).toEqual(['decline', 'exact', 'severity', 'within-one']);
    expect(app.services.drift.rasch(world.rubricVersionId).result.nObservations).toBe(128);
  });
});

describe('drift service: held-back alerts and the history of alerts', () => {
  it('keeps every alert with its session and says why later ones were held back', async () => {
    const v1 = app.services.rubrics.resolveVersion(world.rubricVersionId);
    const v1Session = {
      versionId: world.rubricVersionId,
      criterionIds: v1.criteria.map((c) => c.id),
      sampleIds: app.services.sessions.get(world.sessionIds.get('May moderation')!, OWNER)
        .sampleIds,
    };
    const worse = [4, 4, 4, 4, 4, 4, 4, 4];
    // August: a consensus on only the first 3 of the 8 scores, all 1, where Ben gave 4.
    runSession(
      app.services,
      v1Session,
      world.people,
      {
        title: 'August moderation',
        heldOn: '2026-08-20',
        consensus: [1, 1, 1],
        scores: { Ana: MAY, Ben: worse, Cleo: MAY, Dev: MAY },
      },
      'closed',
    );
    // October: closed without any consensus.
    runSession(
      app.services,
      v1Session,
      world.people,
      {
        title: 'October moderation',
        heldOn: '2026-10-20',
        consensus: [],
        scores: { Ana: MAY, Ben: worse, Cleo: MAY, Dev: MAY },
      },
      'closed',
    );
    const answer = await dispatch(app.services, OWNER, 'drift.report', {
      rubricVersionId: world.rubricVersionId,
    });
    if (!answer.ok) throw new Error(answer.error.message);
    const { report } = answer.result as { report: DriftReport };
    expect(report.minRatings).toBe(5);
    const ben = raterOf(report, world.people.get('Ben')!);
    expect(ben.sessions.map((s) => s.label)).toEqual([
      'January moderation',
      'March moderation',
      'May moderation',
      'August moderation',
      'October moderation',
    ]);
    // Nothing raised in the latest session, and both quiet sessions say why.
    expect(ben.alerts).toEqual([]);
    const august = ben.sessions[3]!;
    expect(august.alerts).toEqual([]);
    // 0 of 3 exact, 0 within one, +3 levels, and 58 points below the earlier 7/12 (58%).
    expect(august.heldBack).toMatchObject({
      reason: 'few-ratings',
      kinds: ['exact', 'within-one', 'severity', 'decline'],
      compared: 3,
      needed: 5,
    });
    expect(august.heldBack!.message).toMatch(
      /^Ben in August moderation: 0% exact agreement with consensus is below 70%, .* but only 3 of the 8 scores have a consensus score — an alert needs at least 5$/,
    );
    expect(ben.sessions[4]!.heldBack).toMatchObject({ reason: 'no-consensus', compared: 0 });
    // January's exact and lean alerts and March's exact alert stay listed: the lean was back
    // within the limit in March, exact agreement in May.
    expect(
      ben.history.map((a) => [a.label, a.kind, a.status, a.resolvedIn?.label ?? null]),
    ).toEqual([
      ['January moderation', 'exact', 'resolved', 'May moderation'],
      ['January moderation', 'severity', 'resolved', 'March moderation'],
      ['March moderation', 'exact', 'resolved', 'May moderation'],
    ]);
    expect(ben.history[0]!.date).toBe('2026-01-20');
    expect(ben.history[0]!.message).toBe(ben.sessions[0]!.alerts[0]!.message);
    // Cleo's May alerts are no longer current, and no later session could check them.
    const cleo = raterOf(report, world.people.get('Cleo')!);
    expect(cleo.alerts).toEqual([]);
    expect(cleo.history.map((a) => [a.label, a.status])).toEqual([
      ['May moderation', 'earlier'],
      ['May moderation', 'earlier'],
      ['May moderation', 'earlier'],
    ]);
  });
});

describe('drift service: thresholds', () => {
  it('are kept in the workspace file and only there', () => {
    const chosen = {
      exactWithConsensus: 0.8,
      withinOneWithConsensus: 0.95,
      meanSeverity: 0.4,
      declinePoints: 15,
    };
    expect(app.services.drift.setThresholds(chosen)).toEqual(chosen);
    app.close();
    const again = openApp(app.path);
    const { dir, path } = app;
    app = {
      ...again,
      dir,
      path,
      dispose() {
        again.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
    expect(app.services.drift.thresholds()).toEqual(chosen);
    expect(app.services.drift.report().report.thresholds).toEqual(chosen);
    const other = openTempApp();
    try {
      expect(other.services.drift.thresholds()).toEqual({
        exactWithConsensus: 0.7,
        withinOneWithConsensus: 0.9,
        meanSeverity: 0.5,
        declinePoints: 10,
      });
    } finally {
      other.dispose();
    }
  });

  it('refuse values outside their range, naming the field, and keep the old ones', async () => {
    const before = app.services.drift.thresholds();
    const bad = [
      [{ exactWithConsensus: 1.5 }, 'exactWithConsensus'],
      [{ withinOneWithConsensus: -0.1 }, 'withinOneWithConsensus'],
      [{ meanSeverity: Number.NaN }, 'meanSeverity'],
      [{ declinePoints: 101 }, 'declinePoints'],
    ] as const;
    for (const [change, field] of bad) {
      const input = { ...before, ...change };
      expect(() => app.services.drift.setThresholds(input)).toThrow(ValidationError);
      expect(() => app.services.drift.setThresholds(input)).toThrow(field);
      const answer = await dispatch(app.services, OWNER, 'drift.setThresholds', input);
      expect(answer.ok).toBe(false);
      if (!answer.ok) {
        expect(answer.error.code).toBe('invalid_input');
        expect(answer.error.message).toContain(field);
      }
    }
    expect(app.services.drift.thresholds()).toEqual(before);
  });
});

describe('drift service: rubric versions', () => {
  it('lists each version with its revealed sessions and never mixes them', () => {
    const versions = app.services.drift.versions();
    expect(
      versions
        .map((v) => [v.rubricVersionId, v.version, v.sessions])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual(
      [
        [world.rubricVersionId, 1, 3],
        [world.secondVersionId, 2, 1],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    // Without a choice: the version with the most sessions.
    expect(app.services.drift.report().rubricVersionId).toBe(world.rubricVersionId);
    const later = app.services.drift.report(world.secondVersionId);
    expect(later.report.sessions.map((s) => s.id)).toEqual([world.laterSessionId]);
    const ana = raterOf(later.report, world.people.get('Ana')!);
    expect(ana.overall.n).toBe(8);
    expect(ana.overall.consensus.severity).toBe(-1);
    // The anchor's reference scores follow the rubric's criteria into version 2.
    expect(ana.overall.anchors.n).toBe(2);
    expect(() => app.services.drift.report('no-such-version')).toThrow(/No revealed session/);
  });

  it('estimates Rasch over the chosen version only, one examinee per sample and session', () => {
    const { rubricVersionId, result } = app.services.drift.rasch(world.rubricVersionId);
    expect(rubricVersionId).toBe(world.rubricVersionId);
    // 3 sessions x 4 raters x 4 samples x 2 criteria, round 1 only.
    expect(result.nObservations).toBe(96);
    expect(result.examinees.elements).toHaveLength(12);
    expect(result.raters.elements.map((e) => e.id).sort()).toEqual(
      [...world.people.values()].sort(),
    );
    // Ben is the harshest rater, in logits too (higher measure = harsher).
    const measure = (r: Rater) =>
      result.raters.elements.find((e) => e.id === world.people.get(r))!.measure;
    expect(Math.max(...RATERS.map(measure))).toBe(measure('Ben'));
    expect(app.services.drift.rasch(world.secondVersionId).result.nObservations).toBe(32);
  });

  it('answers the owner only', async () => {
    const sessionId = world.sessionIds.get('May moderation')!;
    const rater = { role: 'rater' as const, sessionId, personId: world.people.get('Ana')! };
    for (const method of [
      'drift.report',
      'drift.versions',
      'drift.thresholds',
      'rasch.estimate',
    ] as const) {
      const answer = await dispatch(app.services, rater, method, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const owner = await dispatch(app.services, OWNER, 'drift.report', {});
    expect(owner.ok).toBe(true);
  });
});
