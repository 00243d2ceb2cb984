// Hand-made results of a comparative judgement session, for what a small real session cannot
// show: a flagged judge with surprising choices, samples placed by the adjustment at both ends,
// level bands from two anchors (one level without any), a reliability figure the engine could not
// give, and the scale beside the rubric. The results page and the printed report are both tested
// on them, so each shows the same results. Each call answers a fresh copy a test may change.
import type { JudgingResults } from '../../src-main/services/judging-results.js';

/** The rubric's levels, lowest first: Emerging has no anchor. */
export const JUDGING_LEVELS = [
  { value: 1, label: 'Beginning' },
  { value: 2, label: 'Emerging' },
  { value: 3, label: 'Proficient' },
  { value: 4, label: 'Advanced' },
] as const;

/** The samples' codes strongest first, as the page and the report must list them. */
export const STRONGEST_FIRST = ['S-4HXP', 'S-7F3K', 'S-2Q9M', 'S-9KMT', 'S-5BNR'] as const;

/** A figure the engine could compute, with its 95% range (null ends: no range). */
export function rangedFigure(value: number, lower: number | null, upper: number | null, n = 5) {
  return { value, defined: true, n_used: n, ci95_lower: lower, ci95_upper: upper };
}

/** Three judges, 60 judgements, five samples (two of them anchors), all five with rubric scores. */
export function judgingResults(): JudgingResults {
  return {
    sessionId: 'ses_cj',
    question: 'Which piece argues its claim better?',
    judgements: 60,
    judges: 3,
    anchors: [
      { code: 'S-7F3K', level: 3 },
      { code: 'S-9KMT', level: 1 },
    ],
    levels: JUDGING_LEVELS.map((l) => ({ ...l })),
    rubricScored: 5,
    report: {
      fit: {
        // In the order given to the fit, not strongest first.
        samples: [
          { sample: 'S-2Q9M', ability: -0.35, se: 0.5, wins: 10, comparisons: 24, adjusted: null },
          { sample: 'S-7F3K', ability: 1.42, se: 0.55, wins: 18, comparisons: 24, adjusted: null },
          {
            sample: 'S-4HXP',
            ability: 3.1,
            se: 1.2,
            wins: 24,
            comparisons: 24,
            adjusted: 'won_every_comparison',
          },
          { sample: 'S-9KMT', ability: -1.6, se: 0.6, wins: 5, comparisons: 24, adjusted: null },
          {
            sample: 'S-5BNR',
            ability: -2.57,
            se: 1.1,
            wins: 0,
            comparisons: 24,
            adjusted: 'lost_every_comparison',
          },
        ],
        log_likelihood: -40.2,
        iterations: 12,
        converged: true,
        components: 1,
        warnings: [],
      },
      reliability: {
        split_half: { ...rangedFigure(0.86, 0.8, 0.9), splits: 100 },
        scale_separation: {
          value: null,
          defined: false,
          n_used: 5,
          reason: 'the abilities vary less than their errors',
        },
        interpretation:
          'The order is reliable enough to share: two halves of the judges put the work in much the same order',
      },
      judges: {
        judges: [
          {
            judge: 'R1',
            judgements: 20,
            infit: 0.91,
            outfit: 0.88,
            misfit: false,
            median_ms: 42_000,
            worst: [],
          },
          {
            judge: 'R2',
            judgements: 20,
            infit: 1.02,
            outfit: 1.1,
            misfit: false,
            median_ms: 8_500,
            worst: [],
          },
          {
            judge: 'R3',
            judgements: 20,
            infit: 1.91,
            outfit: 2.4,
            misfit: true,
            median_ms: null,
            worst: [
              { left: 'S-7F3K', right: 'S-2Q9M', winner: 'S-2Q9M', expected: 0.12, z2: 7.3 },
              { left: 'S-9KMT', right: 'S-4HXP', winner: 'S-9KMT', expected: 0.004, z2: 240 },
            ],
          },
        ],
        threshold: 1.52,
      },
      levels: {
        // Level 2 has no anchor: one boundary joins Beginning and Proficient.
        boundaries: [{ below: 1, above: 3, at: -0.09 }],
        samples: [
          { sample: 'S-4HXP', level: 3, probability: 0.996, level_low: 3, level_high: 3 },
          { sample: 'S-7F3K', level: 3, probability: 0.99, level_low: 3, level_high: 3 },
          { sample: 'S-2Q9M', level: 1, probability: 0.7, level_low: 1, level_high: 3 },
          { sample: 'S-9KMT', level: 1, probability: 0.99, level_low: 1, level_high: 1 },
          { sample: 'S-5BNR', level: 1, probability: 0.99, level_low: 1, level_high: 1 },
        ],
      },
      rubric: {
        spearman_rho: rangedFigure(0.7, 0.1, 0.95),
        disagreements: [{ sample: 'S-2Q9M', cj_rank: 3, rubric_rank: 1.5, rubric_score: 3 }],
      },
    },
  };
}
