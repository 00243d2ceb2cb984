// Rater monitoring on tiny inputs computed by hand (working in the comments).
//
// Levels 1-4. Session S1 (September), round 1:
//   unit   A  B  C   consensus   anchor ref (sample y is an anchor)
//   x/E    3  3  2   3
//   x/R    2  3  2   2
//   y/E    4  2  3   3           4
//   y/R    1  1  1   1           1
// Session S2 (October):
//   z/E    2  4      2
//   z/R    3  4      3
//   w/E    1  3      1
//   w/R    2  2      2
// plus a round-2 rating in S1 (x/E by A = 1) that the default (round 1) ignores.
import { describe, expect, it } from 'vitest';
import {
  computeAgreementReport,
  computeDrift,
  consensusConfusion,
  leastSquaresSlope,
  pairConfusion,
  raterLean,
  sampleSizeWarnings,
  sampleSpread,
  sessionReading,
  severityGrid,
} from '../../src-main/stats/index.js';
import type { MonitorRating, SessionRating } from '../../src-main/stats/index.js';

const LEVELS = [1, 2, 3, 4];
const NAMES = { E: 'Evidence', R: 'Reasoning' };

function rows(session: string, table: [string, string, Record<string, number>][]): MonitorRating[] {
  return table.flatMap(([sample, criterion, byRater]) =>
    Object.entries(byRater).map(([rater, score]) => ({ session, sample, criterion, rater, score })),
  );
}

const S1 = rows('S1', [
  ['x', 'E', { A: 3, B: 3, C: 2 }],
  ['x', 'R', { A: 2, B: 3, C: 2 }],
  ['y', 'E', { A: 4, B: 2, C: 3 }],
  ['y', 'R', { A: 1, B: 1, C: 1 }],
]);
const S2 = rows('S2', [
  ['z', 'E', { A: 2, B: 4 }],
  ['z', 'R', { A: 3, B: 4 }],
  ['w', 'E', { A: 1, B: 3 }],
  ['w', 'R', { A: 2, B: 2 }],
]);
const CONSENSUS = [
  { session: 'S1', sample: 'x', criterion: 'E', score: 3 },
  { session: 'S1', sample: 'x', criterion: 'R', score: 2 },
  { session: 'S1', sample: 'y', criterion: 'E', score: 3 },
  { session: 'S1', sample: 'y', criterion: 'R', score: 1 },
  { session: 'S2', sample: 'z', criterion: 'E', score: 2 },
  { session: 'S2', sample: 'z', criterion: 'R', score: 3 },
  { session: 'S2', sample: 'w', criterion: 'E', score: 1 },
  { session: 'S2', sample: 'w', criterion: 'R', score: 2 },
];
const ANCHORS = [
  { sample: 'y', criterion: 'E', score: 4, rationale: 'Cites three sources' },
  { sample: 'y', criterion: 'R', score: 1 },
];
const SESSIONS = [
  { id: 'S2', date: '2026-10-08', label: 'October' },
  { id: 'S1', date: '2026-09-10', label: 'September' },
];
const INPUT = {
  ratings: [
    ...S1,
    ...S2,
    { session: 'S1', round: 2, sample: 'x', criterion: 'E', rater: 'A', score: 1 },
  ],
  consensus: CONSENSUS,
  anchors: ANCHORS,
  sessions: SESSIONS,
  levels: LEVELS,
};

