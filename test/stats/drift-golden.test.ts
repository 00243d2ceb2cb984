// Golden outputs of computeDrift: whole reports, to the last digit, on generated data that reach
// every branch (alerts of each kind, decline, both held-back reasons, resolved and recurring
// alerts, middle-only, tied and unparseable session dates, a session without ratings, rounds,
// missing scores, references to unknown samples, a scale of non-integer levels). They pin the
// computation so that restructuring it is shown to change nothing; the figures themselves are
// checked by hand in monitoring.test.ts and against a re-computation in services/drift.test.ts.
import { describe, expect, it } from 'vitest';
import { computeDrift } from '../../src-main/stats/index.js';
import type {
  AnchorReference,
  ConsensusScore,
  DriftInput,
  MonitorRating,
} from '../../src-main/stats/index.js';
import { golden } from '../helpers/golden.js';
import { mulberry32 } from './rasch-helpers.js';

const SESSIONS = [
  { id: 's-jun', date: '2026-06-20' },
  { id: 's-jan', date: '2026-01-12', label: 'January' },
  { id: 's-mar-b', date: '2026-03-02' },
  { id: 's-autumn', date: 'autumn term' },
  { id: 's-mar-a', date: '2026-03-02', label: 'Early March' },
  { id: 's-jul', date: '2026-07-01' },
];
const RATERS = ['r1', 'harsh', 'mid', 'drift', 'few', 'r10', 'r2'];
const CRITERIA = ['Claim', 'Evidence', 'Reasoning'];

const clamp = (v: number, lo = 1, hi = 4) => Math.min(hi, Math.max(lo, v));

/** A rater's score of a unit whose true level is `truth`, by habit; `u` uniform in [0, 1). */
function habit(rater: string, truth: number, u: number, order: number): number | null {
  if (rater === 'r1') return u < 0.1 ? clamp(truth + 1) : truth;
  if (rater === 'harsh') return u < 0.6 ? clamp(truth - 1) : truth;
  if (rater === 'mid') return clamp(truth, 2, 3);
  // Drifts away from the consensus session after session.
  if (rater === 'drift') return u < 0.1 + 0.2 * order ? clamp(truth + 1) : truth;
  if (rater === 'few') return u < 0.5 ? clamp(truth + 2) : truth;
  if (rater === 'r10') return 1 + Math.floor(u * 4);
  return u < 0.05 ? null : u < 0.3 ? clamp(truth - 1) : truth;
}

/** Deterministic data: each rater's habit applied to a true level per sample and criterion. */
function generated(): DriftInput {
  const rand = mulberry32(2027);
  const ratings: MonitorRating[] = [];
  const consensus: ConsensusScore[] = [];
  const dated = ['s-jan', 's-mar-a', 's-mar-b', 's-jun', 's-autumn'];
  dated.forEach((session, order) => {
    const samples = [...Array.from({ length: 6 }, (_, i) => `${session}-x${i}`), 'A1', 'A2'];
    for (const sample of samples) {
      for (const criterion of CRITERIA) {
        const truth = 1 + Math.floor(rand() * 4);
        // s-mar-b has no consensus at all; elsewhere one in ten is missing.
        if (session !== 's-mar-b' && rand() > 0.1) {
          consensus.push({ session, sample, criterion, score: truth });
        }
        for (const rater of RATERS) {
          if (rater === 'few' && session === 's-jun' && sample !== samples[0]) continue;
          const score = habit(rater, truth, rand(), order);
          ratings.push({ session, sample, rater, criterion, score });
          if (rand() < 0.15) {
            ratings.push({ session, round: 2, sample, rater, criterion, score: truth });
          }
        }
      }
    }
  });
  consensus.push({ session: 's-jan', sample: 'ghost', criterion: 'Claim', score: 2 });
  const anchors: AnchorReference[] = CRITERIA.flatMap((criterion, i) => [
    { sample: 'A1', criterion, score: 1 + i, rationale: 'set by the team' },
    { sample: 'A2', criterion, score: 4 - i },
  ]);
  anchors.push({ sample: 'ghost', criterion: 'Claim', score: 3 });
  // Shuffled in blocks, so that rows are mostly but not always grouped by session and sample.
  const blocks: MonitorRating[][] = [];
  for (let i = 0; i < ratings.length; i += 17) blocks.push(ratings.slice(i, i + 17));
  for (let i = blocks.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [blocks[i], blocks[j]] = [blocks[j]!, blocks[i]!];
  }
  return {
    ratings: blocks.flat(),
    consensus,
    anchors,
    sessions: SESSIONS,
    levels: [4, 1, 3, 2],
    raterNames: { r1: 'Ana Ruiz', harsh: 'Ben Harsh', drift: 'Dee Drift' },
  };
}

describe('computeDrift golden outputs', () => {
  const input = generated();

  it('default options', () => {
    expect(golden(computeDrift(input), 4)).toMatchSnapshot();
  });

  it('every round, tighter thresholds, fewer ratings needed', () => {
    const report = computeDrift(input, {
      round: null,
      thresholds: { exactWithConsensus: 0.85, declinePoints: 5, meanSeverity: 0.3 },
      minRatings: 3,
      middleOnlyMinRatings: 10,
    });
    expect(golden(report, 4)).toMatchSnapshot();
  });

  it('round 2 only', () => {
    expect(golden(computeDrift(input, { round: 2, minRatings: 2 }), 4)).toMatchSnapshot();
  });

  it('a scale of non-integer levels', () => {
    const levels = [0.5, 1.5, 2.5];
    const ratings = input.ratings.slice(0, 400).map((r) => ({
      ...r,
      score: r.score === null ? null : levels[Math.min(2, r.score - 1)]!,
    }));
    const consensus = input.consensus!.map((c) => ({
      ...c,
      score: levels[Math.min(2, c.score - 1)]!,
    }));
    const report = computeDrift({ ...input, ratings, consensus, anchors: [], levels });
    expect(golden(report, 4)).toMatchSnapshot();
  });

  it('refusals name the rating', () => {
    const refusal = (change: Partial<DriftInput>): string => {
      try {
        computeDrift({ ...input, ...change });
        return 'no refusal';
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    };
    expect([
      refusal({ sessions: SESSIONS.slice(1) }),
      refusal({ levels: [1, 2, 3] }),
      refusal({ levels: [] }),
      refusal({
        consensus: [{ session: 's-jan', sample: 's-jan-x0', criterion: 'Claim', score: 9 }],
      }),
      refusal({ anchors: [{ sample: 'A1', criterion: 'Claim', score: 1.5 }] }),
    ]).toMatchSnapshot();
  });
});
