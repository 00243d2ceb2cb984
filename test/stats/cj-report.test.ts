// analyseJudgements: input refused with the list, index and field named; one fit shared by every
// step; levels and the rubric comparison only when asked for; the rubric comparison by hand.
import { describe, expect, it } from 'vitest';
import { fitBradleyTerry } from '../../src-main/stats/bradley-terry.js';
import { analyseJudgements, CjInputError, compareWithRubric } from '../../src-main/stats/cj.js';
import type { CjInput } from '../../src-main/stats/cj.js';
import { judgeFit } from '../../src-main/stats/cj-fit.js';
import { cjLevels } from '../../src-main/stats/cj-levels.js';
import { cjReliability } from '../../src-main/stats/cj-reliability.js';
import type { BtFit, BtSample, Judgement } from '../../src-main/stats/cj-types.js';
import { refusalOf } from '../helpers/refusal.js';

const SAMPLES = ['A', 'B', 'C', 'D', 'E', 'F'];

/** Four judges on every pair, mostly in the order A > B > ... > F, with a few upsets. */
function judgements(): Judgement[] {
  const out: Judgement[] = [];
  const upsets = new Set(['J1:B:C', 'J2:D:E', 'J3:A:B', 'J3:C:F', 'J2:E:F']);
  let t = 0;
  for (const judge of ['J1', 'J2', 'J3', 'J4']) {
    for (let i = 0; i < SAMPLES.length; i++) {
      for (let k = i + 1; k < SAMPLES.length; k++) {
        const [better, worse] = [SAMPLES[i]!, SAMPLES[k]!];
        const upset = upsets.has(`${judge}:${better}:${worse}`);
        // Alternate sides so position carries nothing.
        const [left, right] = t % 2 === 0 ? [better, worse] : [worse, better];
        out.push({ judge, left, right, winner: upset ? worse : better, ms: 1000 + 10 * t++ });
      }
    }
  }
  return out;
}

function refusal(input: CjInput): CjInputError {
  const error = refusalOf(() => analyseJudgements(input), CjInputError);
  expect(error).toBeInstanceOf(RangeError);
  return error;
}

describe('analyseJudgements refuses bad input, naming where', () => {
  const base = (): CjInput => ({ samples: SAMPLES, judgements: judgements() });
  const withJudgement = (change: Partial<Judgement>): CjInput => {
    const input = base();
    const list = [...input.judgements];
    list[4] = { ...list[4]!, ...change };
    return { ...input, judgements: list };
  };

  it.each([
    // Judgement 4 is J1's A against F.
    [{ winner: 'C' }, 'winner', /^judgements\[4\]\.winner: "C" is neither the left/],
    [{ left: 'Q' }, 'left', /^judgements\[4\]\.left: "Q" is not a sample$/],
    [{ right: 'Q' }, 'right', /^judgements\[4\]\.right: "Q" is not a sample$/],
    [{ left: 'A', right: 'A', winner: 'A' }, 'right', /compared with itself/],
    [{ judge: '' }, 'judge', /the judge is empty/],
    [{ ms: -1 }, 'ms', /not a time in milliseconds/],
  ] as const)('%j', (change, field, message) => {
    const error = refusal(withJudgement(change));
    expect(error.where).toEqual({ list: 'judgements', index: 4, field });
    expect(error.message).toMatch(message);
  });

  it('refuses a sample listed twice and a rubric sample scored twice', () => {
    expect(refusal({ samples: ['A', 'B', 'A'], judgements: [] }).message).toBe(
      'samples[2]: "A" is listed twice',
    );
    const error = refusal({
      ...base(),
      rubric: [
        { sample: 'A', score: 2 },
        { sample: 'A', score: 3 },
      ],
    });
    expect(error.where).toEqual({ list: 'rubric', index: 1, field: 'sample' });
  });
});