describe('computeDrift: per rater per session', () => {
  const d = computeDrift(INPUT, { minRatings: 4 });
  const A = d.raters.find((r) => r.rater === 'A')!;
  const B = d.raters.find((r) => r.rater === 'B')!;
  const C = d.raters.find((r) => r.rater === 'C')!;

  it('orders sessions by date and labels them', () => {
    expect(d.sessions.map((s) => s.id)).toEqual(['S1', 'S2']);
    expect(A.sessions.map((s) => s.label)).toEqual(['September', 'October']);
  });

  it('accuracy against consensus (round 1 only)', () => {
    // A in S1: differences 0, 0, +1, 0 -> exact 3/4, within one 4/4, severity +1/4.
    expect(A.sessions[0]!.consensus).toEqual({ n: 4, exact: 0.75, withinOne: 1, severity: 0.25 });
    // C in S1: -1, 0, 0, 0 -> exact 3/4, within 1, severity -0.25 (harsher).
    expect(C.sessions[0]!.consensus).toEqual({ n: 4, exact: 0.75, withinOne: 1, severity: -0.25 });
    // B in S2: +2, +1, +2, 0 -> exact 1/4, within 2/4, severity 5/4.
    expect(B.sessions[1]!.consensus).toEqual({ n: 4, exact: 0.25, withinOne: 0.5, severity: 1.25 });
    // Overall A: S1 + S2 (S2 all exact): 7/8 exact, 8/8 within, severity 1/8.
    expect(A.overall.consensus).toEqual({ n: 8, exact: 0.875, withinOne: 1, severity: 0.125 });
  });

  it('accuracy against anchors, apart from consensus', () => {
    // A on y: E 4 vs 4, R 1 vs 1 -> 2/2 exact. B on y: E 2 vs 4 (-2), R 1 vs 1.
    expect(A.sessions[0]!.anchors).toEqual({ n: 2, exact: 1, withinOne: 1, severity: 0 });
    expect(B.sessions[0]!.anchors).toEqual({ n: 2, exact: 0.5, withinOne: 0.5, severity: -1 });
    expect(A.sessions[1]!.anchors.n).toBe(0);
    expect(A.sessions[1]!.anchors.exact).toBeNull();
  });

  it('agreement with colleagues equals the engine severity block', () => {
    // A in S1: x/E others 3 (=), 2 (adj); x/R 3 (adj), 2 (=); y/E 2 (2 apart), 3 (adj);
    // y/R 1, 1 (=, =) -> 8 pairs, exact 4, within one 7.
    expect(A.sessions[0]!.colleagues).toEqual({ pairs: 8, exact: 0.5, withinOne: 7 / 8 });
    const report = computeAgreementReport(
      S1.map((r) => ({ sample: r.sample, rater: r.rater, criterion: r.criterion, score: r.score })),
      { levels: LEVELS, stats: ['severity'] },
    );
    const eng = report.criteria.__pooled__!.statistics.severity!.per_rater;
    for (const r of [A, B, C]) {
      expect(r.sessions[0]!.colleagues.exact).toBeCloseTo(
        eng[r.rater]!.exact_with_others.value!,
        12,
      );
      expect(r.sessions[0]!.colleagues.withinOne).toBeCloseTo(
        eng[r.rater]!.adjacent_with_others.value!,
        12,
      );
    }
  });

  it('scale use per level', () => {
    // A in S1 gave 3, 2, 4, 1: one rating at each level.
    expect(A.sessions[0]!.scaleUse).toEqual({
      counts: [1, 1, 1, 1],
      shares: [0.25, 0.25, 0.25, 0.25],
    });
    // C in S1 gave 2, 2, 3, 1.
    expect(C.sessions[0]!.scaleUse.counts).toEqual([1, 2, 1, 0]);
  });

  it('trend: least-squares slope of exact agreement over session order', () => {
    // A: (0, 0.75), (1, 1.0) -> +0.25 per session; B: (0, 0.5), (1, 0.25) -> -0.25.
    expect(A.trend).toEqual({ slope: 0.25, sessions: 2 });
    expect(B.trend).toEqual({ slope: -0.25, sessions: 2 });
    // Three points (0, 1), (1, 3), (2, 2): mean x 1, mean y 2, Sxy = (-1)(-1) + 0 + (1)(0) = 1,
    // Sxx = 2 -> 0.5.
    expect(leastSquaresSlope([0, 1, 2], [1, 3, 2])).toBe(0.5);
    expect(C.trend.slope).toBeNull();
  });

  it('alerts with plain-language sentences (default thresholds)', () => {
    expect(B.alerts.map((a) => a.kind)).toEqual(['exact', 'within-one', 'severity', 'decline']);
    expect(B.alerts.map((a) => a.message)).toEqual([
      'B agreed exactly with consensus on 25% of scores in October (team threshold 70%)',
      'B was within one level of consensus on 50% of scores in October (team threshold 90%)',
      'B scored on average 1.25 levels above consensus in October (more lenient; team limit 0.5 levels)',
      "B's exact agreement with consensus fell to 25% in October, 25 points below their earlier average of 50%",
    ]);
    // S1: B exact 50% < 70%; no earlier session, so no decline.
    expect(B.sessions[0]!.alerts.map((a) => a.kind)).toEqual(['exact']);
    expect(A.alerts).toEqual([]);
  });

  it('no alert below the minimum number of ratings (default 5), but a note saying why', () => {
    const dd = computeDrift(INPUT);
    const b = dd.raters.find((r) => r.rater === 'B')!;
    expect(b.alerts).toEqual([]);
    expect(dd.minRatings).toBe(5);
    // S1: B exact 2/4 = 50% < 70%, within one 4/4, lean 0: only the exact alert is held back.
    expect(b.sessions[0]!.heldBack).toEqual({
      rater: 'B',
      session: 'S1',
      reason: 'few-ratings',
      kinds: ['exact'],
      compared: 4,
      needed: 5,
      message:
        'B in September: 50% exact agreement with consensus is below 70%, but only 4 scores — ' +
        'an alert needs at least 5',
    });
    // S2: three thresholds crossed; no decline, since S1 was too small to be a baseline.
    expect(b.sessions[1]!.heldBack!.kinds).toEqual(['exact', 'within-one', 'severity']);
    expect(b.sessions[1]!.heldBack!.message).toBe(
      'B in October: 25% exact agreement with consensus is below 70%, 50% within one level of ' +
        'consensus is below 90% and an average of 1.25 levels above consensus (more lenient) is ' +
        'beyond the limit of 0.5 levels, but only 4 scores — an alert needs at least 5',
    );
    // A in S1 (75%, 100%, +0.25) crosses nothing: nothing was held back, so no note.
    expect(dd.raters.find((r) => r.rater === 'A')!.sessions[0]!.heldBack).toBeNull();
    // With enough ratings the alert is raised and no note is left.
    expect(d.raters.find((r) => r.rater === 'B')!.sessions[0]!.heldBack).toBeNull();
  });

  it('custom thresholds and display names', () => {
    const dd = computeDrift(
      { ...INPUT, raterNames: { A: 'Marcus' } },
      { minRatings: 4, thresholds: { exactWithConsensus: 0.8, meanSeverity: 0.2 } },
    );
    const a = dd.raters.find((r) => r.rater === 'A')!;
    // S1: 75% < 80%; severity +0.25 > 0.2.
    expect(a.sessions[0]!.alerts.map((x) => x.message)).toEqual([
      'Marcus agreed exactly with consensus on 75% of scores in September (team threshold 80%)',
      'Marcus scored on average 0.25 levels above consensus in September (more lenient; team limit 0.2 levels)',
    ]);
    expect(dd.thresholds).toEqual({
      exactWithConsensus: 0.8,
      withinOneWithConsensus: 0.9,
      meanSeverity: 0.2,
      declinePoints: 10,
    });
  });

  it('round null counts every round', () => {
    const dd = computeDrift(INPUT, { round: null, minRatings: 4 });
    // A in S1 now also has the round-2 rating x/E = 1 vs consensus 3: 5 ratings, exact 3/5.
    expect(dd.raters.find((r) => r.rater === 'A')!.sessions[0]!.consensus.n).toBe(5);
  });

  it('refuses a score outside the scale and an unknown session', () => {
    expect(() => computeDrift({ ...INPUT, ratings: [{ ...S1[0]!, score: 7 }] })).toThrow(
      /not a level/,
    );
    expect(() => computeDrift({ ...INPUT, ratings: [{ ...S1[0]!, session: 'S9' }] })).toThrow(
      /not listed/,
    );
  });
});

