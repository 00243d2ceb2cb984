// Judge fit in comparative judgement: how far each judge's choices depart from the team's scale.
//
// For a judgement where the judge chose sample w over sample l, the scale expects w to be chosen
// with p = 1 / (1 + exp(a_l - a_w)). Coding the observed outcome as x = 1 for the chosen sample,
// the residual is x - p = 1 - p and its variance p (1 - p), so the squared standardised residual
// is
//   z² = (x - p)² / (p (1 - p)) = (1 - p) / p,
// small when the judge chose the sample the scale favours, large for a surprising choice. (Coding
// the pair from the other sample's side gives the same z².) Per judge, over their judgements:
//   outfit = mean of z²                               (unweighted: a few surprises weigh heavily)
//   infit  = sum of (x - p)² / sum of p (1 - p)       (information-weighted: surprises on close
//                                                      pairs count, those on far pairs less)
// Both are about 1 for a judge whose choices are as consistent as the model expects, above 1
// for a judge less consistent than the team (random or reversed choices), below 1 for one more
// deterministic than the model.
//
// A judge is flagged when their infit exceeds the mean + 2 standard deviations of all judges'
// infits (Pollitt, 2012; the SD with divisor n - 1). The rule is relative to the team: with few
// judges it can hardly flag anyone (with 5 or fewer, no judge can lie 2 sample SDs above the
// mean), and `threshold` is null with fewer than 2 judges with an infit.
//
// Judgements are read at the fit's abilities, adjusted samples included (their abilities are
// finite and their residuals small); a judgement naming a sample not in the fit, or a winner that
// is neither side, is left out (cj.ts refuses such input before this). Judges are listed in byte
// order of their ids; `worst` holds each judge's up to 5 largest z², worst first (ties in the
// order of the judgements). `median_ms` is the median of the recorded times.
//
// Reference: Pollitt, A. (2012). The method of Adaptive Comparative Judgement. Assessment in
// Education: Principles, Policy & Practice, 19(3), 281-300.
import type { BtFit, Judgement, JudgeFit, JudgeFitReport, JudgementResidual } from './cj-types.js';
import { compareIds } from './input.js';

/** Most surprising judgements listed per judge. */
export const WORST_LISTED = 5;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const h = v.length >> 1;
  return v.length % 2 === 1 ? v[h]! : (v[h - 1]! + v[h]!) / 2;
}

interface Tally {
  residuals: JudgementResidual[];
  /** Sum of (1 - p)² and of p (1 - p). */
  squared: number;
  variance: number;
  times: number[];
}

function judgeRow(judge: string, t: Tally): Omit<JudgeFit, 'misfit'> {
  const n = t.residuals.length;
  const worst = t.residuals
    .map((r, k) => ({ r, k }))
    .sort((a, b) => b.r.z2 - a.r.z2 || a.k - b.k)
    .slice(0, WORST_LISTED)
    .map(({ r }) => r);
  return {
    judge,
    judgements: n,
    infit: n > 0 && t.variance > 0 ? t.squared / t.variance : null,
    outfit: n > 0 ? t.residuals.reduce((s, r) => s + r.z2, 0) / n : null,
    median_ms: median(t.times),
    worst,
  };
}

/** Mean + 2 SD (divisor n - 1) of the defined infits; null with fewer than 2. */
function misfitThreshold(infits: readonly number[]): number | null {
  const n = infits.length;
  if (n < 2) return null;
  const mean = infits.reduce((s, v) => s + v, 0) / n;
  const variance = infits.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
  return mean + 2 * Math.sqrt(variance);
}

/** Each judge's infit, outfit and most surprising choices on the fitted scale (see above). */
export function judgeFit(judgements: readonly Judgement[], fit: BtFit): JudgeFitReport {
  const ability = new Map(fit.samples.map((s) => [s.sample, s.ability]));
  const tallies = new Map<string, Tally>();
  for (const j of judgements) {
    let t = tallies.get(j.judge);
    if (!t) tallies.set(j.judge, (t = { residuals: [], squared: 0, variance: 0, times: [] }));
    const loser = j.winner === j.left ? j.right : j.winner === j.right ? j.left : undefined;
    const aw = ability.get(j.winner);
    const al = loser === undefined ? undefined : ability.get(loser);
    if (loser === undefined || aw === undefined || al === undefined || loser === j.winner) {
      continue;
    }
    // (1 - p) / p = exp(a_l - a_w): exact, also where 1 - p would round to 0.
    const odds = Math.exp(al - aw);
    const p = 1 / (1 + odds);
    const q = odds / (1 + odds);
    t.residuals.push({ left: j.left, right: j.right, winner: j.winner, expected: p, z2: odds });
    t.squared += q * q;
    t.variance += p * q;
    if (j.ms !== null && Number.isFinite(j.ms)) t.times.push(j.ms);
  }
  const rows = [...tallies.keys()].sort(compareIds).map((id) => judgeRow(id, tallies.get(id)!));
  const threshold = misfitThreshold(rows.flatMap((r) => (r.infit === null ? [] : [r.infit])));
  return {
    judges: rows.map((r) => ({
      judge: r.judge,
      judgements: r.judgements,
      infit: r.infit,
      outfit: r.outfit,
      misfit: threshold !== null && r.infit !== null && r.infit > threshold,
      median_ms: r.median_ms,
      worst: r.worst,
    })),
    threshold,
  };
}
