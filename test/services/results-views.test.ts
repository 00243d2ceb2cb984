// The results screen's derived figures (charts, one-line reading, warnings, a rater's own view)
// on a small session worked out by hand, and who may read what.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { Actor } from '../../src-main/domain/actor.js';
import type { ScoringFixture, TempApp } from '../helpers/workspace.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';

const OWNER: Actor = { role: 'owner' };

let app: TempApp;
let f: ScoringFixture;

// [sample][criterion] -> scores of Ana, Ben, Cleo (levels 1..4).
const SCORES = [
  [
    [2, 2, 3], // first essay, Claim
    [1, 2, 4], // first essay, Evidence
  ],
  [
    [3, 3, 3], // second essay, Claim
    [2, 2, 3], // second essay, Evidence
  ],
];
const CONSENSUS = [
  [2, 2],
  [3, 2],
];

function scoreAll(shift = 0): void {
  for (const [s, byCriterion] of SCORES.entries()) {
    for (const [c, byRater] of byCriterion.entries()) {
      for (const [r, score] of byRater.entries()) {
        app.services.scoring.record(
          {
            sessionId: f.sessionId,
            sampleId: f.sampleIds[s]!,
            criterionId: f.criterionIds[c]!,
            score: Math.min(4, score + shift),
            note: '',
            raterId: f.raterIds[r]!,
          },
          OWNER,
        );
      }
    }
  }
}

function revealWithConsensus(): void {
  app.services.sessions.reveal(f.sessionId, undefined, OWNER);
  for (const [s, byCriterion] of CONSENSUS.entries()) {
    for (const [c, score] of byCriterion.entries()) {
      app.services.discussion.recordConsensus(
        {
          sessionId: f.sessionId,
          sampleId: f.sampleIds[s]!,
          criterionId: f.criterionIds[c]!,
          score,
          rationale: 'agreed',
        },
        OWNER,
      );
    }
  }
}

/** The second essay is an anchor: reference 4 on Claim, 2 on Evidence. */
function anchorSecondEssay(): void {
  const version = app.store.rubrics.getVersion(f.rubricVersionId)!;
  app.services.samples.setAnchor({
    sampleId: f.sampleIds[1]!,
    rubricId: version.rubricId,
    scores: [
      { criterionKey: version.criteria[0]!.key, score: 4, rationale: 'a precise claim' },
      { criterionKey: version.criteria[1]!.key, score: 2, rationale: 'thin evidence' },
    ],
  });
}

const rater = (i: number): Actor => ({
  role: 'rater',
  sessionId: f.sessionId,
  personId: f.raterIds[i]!,
});

beforeEach(() => {
  app = openTempApp();
  f = scoringFixture(app.services);
});
afterEach(() => app.dispose());

describe('results reading and warnings', () => {
  it('reads the pooled agreement in words and warns about too few samples', async () => {
    scoreAll();
    revealWithConsensus();
    const [round] = (await app.services.results.session(f.sessionId, OWNER)).rounds;
    // 12 rater pairs over 4 (sample, criterion) units: 5 identical, 10 within one level;
    // Evidence has the lowest exact agreement (1 of 6 pairs against 4 of 6 on Claim).
    expect(round!.reading).toBe(
      'You agree exactly on 4 of 10 scores; most disagreements are one level apart on Evidence',
    );
    // Both criteria rest on the same 2 samples: the caution is said once, for every criterion.
    expect(round!.warnings).toEqual([
      {
        criteria: ['Claim', 'Evidence'],
        samples: 2,
        message:
          'Only 2 samples were scored by two or more raters on each criterion: the agreement figures are not stable yet (at least 10 needed).',
      },
    ]);
  });

  it('gives one verdict per criterion from alpha, and says which ICC is shown', async () => {
    scoreAll();
    revealWithConsensus();
    const results = await app.services.results.session(f.sessionId, OWNER);
    const [round] = results.rounds;
    expect(Object.keys(round!.verdicts).sort()).toEqual(['Claim', 'Evidence', '__pooled__']);
    for (const [key, verdict] of Object.entries(round!.verdicts)) {
      const alpha = round!.report.criteria[key]!.statistics.krippendorff_alpha!.ordinal;
      const band =
        alpha.value! >= 0.8 ? 'reliable' : alpha.value! >= 0.667 ? 'tentative' : 'unreliable';
      expect(verdict.level, key).toBe(band);
      // Two decimals (three only where rounding would cross a band).
      expect(Math.abs(Number(verdict.value) - alpha.value!)).toBeLessThanOrEqual(0.005 + 1e-12);
    }
    expect(results.scheme.icc.form).toBe('agreement_single');
    expect(results.scheme.rangeMinSamples).toBe(5);
    // The ICC travels with the figures, with its F-interval where it is defined.
    const icc = round!.report.criteria['__pooled__']!.statistics.icc!.agreement_single;
    expect(icc.defined).toBe(true);
    expect(icc.ci95_lower).toBeLessThan(icc.value!);
  });

  it('tells the screen whether the session hides rater names', async () => {
    const results = await app.services.results.session(f.sessionId, OWNER);
    expect(results.namesHidden).toBe(true);
  });
});