describe('computeDrift: decline rule and middle-only flag', () => {
  /** One session: rater D and colleague K on `n` samples; D exact on the first `exact`. */
  function session(id: string, exact: number, n = 10): MonitorRating[] {
    const out: MonitorRating[] = [];
    for (let i = 0; i < n; i++) {
      out.push({
        session: id,
        sample: `${id}-${i}`,
        criterion: 'E',
        rater: 'D',
        score: i < exact ? 2 : 3,
      });
      out.push({ session: id, sample: `${id}-${i}`, criterion: 'E', rater: 'K', score: 2 });
    }
    return out;
  }
  const consensusOf = (ratings: MonitorRating[]) =>
    ratings
      .filter((r) => r.rater === 'K')
      .map((r) => ({ session: r.session, sample: r.sample, criterion: 'E', score: 2 }));
  const sessions = [
    { id: 'T1', date: '2026-01-10' },
    { id: 'T2', date: '2026-02-10' },
    { id: 'T3', date: '2026-03-10' },
  ];

  it('decline = latest at least 10 points below the mean of earlier sessions', () => {
    // 80%, 80%, then 70%: earlier mean 80%, drop exactly 10 points -> alert; 70% is not below
    // the 70% threshold -> no exact alert.
    const ratings = [...session('T1', 8), ...session('T2', 8), ...session('T3', 7)];
    const d = computeDrift({ ratings, consensus: consensusOf(ratings), sessions, levels: LEVELS });
    const D = d.raters.find((r) => r.rater === 'D')!;
    expect(D.alerts.map((a) => a.kind)).toEqual(['decline']);
    expect(D.alerts[0]!.message).toBe(
      "D's exact agreement with consensus fell to 70% in March 2026, 10 points below their earlier average of 80%",
    );
    // 90%, 70%, then 71%... with n = 100: 90, 70 -> mean 80; 71 -> drop 9 points: no decline.
    const r2 = [...session('T1', 90, 100), ...session('T2', 70, 100), ...session('T3', 71, 100)];
    const d2 = computeDrift({ ratings: r2, consensus: consensusOf(r2), sessions, levels: LEVELS });
    expect(d2.raters.find((r) => r.rater === 'D')!.alerts.map((a) => a.kind)).toEqual([]);
  });

  it('middle-only: never the lowest nor the highest level over 20+ ratings while colleagues use both', () => {
    const ratings: MonitorRating[] = [];
    for (let i = 0; i < 24; i++) {
      ratings.push({
        session: 'T1',
        sample: `s${i}`,
        criterion: 'E',
        rater: 'M',
        score: 2 + (i % 2),
      });
      ratings.push({
        session: 'T1',
        sample: `s${i}`,
        criterion: 'E',
        rater: 'N',
        score: 1 + (i % 4),
      });
    }
    const d = computeDrift({ ratings, sessions, levels: LEVELS });
    const M = d.raters.find((r) => r.rater === 'M')!;
    expect(M.middleOnly).toEqual({ flag: true, avoidsLowest: true, avoidsHighest: true, n: 24 });
    expect(d.raters.find((r) => r.rater === 'N')!.middleOnly.flag).toBe(false);
    // Colleague never uses 4 either: M avoids only the lowest relative to colleagues.
    const capped = ratings.map((r) => (r.rater === 'N' && r.score === 4 ? { ...r, score: 3 } : r));
    const d2 = computeDrift({ ratings: capped, sessions, levels: LEVELS });
    expect(d2.raters.find((r) => r.rater === 'M')!.middleOnly).toEqual({
      flag: false,
      avoidsLowest: true,
      avoidsHighest: false,
      n: 24,
    });
    // Below 20 ratings: no flag.
    const few = ratings.filter((r) => Number(r.sample.slice(1)) < 19);
    expect(
      computeDrift({ ratings: few, sessions, levels: LEVELS }).raters[0]!.middleOnly.flag,
    ).toBe(false);
  });
});

