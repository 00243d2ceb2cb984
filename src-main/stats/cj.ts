// Comparative judgement (CJ), the whole analysis in one call.
//
// The method, in plain words. Judges are shown two anonymized samples at a time and say which is
// the better piece of work; nothing else (no rubric score, no mark). Many such choices, from
// several judges over overlapping pairs, are then put on one scale:
//
// 1. The Bradley-Terry model (Bradley & Terry, 1952) gives every sample an ability a (in logits)
//    such that the chance that sample i is chosen over sample j is 1 / (1 + exp(a_j - a_i)): two
//    samples one logit apart are chosen about 73 : 27. The abilities are fitted by maximum
//    likelihood, centred so that the average sample is 0, each with a standard error. A sample
//    that won (or lost) every comparison has no finite estimate and is placed by an adjustment
//    (bradley-terry.ts). This is the analysis Pollitt (2012) set out for adaptive comparative
//    judgement.
// 2. Reliability says how far the order would stand if other judges had done the judging.
//    Scale separation reliability is the share of the abilities' spread that is not estimation
//    error; split-half reliability splits the judges at random into two halves, fits a scale to
//    each and correlates them. Bramley (2015) showed that adaptive pairing (pairing samples whose
//    estimates are close) inflates scale separation reliability, so the verdict rests on the
//    split-half figure (cj-reliability.ts).
// 3. Judge fit: how far each judge's choices depart from what the team's scale expects (infit,
//    outfit mean squares, about 1 for a judge in line with the team), with the judge's most
//    surprising choices (cj-fit.ts).
// 4. Levels, when the team gives anchors (samples with an agreed rubric level): boundaries between
//    levels are placed on the scale and each sample is given the level band its ability falls in,
//    with how likely it truly is in that band (cj-levels.ts).
// 5. Against rubric scores, when given: Spearman's rank correlation between ability and the
//    rubric consensus, with a 95% interval by Fisher's z and the standard error of Bonett &
//    Wright (2000) (spearman.ts), and the samples whose two ranks differ most.
//
// The fit is made once and shared by every step.
//
// Choices made here: levels are computed when anchors are given (the scale defaults to the
// anchors' distinct levels when `levels` is absent); a rubric score for a sample that is not in
// `samples` is left out (a rubric file may cover a whole class when only some of it was
// compared), while a judgement naming an unknown sample is refused. Disagreements list only
// samples whose ranks differ.
//
// References:
// - Bradley, R. A. & Terry, M. E. (1952). Rank analysis of incomplete block designs: I. The
//   method of paired comparisons. Biometrika, 39(3/4), 324-345.
// - Pollitt, A. (2012). The method of Adaptive Comparative Judgement. Assessment in Education:
//   Principles, Policy & Practice, 19(3), 281-300.
// - Bramley, T. (2015). Investigating the reliability of Adaptive Comparative Judgment.
//   Cambridge Assessment Research Report. Cambridge, UK: Cambridge Assessment.
// - Bonett, D. G. & Wright, T. A. (2000). Sample size requirements for estimating Pearson,
//   Kendall and Spearman correlations. Psychometrika, 65(1), 23-28.
import { fitBradleyTerry } from './bradley-terry.js';
import { judgeFit } from './cj-fit.js';
import { cjLevels } from './cj-levels.js';
import { cjReliability } from './cj-reliability.js';
import type {
  BtFit,
  CjReport,
  Judgement,
  RubricComparison,
  RubricDisagreement,
} from './cj-types.js';
import { averageRanks, spearmanRho } from './spearman.js';

export interface CjInput {
  /** Every sample on the scale, in the order the report lists them. */
  samples: readonly string[];
  judgements: readonly Judgement[];
  /** Samples whose rubric level the team has agreed. */
  anchors?: readonly { sample: string; level: number }[];
  /** The rubric's full scale; default: the anchors' distinct levels. */
  levels?: readonly number[];
  /** Rubric consensus scores to compare the scale with. */
  rubric?: readonly { sample: string; score: number }[];
  /** Random splits of the judges for split-half reliability (see cj-reliability.ts). */
  splits?: number;
  seed?: number;
}

/** Where in the input a problem is: the list, the item's index and its field. */
export interface CjInputPlace {
  list: 'samples' | 'judgements' | 'rubric';
  index: number;
  field?: string;
}

/** Input that breaks a rule of the analysis; the message starts with `list[index].field`. */
export class CjInputError extends RangeError {
  override name = 'CjInputError';

  constructor(
    message: string,
    readonly where: CjInputPlace,
  ) {
    super(
      `${where.list}[${where.index}]${where.field !== undefined ? `.${where.field}` : ''}: ${message}`,
    );
  }
}

/** At most this many disagreements are listed. */
const MAX_DISAGREEMENTS = 5;