describe('analyseJudgements', () => {
  const input: CjInput = {
    samples: SAMPLES,
    judgements: judgements(),
    splits: 20,
    seed: 7,
  };

  it('fits once and hands the same fit to every step', () => {
    const report = analyseJudgements(input);
    const fit = fitBradleyTerry(input.samples, input.judgements);
    expect(report.fit).toEqual(fit);
    expect(report.reliability).toEqual(
      cjReliability(input.samples, input.judgements, fit, { splits: 20, seed: 7 }),
    );
    expect(report.judges).toEqual(judgeFit(input.judgements, fit));
    expect(report.levels).toBeUndefined();
    expect(report.rubric).toBeUndefined();
    // The mostly-ordered judgements give the order A > ... > F.
    const order = [...report.fit.samples].sort((a, b) => b.ability - a.ability);
    expect(order.map((s) => s.sample)).toEqual(SAMPLES);
  });

  it('adds levels from anchors, the scale defaulting to the anchors’ levels', () => {
    const anchors = [
      { sample: 'A', level: 4 },
      { sample: 'C', level: 3 },
      { sample: 'F', level: 1 },
    ];
    const report = analyseJudgements({ ...input, anchors });
    expect(report.levels).toEqual(cjLevels(report.fit, anchors, [1, 3, 4]));
    expect(report.levels!.boundaries).toHaveLength(2);
    const given = analyseJudgements({ ...input, anchors, levels: [1, 2, 3, 4] });
    expect(given.levels!.levels_without_anchors).toEqual([2]);
  });

  it('adds the rubric comparison, leaving out rubric samples that were not compared', () => {
    const rubric = [
      { sample: 'A', score: 4 },
      { sample: 'B', score: 3 },
      { sample: 'C', score: 3 },
      { sample: 'D', score: 2 },
      { sample: 'E', score: 1 },
      { sample: 'F', score: 2 },
      { sample: 'Z', score: 1 },
    ];
    const report = analyseJudgements({ ...input, rubric });
    expect(report.rubric).toEqual(compareWithRubric(report.fit, rubric));
    expect(report.rubric!.spearman_rho.n_used).toBe(6);
  });
});

describe('compareWithRubric, by hand', () => {
  const s = (sample: string, ability: number, se: number | null = 0.5): BtSample => ({
    sample,
    ability,
    se,
    wins: 1,
    comparisons: 2,
    adjusted: null,
  });
  const fit: BtFit = {
    samples: [
      s('A', 2),
      s('B', 1),
      s('C', 0.5),
      s('D', 0.5),
      s('E', -1),
      s('F', -2.5),
      s('U', 0, null),
    ],
    log_likelihood: -5,
    iterations: 4,
    converged: true,
    components: 1,
    warnings: [],
  };
  const rubric = [
    { sample: 'A', score: 3 },
    { sample: 'B', score: 4 },
    { sample: 'C', score: 2 },
    { sample: 'D', score: 3 },
    { sample: 'E', score: 1 },
    { sample: 'F', score: 1 },
    { sample: 'U', score: 4 },
    { sample: 'X', score: 2 },
  ];

  it('ranks with 1 = strongest and ties sharing a rank, largest differences first', () => {
    // CJ ranks A 1, B 2, C 3.5, D 3.5, E 5, F 6 (U never compared, X not a sample: left out);
    // rubric ranks B 1, A 2.5, D 2.5, C 4, E 5.5, F 5.5. |differences|: A 1.5, B 1, D 1,
    // C 0.5, E 0.5, F 0.5; equal differences go by CJ rank, and only five are listed.
    const { disagreements } = compareWithRubric(fit, rubric);
    expect(disagreements).toEqual([
      { sample: 'A', cj_rank: 1, rubric_rank: 2.5, rubric_score: 3 },
      { sample: 'B', cj_rank: 2, rubric_rank: 1, rubric_score: 4 },
      { sample: 'D', cj_rank: 3.5, rubric_rank: 2.5, rubric_score: 3 },
      { sample: 'C', cj_rank: 3.5, rubric_rank: 4, rubric_score: 2 },
      { sample: 'E', cj_rank: 5, rubric_rank: 5.5, rubric_score: 1 },
    ]);
  });

  it("gives Spearman's rho over the samples that have both", () => {
    // R: x <- c(2, 1, .5, .5, -1, -2.5); y <- c(3, 4, 2, 3, 1, 1); r <- cor(x, y, method = "spearman")
    //    tanh(atanh(r) + c(-1, 1) * qnorm(.975) * sqrt((1 + r^2 / 2) / (6 - 3)))
    const rho = compareWithRubric(fit, rubric).spearman_rho;
    expect(rho.n_used).toBe(6);
    expect(Math.abs(rho.value! - 0.85084104348780831)).toBeLessThan(1e-12);
    expect(Math.abs(rho.ci95_lower! - -0.061329012787745836)).toBeLessThan(1e-12);
    expect(Math.abs(rho.ci95_upper! - 0.988577365519205609)).toBeLessThan(1e-12);
  });

  it('lists no disagreement where the ranks agree', () => {
    const same = rubric.map((r) => ({
      ...r,
      score: fit.samples.find((x) => x.sample === r.sample)?.ability ?? 0,
    }));
    expect(compareWithRubric(fit, same).disagreements).toEqual([]);
  });
});