describe('results charts', () => {
  it('count level pairs, severity and spread as worked out by hand', () => {
    scoreAll();
    revealWithConsensus();
    const charts = app.services.results.charts(f.sessionId, OWNER);
    expect(charts.consensusCount).toBe(4);
    const [round] = charts.rounds;
    // Claim: first essay (2,2) once and (2,3) twice; second essay (3,3) three times.
    expect(round!.pairConfusion['Claim']).toEqual([
      [0, 0, 0, 0],
      [0, 1, 2, 0],
      [0, 2, 3, 0],
      [0, 0, 0, 0],
    ]);
    const grid = round!.severity;
    expect(grid.raters).toEqual(['R1', 'R2', 'R3']);
    expect(grid.criteria).toEqual(['Claim', 'Evidence']);
    const row = (i: number) => grid.vsConsensus[grid.raters.indexOf(f.aliases[i]!)]!;
    // Cleo on Evidence: 4 against 2 and 3 against 2 = +1.5 levels; Ana: 1-2 and 2-2 = -0.5.
    expect(row(2)[1]).toBeCloseTo(1.5, 12);
    expect(row(0)[1]).toBeCloseTo(-0.5, 12);
    expect(row(1)[0]).toBeCloseTo(0, 12);
    const evidenceFirst = round!.spread.find(
      (s) => s.criterion === 'Evidence' && s.min === 1 && s.max === 4,
    );
    expect(evidenceFirst).toMatchObject({ n: 3, range: 3 });
    expect(evidenceFirst!.mean).toBeCloseTo(7 / 3, 12);
  });

  it('are for the owner only', async () => {
    scoreAll();
    revealWithConsensus();
    const asRater = await dispatch(app.services, rater(0), 'results.charts', {
      sessionId: f.sessionId,
    });
    expect(asRater).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe("a rater's own results", () => {
  it('compare the rater with consensus, anchors and colleagues, and say where they lean', () => {
    scoreAll();
    revealWithConsensus();
    anchorSecondEssay();
    const mine = app.services.results.mine(f.sessionId, rater(0));
    expect(mine.rater).toBe(f.aliases[0]);
    const [round] = mine.rounds;
    // Ana: 2,3 on Claim and 1,2 on Evidence against consensus 2,3 and 2,2.
    expect(round!.overall.n).toBe(4);
    expect(round!.overall.consensus).toEqual({ n: 4, exact: 0.75, withinOne: 1, severity: -0.25 });
    // Anchor (second essay): 3 against 4 on Claim, 2 against 2 on Evidence.
    expect(round!.overall.anchors).toEqual({ n: 2, exact: 0.5, withinOne: 1, severity: -0.5 });
    // Pairs with Ben and Cleo: (2,2) (2,3) (3,3) (3,3) (1,2) (1,4) (2,2) (2,3).
    expect(round!.overall.colleagues).toEqual({ pairs: 8, exact: 0.5, withinOne: 7 / 8 });
    const claim = round!.criteria.find((c) => c.criterion === 'Claim')!;
    expect(claim.consensus).toEqual({ n: 2, exact: 1, withinOne: 1, severity: 0 });
    expect(claim.anchors).toEqual({ n: 1, exact: 0, withinOne: 1, severity: -1 });
    expect(claim.colleagues).toEqual({ pairs: 4, exact: 0.75, withinOne: 1 });
    expect(round!.lean).toMatchObject({ criterion: 'Evidence', against: 'consensus' });
    expect(round!.lean.lean).toBeCloseTo(-0.5, 12);
    expect(round!.lean.message).toMatch(/lower than the consensus on Evidence/);
  });

  it("never gives a rater another rater's figures", async () => {
    scoreAll();
    revealWithConsensus();
    const other = await dispatch(app.services, rater(0), 'results.mine', {
      sessionId: f.sessionId,
      personId: f.raterIds[1],
    });
    expect(other).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const own = await dispatch(app.services, rater(1), 'results.mine', {
      sessionId: f.sessionId,
    });
    expect(own.ok).toBe(true);
    const text = JSON.stringify(own.ok ? own.result : null);
    expect(text).toContain(`"rater":"${f.aliases[1]}"`);
    expect(text).not.toMatch(new RegExp(`"${f.aliases[0]}"|"${f.aliases[2]}"|Ana|Cleo`));
    // Ben: 2,3 on Claim, 2,2 on Evidence: every score equals the consensus.
    const result = own.ok
      ? (own.result as { rounds: { overall: { consensus: unknown } }[] })
      : null;
    expect(result!.rounds[0]!.overall.consensus).toEqual({
      n: 4,
      exact: 1,
      withinOne: 1,
      severity: 0,
    });
  });

  it('stay closed to raters before the reveal, and the owner names the rater', async () => {
    scoreAll();
    const early = await dispatch(app.services, rater(0), 'results.mine', {
      sessionId: f.sessionId,
    });
    expect(early).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const unnamed = await dispatch(app.services, OWNER, 'results.mine', {
      sessionId: f.sessionId,
    });
    expect(unnamed).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^personId:/) },
    });
    const named = await dispatch(app.services, OWNER, 'results.mine', {
      sessionId: f.sessionId,
      personId: f.raterIds[2],
    });
    // Before the reveal no round is in the results yet.
    expect(named).toMatchObject({ ok: true, result: { rater: f.aliases[2], rounds: [] } });
  });
});

