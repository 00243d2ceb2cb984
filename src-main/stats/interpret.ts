// Plain-language bands for each coefficient, and detection of the kappa paradox.
import type { KappaParadox, Stat, Statistics } from './types.js';

/** Landis & Koch (1977) bands for kappa-type coefficients. */
export function kappaBand(v: number): string {
  if (v < 0) return 'poor: less agreement than chance (Landis & Koch)';
  if (v <= 0.2) return 'slight agreement (Landis & Koch)';
  if (v <= 0.4) return 'fair agreement (Landis & Koch)';
  if (v <= 0.6) return 'moderate agreement (Landis & Koch)';
  if (v <= 0.8) return 'substantial agreement (Landis & Koch)';
  return 'almost perfect agreement (Landis & Koch)';
}

/** Krippendorff (2004): rely on alpha >= 0.8, tentative conclusions from 0.667. */
export function alphaBand(v: number): string {
  if (v >= 0.8) return 'reliable (alpha >= 0.8, Krippendorff)';
  if (v >= 0.667)
    return 'tentative: good enough for tentative conclusions only (0.667 <= alpha < 0.8)';
  return 'unreliable: do not rely on these scores (alpha < 0.667)';
}

/** Koo & Li (2016) bands for ICC. */
export function iccBand(v: number): string {
  if (v < 0.5) return 'poor reliability (Koo & Li)';
  if (v < 0.75) return 'moderate reliability (Koo & Li)';
  if (v < 0.9) return 'good reliability (Koo & Li)';
  return 'excellent reliability (Koo & Li)';
}

/** Conventional bands for Kendall's W. */
export function kendallBand(v: number): string {
  if (v < 0.1) return 'no real concordance of rankings';
  if (v < 0.3) return 'weak concordance of rankings';
  if (v < 0.6) return 'moderate concordance of rankings';
  if (v < 0.8) return 'strong concordance of rankings';
  return 'very strong concordance of rankings';
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

/** Adds `interpretation` to every defined coefficient of the statistics, in place. */
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
  if (s.cohen_kappa) {
    for (const p of s.cohen_kappa.pairs) {
      annotateAll(p, kappaBand);
    }
    annotateAll(s.cohen_kappa.mean_over_pairs, kappaBand);
  }
  annotateAll(s.fleiss_kappa, kappaBand);
  annotate(s.conger_kappa, kappaBand);
  annotateAll(s.krippendorff_alpha, alphaBand);
  annotateAll(s.icc, iccBand);
  for (const key of [
    'gwet_ac1',
    'gwet_ac2_linear',
    'gwet_ac2_quadratic',
    'brennan_prediger',
    'brennan_prediger_linear',
    'brennan_prediger_quadratic',
  ] as const) {
    annotateAll(s[key], kappaBand);
  }
  annotateAll(s.kendall_w, kendallBand);
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
  const pct = (v: number): string => `${Math.round(v * 100)}%`;
  // Rater pairs: the same test on the pair's own observed and chance agreement.
  const pairHits: string[] = [];
  for (const p of s.cohen_kappa?.pairs ?? []) {
    const st = p.unweighted;
    const po = st.p_observed;
    const pe = st.p_expected;
    if (!st.defined || st.value === null || po === undefined || pe === undefined) continue;
    if (po >= 0.75 && pe >= 0.5 && st.value <= po - 0.3) {
      st.paradox = `kappa paradox: ${pct(po)} identical scores, but chance agreement is ${pct(pe)}`;
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
    `Kappa paradox: raters gave identical scores on ${pct(pairAgreement!)} of pairs, yet kappa ` +
    `is low, because ${pct(dominantShare)} of all scores are level ${dominantLevel}. ${why}`;
  const short = `kappa paradox: ${pct(dominantShare)} of scores are level ${dominantLevel}; see kappa_paradox`;
  for (const st of hit) st.paradox = short;
  return {
    detected: true,
    explanation,
    dominant_level: dominantLevel!,
    dominant_share: dominantShare,
  };
}