describe('computeDrift: held-back alerts and the history of alerts', () => {
  /** Rater D and colleague K on `n` samples; D exact on the first `exact`, one level up after. */
  function session(id: string, exact: number, n = 10): MonitorRating[] {
    return Array.from({ length: n }, (_, i) => [
      { session: id, sample: `${id}-${i}`, criterion: 'E', rater: 'D', score: i < exact ? 2 : 3 },
      { session: id, sample: `${id}-${i}`, criterion: 'E', rater: 'K', score: 2 },
    ]).flat();
  }
  /** The consensus (2) of the first `upTo` samples of each listed session. */
  const consensusOf = (ratings: MonitorRating[], upTo = Infinity) =>
    ratings
      .filter((r) => r.rater === 'K' && Number(r.sample.split('-')[1]) < upTo)
      .map((r) => ({ session: r.session, sample: r.sample, criterion: 'E', score: 2 }));
  const sessions = [
    { id: 'T1', date: '2026-01-10' },
    { id: 'T2', date: '2026-02-10' },
    { id: 'T3', date: '2026-03-10' },
  ];
  const drift = (ratings: MonitorRating[], consensus = consensusOf(ratings)) =>
    computeDrift({ ratings, consensus, sessions, levels: LEVELS }).raters.find(
      (r) => r.rater === 'D',
    )!;

  it('an alert stays listed, resolved, when the latest session is too small to check', () => {
    // T1 5/10 exact (alert), T2 9/10 (fine), T3 1 of 3 exact: every alert of T3 held back.
    const D = drift([...session('T1', 5), ...session('T2', 9), ...session('T3', 1, 3)]);
    expect(D.alerts).toEqual([]);
    // T3: exact 1/3 = 33%; lean +2/3 = 0.67 levels; earlier mean (50% + 90%) / 2 = 70%, so a
    // fall of 36.7 -> 37 points. Within one: every score is one level from consensus -> 100%.
    expect(D.sessions[2]!.heldBack).toMatchObject({
      reason: 'few-ratings',
      kinds: ['exact', 'severity', 'decline'],
      compared: 3,
      needed: 5,
    });
    expect(D.sessions[2]!.heldBack!.message).toBe(
      'D in March 2026: 33% exact agreement with consensus is below 70%, an average of 0.67 ' +
        'levels above consensus (more lenient) is beyond the limit of 0.5 levels and exact ' +
        'agreement with consensus is 37 points below the earlier average of 70%, but only 3 ' +
        'scores — an alert needs at least 5',
    );
    expect(D.history).toEqual([
      {
        ...D.sessions[0]!.alerts[0]!,
        date: '2026-01-10',
        label: 'January 2026',
        status: 'resolved',
        resolvedIn: { session: 'T2', date: '2026-02-10', label: 'February 2026' },
        cameBackIn: null,
      },
    ]);
    expect(D.history[0]!.kind).toBe('exact');
  });

  it('an earlier alert not checked since is "earlier", not resolved', () => {
    const D = drift([...session('T1', 5), ...session('T2', 1, 3)]);
    expect(D.history.map((a) => [a.session, a.kind, a.status, a.resolvedIn, a.cameBackIn])).toEqual(
      [['T1', 'exact', 'earlier', null, null]],
    );
  });

  it('an alert that came back is "earlier"; the latest session’s are "current"', () => {
    // T1 5/10, T2 9/10, T3 6/10: exact again in T3, and a fall of 10 points from 70%.
    const D = drift([...session('T1', 5), ...session('T2', 9), ...session('T3', 6)]);
    expect(D.history.map((a) => [a.session, a.kind, a.status, a.cameBackIn?.session])).toEqual([
      ['T1', 'exact', 'earlier', 'T3'],
      ['T3', 'exact', 'current', undefined],
      ['T3', 'decline', 'current', undefined],
    ]);
    expect(D.alerts.map((a) => a.kind)).toEqual(['exact', 'decline']);
    expect(D.sessions.map((s) => s.heldBack)).toEqual([null, null, null]);
  });

  it('each kind resolves on its own', () => {
    // T1 3/10: exact 30% and lean +0.7 (both alerts); T2 6/10: exact 60% (alert), lean +0.4.
    const D = drift([...session('T1', 3), ...session('T2', 6)]);
    expect(D.history.map((a) => [a.session, a.kind, a.status, a.resolvedIn?.session])).toEqual([
      ['T1', 'exact', 'earlier', undefined],
      ['T1', 'severity', 'resolved', 'T2'],
      ['T2', 'exact', 'current', undefined],
    ]);
  });

  it('says when nothing could be checked for want of consensus scores', () => {
    const ratings = [...session('T1', 5), ...session('T2', 5)];
    const D = drift(
      ratings,
      consensusOf(ratings).filter((c) => c.session === 'T1'),
    );
    expect(D.alerts).toEqual([]);
    expect(D.sessions[1]!.heldBack).toEqual({
      rater: 'D',
      session: 'T2',
      reason: 'no-consensus',
      kinds: [],
      compared: 0,
      needed: 5,
      message:
        'D in February 2026: none of the 10 scores has a consensus score to compare with, so ' +
        'no alert could be checked',
    });
    expect(D.history.map((a) => [a.session, a.status])).toEqual([['T1', 'earlier']]);
  });

  it('counts only the scores with a consensus, and says so', () => {
    // Consensus on 3 of D's 10 samples in T1, all three one level off.
    const ratings = session('T1', 0);
    const D = drift(ratings, consensusOf(ratings, 3));
    expect(D.sessions[0]!.heldBack!.message).toMatch(
      /, but only 3 of the 10 scores have a consensus score — an alert needs at least 5$/,
    );
  });
});

