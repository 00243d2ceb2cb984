// How Concord reads its figures in words: the one verdict per criterion, the words on agreement
// shares, when a 95% range is worth showing, which ICC is shown, and the kappa paradox. Every
// screen, report and `concord stats` takes its verdict words from here, so they never disagree.
//
// The scheme
// - One verdict per criterion, from one coefficient: Krippendorff's alpha with the ordinal metric
//   (the levels are ordered, so a near miss counts as partly right; it allows any number of raters
//   and missing scores). Bands (Krippendorff 2004, Content Analysis, 2nd ed., p. 241):
//     alpha >= 0.8            reliable
//     0.667 <= alpha < 0.8    tentative: tentative conclusions only
//     alpha < 0.667           not reliable yet
//   Undefined alpha gives no verdict, with the reason in plain words.
// - The band follows the unrounded value, and the value written beside it never reads as another
//   band: 0.7996 is written "0.799" beside "Tentative", not "0.80" (`verdictValue`).
// - Every other coefficient (kappa, Gwet's AC1/AC2, Brennan-Prediger, ICC, Kendall's W) is a detail:
//   a figure with its range and no verdict words, since each has its own published bands and those
//   would contradict each other side by side. Agreement shares read as plain shares ("72% of paired
//   scores are identical").
// - A 95% range is shown only when its figure rests on rangeMinSamples (5) samples or more
//   (scored by two or more raters; for the ICC, scored by every rater): a bootstrap over two or
//   three samples, or an F-interval over them, says nothing. A range that is undefined or a
//   single point is said in words too, and a range the engine dropped (an ICC range no ICC can
//   have) says why. The rule and its words live in domain/range-words.ts, which the results
//   screen imports too.
// - The ICC shown is the two-way, absolute-agreement, single-rater form: ICC(A,1) in McGraw & Wong
//   (1996), ICC(2,1) in Shrout & Fleiss (1979). It asks how far one rater's score could stand in for
//   another's, so a rater who is always harsher or more lenient counts against it.
// - Fewer than STABLE_SAMPLES samples scored by two or more raters: the figures are not stable yet
//   (said once per page, see sample-size.ts).
import { RANGE_RULE } from '../domain/range-words.js';
import type {
  CriterionReport,
  KappaParadox,
  ReadingScheme,
  Stat,
  Statistics,
  Verdict,
  VerdictLevel,
} from './types.js';
import { percent } from '../domain/percent.js';

/** The words in place of a range, and when (domain/range-words.ts: the screens share them). */
export { noRangeWords } from '../domain/range-words.js';

/** Lower bounds of the verdict bands on alpha (inclusive). */
export const RELIABLE_FROM = 0.8;
export const TENTATIVE_FROM = 0.667;
/** Below this many samples scored by two or more raters the figures are not stable yet. */
export const STABLE_SAMPLES = 10;

export const READING: ReadingScheme = {
  bands: { reliable: RELIABLE_FROM, tentative: TENTATIVE_FROM },
  ...RANGE_RULE,
  icc: {
    form: 'agreement_single',
    name: 'Intraclass correlation (ICC)',
    short: 'one rater’s scores',
    words:
      'How far one rater’s score could stand in for another’s; a rater who is always harsher or more lenient counts as disagreement.',
  },
};

const VERDICT_WORDS: Record<Exclude<VerdictLevel, 'none'>, { label: string; meaning: string }> = {
  reliable: {
    label: 'Reliable',
    meaning: 'The team scores this consistently enough to rely on the scores.',
  },
  tentative: {
    label: 'Tentative',
    meaning: 'Consistent enough for tentative conclusions only.',
  },
  unreliable: {
    label: 'Not reliable yet',
    meaning: 'Not consistent enough yet to rely on these scores.',
  },
};

/** The band of an (unrounded) alpha. */
export function verdictLevel(alpha: number): Exclude<VerdictLevel, 'none'> {
  if (alpha >= RELIABLE_FROM) return 'reliable';
  if (alpha >= TENTATIVE_FROM) return 'tentative';
  return 'unreliable';
}

/**
 * Alpha written with `decimals` decimals, unless rounding would carry it into a higher band: then
 * with one more decimal, cut rather than rounded where even that would cross (0.7996 -> "0.799",
 * 0.79899 -> "0.799"). Rounding can only cross a band's lower bound upwards, since the bounds
 * have three decimals.
 */
export function verdictValue(alpha: number, decimals = 2): string {
  const level = verdictLevel(alpha);
  const finer = decimals + 1;
  const text =
    [alpha.toFixed(decimals), alpha.toFixed(finer)].find(
      (t) => verdictLevel(Number(t)) === level,
    ) ?? (Math.floor(alpha * 10 ** finer) / 10 ** finer).toFixed(finer);
  // "-0.00" would read as a negative verdict for a value of zero.
  return /^-0\.0*$/.test(text) ? text.slice(1) : text;
}

/** Why a criterion has no verdict, in plain words. */
function noVerdictReason(c: CriterionReport): string {
  if (!c.statistics.krippendorff_alpha) return 'Krippendorff’s alpha was not computed.';
  if (c.counts.n_samples_pairable === 0) {
    return 'No sample was scored by two or more raters yet.';
  }
  // With paired scores, ordinal alpha is undefined only when they all sit on one level.
  return 'Every paired score was the same level, so agreement cannot be told apart from chance.';
}