function checkSamples(samples: readonly string[]): Set<string> {
  const known = new Set<string>();
  samples.forEach((sample, i) => {
    if (sample === '')
      throw new CjInputError('the sample id is empty', { list: 'samples', index: i });
    if (known.has(sample)) {
      throw new CjInputError(`"${sample}" is listed twice`, { list: 'samples', index: i });
    }
    known.add(sample);
  });
  return known;
}

function checkJudgements(judgements: readonly Judgement[], known: ReadonlySet<string>): void {
  judgements.forEach((j, i) => {
    const at = (field: keyof Judgement) => ({ list: 'judgements' as const, index: i, field });
    if (j.judge === '') throw new CjInputError('the judge is empty', at('judge'));
    if (!known.has(j.left)) throw new CjInputError(`"${j.left}" is not a sample`, at('left'));
    if (!known.has(j.right)) throw new CjInputError(`"${j.right}" is not a sample`, at('right'));
    if (j.left === j.right) {
      throw new CjInputError(`"${j.right}" is compared with itself`, at('right'));
    }
    if (j.winner !== j.left && j.winner !== j.right) {
      throw new CjInputError(
        `"${j.winner}" is neither the left ("${j.left}") nor the right ("${j.right}") sample`,
        at('winner'),
      );
    }
    if (j.ms !== null && !(Number.isFinite(j.ms) && j.ms >= 0)) {
      throw new CjInputError(`${j.ms} is not a time in milliseconds (0 or more)`, at('ms'));
    }
  });
}

function checkRubric(rubric: readonly { sample: string; score: number }[]): void {
  const seen = new Set<string>();
  rubric.forEach(({ sample, score }, i) => {
    if (seen.has(sample)) {
      throw new CjInputError(`"${sample}" has two scores`, {
        list: 'rubric',
        index: i,
        field: 'sample',
      });
    }
    seen.add(sample);
    if (!Number.isFinite(score)) {
      throw new CjInputError(`${score} is not a number`, {
        list: 'rubric',
        index: i,
        field: 'score',
      });
    }
  });
}

/** Ranks with 1 = highest value, ties sharing their average rank. */
function ranksFromTop(values: readonly number[]): number[] {
  return averageRanks(values).map((r) => values.length + 1 - r);
}

/**
 * Ability against rubric consensus over the samples that have both (a sample never compared has
 * no ability), and the samples whose CJ and rubric ranks differ most (ranks among those samples
 * only).
 */
export function compareWithRubric(
  fit: BtFit,
  rubric: readonly { sample: string; score: number }[],
): RubricComparison {
  const scoreOf = new Map(rubric.map((r) => [r.sample, r.score]));
  // A sample never compared sits at 0 only because nothing measured it: it is left out.
  const both = fit.samples.filter((s) => s.se !== null && scoreOf.has(s.sample));
  const abilities = both.map((s) => s.ability);
  const scores = both.map((s) => scoreOf.get(s.sample)!);
  const cjRanks = ranksFromTop(abilities);
  const rubricRanks = ranksFromTop(scores);
  const disagreements: RubricDisagreement[] = both
    .map((s, i) => ({
      sample: s.sample,
      cj_rank: cjRanks[i]!,
      rubric_rank: rubricRanks[i]!,
      rubric_score: scores[i]!,
    }))
    .filter((d) => d.cj_rank !== d.rubric_rank)
    .sort(
      (a, b) =>
        Math.abs(b.cj_rank - b.rubric_rank) - Math.abs(a.cj_rank - a.rubric_rank) ||
        a.cj_rank - b.cj_rank ||
        (a.sample < b.sample ? -1 : a.sample > b.sample ? 1 : 0),
    )
    .slice(0, MAX_DISAGREEMENTS);
  return { spearman_rho: spearmanRho(abilities, scores), disagreements };
}

/**
 * The full CJ report: the Bradley-Terry scale, its reliability, each judge's fit, and, when
 * given, levels from anchors and the comparison with rubric scores.
 * @throws CjInputError (a RangeError) naming the list, index and field of bad input; RangeError
 *   from cjLevels for an anchor that is not a sample, a level off the scale or a repeated anchor.
 */
export function analyseJudgements(input: CjInput): CjReport {
  const known = checkSamples(input.samples);
  checkJudgements(input.judgements, known);
  if (input.rubric) checkRubric(input.rubric);

  const fit = fitBradleyTerry(input.samples, input.judgements);
  const options = {
    ...(input.splits !== undefined ? { splits: input.splits } : {}),
    ...(input.seed !== undefined ? { seed: input.seed } : {}),
  };
  const report: CjReport = {
    fit,
    reliability: cjReliability(input.samples, input.judgements, fit, options),
    judges: judgeFit(input.judgements, fit),
  };
  if (input.anchors) {
    const levels = input.levels ?? [...new Set(input.anchors.map((a) => a.level))];
    report.levels = cjLevels(fit, input.anchors, levels);
  }
  if (input.rubric) report.rubric = compareWithRubric(fit, input.rubric);
  return report;
}