describe('one session: matrices, grid, spread, reading, warnings', () => {
  const s1: SessionRating[] = S1.map((r) => ({
    sample: r.sample,
    rater: r.rater,
    criterion: r.criterion,
    score: r.score,
  }));
  const cons = CONSENSUS.filter((c) => c.session === 'S1');

  it('pair confusion matrix (symmetric, pairs counted once per cell)', () => {
    // E: x gives pairs (3,3), (3,2), (3,2); y gives (4,2), (4,3), (2,3).
    // Index = level - 1: [2][2] = 1; [1][2] = [2][1] = 3; [1][3] = [3][1] = 1; [2][3] = [3][2] = 1.
    expect(pairConfusion(s1, LEVELS).E).toEqual([
      [0, 0, 0, 0],
      [0, 0, 3, 1],
      [0, 3, 1, 1],
      [0, 1, 1, 0],
    ]);
    // R: x (2,3), (2,2), (3,2); y (1,1) x 3.
    expect(pairConfusion(s1, LEVELS).R).toEqual([
      [3, 0, 0, 0],
      [0, 1, 2, 0],
      [0, 2, 0, 0],
      [0, 0, 0, 0],
    ]);
  });

  it('rater vs consensus confusion matrix', () => {
    // E: consensus 3 on x (A 3, B 3, C 2) and on y (A 4, B 2, C 3): rows = rater level.
    expect(consensusConfusion(s1, cons, LEVELS).E).toEqual([
      [0, 0, 0, 0],
      [0, 0, 2, 0],
      [0, 0, 3, 0],
      [0, 0, 1, 0],
    ]);
  });

  it('rater x criterion severity grid and where a rater leans', () => {
    const g = severityGrid(s1, cons, LEVELS);
    expect(g.raters).toEqual(['A', 'B', 'C']);
    expect(g.criteria).toEqual(['E', 'R']);
    // A/E vs consensus: (3-3 + 4-3) / 2 = 0.5; A/R: (2-2 + 1-1) / 2 = 0.
    expect(g.vsConsensus[0]).toEqual([0.5, 0]);
    // A/E vs others: x 3 - (3+2)/2 = 0.5; y 4 - (2+3)/2 = 1.5 -> 1.0.
    expect(g.vsOthers[0]![0]).toBe(1);
    // B/E: x 3-3 = 0, y 2-3 = -1 -> -0.5.
    expect(g.vsConsensus[1]![0]).toBe(-0.5);
    expect(g.n[0]).toEqual([2, 2]);
    expect(raterLean(g, 'A', { criterionNames: NAMES }).message).toBe(
      'You tend to score higher than the consensus on Evidence (+0.5 levels on average).',
    );
    expect(raterLean(g, 'B', { criterionNames: NAMES }).message).toBe(
      'You tend to score lower than the consensus on Evidence (-0.5 levels on average).',
    );
    // C: E (2-3 + 3-3)/2 = -0.5; R 0 -> leans lower on Evidence. With minLean 0.6: in line.
    expect(raterLean(g, 'C', { minLean: 0.6 }).message).toBe(
      'You score in line with the consensus.',
    );
  });

  it('per-sample spread', () => {
    const sp = sampleSpread(s1);
    const xe = sp.find((s) => s.sample === 'x' && s.criterion === 'E')!;
    // 3, 3, 2: mean 8/3; squared deviations 1/9 + 1/9 + 4/9 = 6/9; / (3 - 1) = 1/3.
    expect(xe.n).toBe(3);
    expect(xe.mean).toBeCloseTo(8 / 3, 12);
    expect(xe.sd).toBeCloseTo(Math.sqrt(1 / 3), 12);
    expect([xe.min, xe.max, xe.range]).toEqual([2, 3, 1]);
    const yr = sp.find((s) => s.sample === 'y' && s.criterion === 'R')!;
    expect(yr.sd).toBe(0);
  });

  it('one-line reading and the too-few-samples warning', () => {
    const report = computeAgreementReport(s1, {
      levels: LEVELS,
      stats: ['exact_agreement', 'adjacent_agreement'],
    });
    // Pooled pairs: x/E 1 of 3 identical, x/R 1 of 3, y/E 0 of 3, y/R 3 of 3 -> 5/12 = 0.417 -> 4 of
    // 10. Within one: 3 + 3 + 2 + 3 = 11/12; one level apart 6/12 > two or more 1/12. Lowest
    // exact criterion: E (1/6) vs R (4/6).
    expect(sessionReading(report, { criterionNames: NAMES })).toBe(
      'You agree exactly on 4 of 10 scores; most disagreements are one level apart on Evidence',
    );
    const single = computeAgreementReport(
      s1.filter((r) => r.criterion === 'R'),
      { levels: LEVELS, stats: ['exact_agreement', 'adjacent_agreement'] },
    );
    // R alone: 4 of 6 pairs identical -> 0.667 -> 7 of 10; no criterion named.
    expect(sessionReading(single)).toBe(
      'You agree exactly on 7 of 10 scores; most disagreements are one level apart',
    );
    const w = sampleSizeWarnings(report, { criterionNames: NAMES });
    expect(w.map((x) => x.criterion)).toEqual(['E', 'R']);
    expect(w[0]!.message).toBe(
      'Only 2 samples of Evidence were scored by two or more raters: the agreement figures are not stable yet (at least 10 needed).',
    );
    expect(sampleSizeWarnings(report, { minSamples: 2 })).toEqual([]);
  });
});