/** The one verdict of a criterion (or of all criteria pooled). */
export function criterionVerdict(c: CriterionReport, decimals = 2): Verdict {
  const alpha = c.statistics.krippendorff_alpha?.ordinal;
  if (!alpha || !alpha.defined || alpha.value === null) {
    return { level: 'none', label: 'No verdict', meaning: noVerdictReason(c), value: null };
  }
  const level = verdictLevel(alpha.value);
  return { level, ...VERDICT_WORDS[level], value: verdictValue(alpha.value, decimals) };
}

/** The verdict band on alpha, for `concord stats`: the same words the screens use. */
export function alphaBand(v: number): string {
  const level = verdictLevel(v);
  if (level === 'reliable') return `reliable (alpha >= ${RELIABLE_FROM})`;
  if (level === 'tentative') {
    return `tentative: tentative conclusions only (${TENTATIVE_FROM} <= alpha < ${RELIABLE_FROM})`;
  }
  return `not reliable yet (alpha < ${TENTATIVE_FROM})`;
}

/** Agreement proportions in words a teacher reads at a glance. */
export function proportionBand(v: number, what: string): string {
  const pct = Math.round(v * 100);
  return `${pct}% ${what}`;
}

type Band = (v: number) => string;

function annotate(st: Stat | undefined, band: Band): void {
  if (st && st.defined && st.value !== null) st.interpretation = band(st.value);
}

function annotateAll(obj: object | undefined, band: Band): void {
  if (!obj) return;
  for (const st of Object.values(obj) as Stat[]) annotate(st, band);
}

/**
 * Adds `interpretation` in place: the verdict band on each alpha, and what each agreement share
 * means. Other coefficients get no words (see the scheme above).
 */
export function interpret(s: Statistics): void {
  for (const [fam, what] of [
    ['exact_agreement', 'of paired scores are identical'],
    ['adjacent_agreement', 'of paired scores are within one level'],
  ] as const) {
    const f = s[fam];
    if (!f) continue;
    annotate(f.sample_mean, (v) => proportionBand(v, `${what} (average per sample)`));
    annotate(f.pooled_pairs, (v) => proportionBand(v, what));
    annotate(f.rater_pair_mean, (v) => proportionBand(v, `${what} (average per rater pair)`));
    annotate(f.all_raters_agree_complete_samples, (v) =>
      proportionBand(
        v,
        fam === 'exact_agreement'
          ? 'of fully scored samples got the same score from every rater'
          : 'of fully scored samples got scores within one level from every rater',
      ),
    );
  }
  annotateAll(s.krippendorff_alpha, alphaBand);
}

/**
 * The kappa paradox (Feinstein & Cicchetti 1990): raters agree a lot, yet kappa is low,
 * because most scores sit on one level so chance agreement is already high. Detected when
 * exact pair agreement >= 0.75, one level holds >= 60% of all ratings, and a kappa-type value
 * (Cohen mean, Fleiss, Conger, nominal alpha) is at least 0.3 below the agreement; and per
 * Cohen rater pair when its p_o >= 0.75, p_e >= 0.5 and kappa <= p_o - 0.3. Marks those values
 * with `paradox` and returns the explanation.
 */
export function detectKappaParadox(
  s: Statistics,
  pairAgreement: number | null,
  dominantLevel: number | null,
  dominantShare: number,
): KappaParadox {
  // Rater pairs: the same test on the pair's own observed and chance agreement.
  const pairHits: string[] = [];
  for (const p of s.cohen_kappa?.pairs ?? []) {
    const st = p.unweighted;
    const po = st.p_observed;
    const pe = st.p_expected;
    if (!st.defined || st.value === null || po === undefined || pe === undefined) continue;
    if (po >= 0.75 && pe >= 0.5 && st.value <= po - 0.3) {
      st.paradox = `kappa paradox: ${percent(po)} identical scores, but chance agreement is ${percent(pe)}`;
      pairHits.push(`${p.rater_a} & ${p.rater_b}`);
    }
  }
  const candidates: Stat[] = [];
  if (s.cohen_kappa) candidates.push(s.cohen_kappa.mean_over_pairs.unweighted);
  if (s.fleiss_kappa) candidates.push(...Object.values(s.fleiss_kappa));
  if (s.conger_kappa) candidates.push(s.conger_kappa);
  if (s.krippendorff_alpha) candidates.push(s.krippendorff_alpha.nominal);
  const hit =
    pairAgreement === null || dominantLevel === null
      ? []
      : pairAgreement < 0.75 || dominantShare < 0.6
        ? []
        : candidates.filter(
            (st) => st.defined && st.value !== null && st.value <= pairAgreement - 0.3,
          );
  if (hit.length === 0 && pairHits.length === 0) return { detected: false };
  const why =
    'When nearly everyone gives the same level, agreement expected by chance is already high, ' +
    'so kappa-type coefficients drop even though the raters agree. Read them next to the ' +
    "agreement percentages and Gwet's AC1, which is not affected this way.";
  if (hit.length === 0) {
    return {
      detected: true,
      explanation:
        `Kappa paradox for rater pair${pairHits.length > 1 ? 's' : ''} ${pairHits.join(', ')}: ` +
        `they mostly give identical scores, yet their kappa is low, because their scores sit ` +
        `on one level. ${why}`,
    };
  }
  const explanation =
    `Kappa paradox: raters gave identical scores on ${percent(pairAgreement!)} of pairs, yet kappa ` +
    `is low, because ${percent(dominantShare)} of all scores are level ${dominantLevel}. ${why}`;
  const short = `kappa paradox: ${percent(dominantShare)} of scores are level ${dominantLevel}, so chance agreement is high`;
  for (const st of hit) st.paradox = short;
  return {
    detected: true,
    explanation,
    dominant_level: dominantLevel!,
    dominant_share: dominantShare,
  };
}