describe('two rounds', () => {
  it('give every view round 1 and round 2 side by side, a round being scored left out', async () => {
    scoreAll();
    revealWithConsensus();
    app.services.sessions.startSecondRound(f.sessionId, OWNER);
    // Round 2: everyone one level higher, capped at 4 (Cleo's 4 stays 4).
    scoreAll(1);
    expect(
      (await app.services.results.session(f.sessionId, OWNER)).rounds.map((r) => r.round),
    ).toEqual([1]);
    // A rater scoring round 2 still sees the revealed round 1, and nothing of round 2.
    const during = await dispatch(app.services, rater(0), 'results.mine', {
      sessionId: f.sessionId,
    });
    expect(during).toMatchObject({ ok: true, result: { rounds: [{ round: 1 }] } });
    expect((during as { result: { rounds: unknown[] } }).result.rounds).toHaveLength(1);
    app.services.sessions.reveal(f.sessionId, undefined, OWNER);
    const results = await app.services.results.session(f.sessionId, OWNER);
    expect(results.rounds.map((r) => r.round)).toEqual([1, 2]);
    // Round 2 Evidence on the first essay: 2, 3, 4 - no pair identical (as in round 1: 1, 2, 4).
    const evidence = (round: number) =>
      results.rounds.find((r) => r.round === round)!.report.criteria['Evidence']!.statistics
        .exact_agreement!.pooled_pairs.value;
    expect(evidence(1)).toBeCloseTo(1 / 6, 12);
    expect(evidence(2)).toBeCloseTo(1 / 6, 12);
    const charts = app.services.results.charts(f.sessionId, OWNER);
    expect(charts.rounds.map((r) => r.round)).toEqual([1, 2]);
    // Ana in round 2: Claim 3, 4 and Evidence 2, 3 against consensus 2, 3 and 2, 2.
    const mine = app.services.results.mine(f.sessionId, rater(0));
    expect(mine.rounds[1]!.overall.consensus).toEqual({
      n: 4,
      exact: 0.25,
      withinOne: 1,
      severity: 0.75,
    });
  });
});
