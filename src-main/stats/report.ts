// The whole report: per criterion, plus `__pooled__` (units = (criterion, sample) pairs) when
// there are 2+ criteria. This is the JSON that `concord stats --format json` prints.
import { agreementFromSums, raterPairMean } from './agreement.js';
import { applyIntervals, bootstrapIntervals } from './bootstrap.js';
import { completeMatrix } from './complete.js';
import type { CompleteMatrix } from './complete.js';
import { GWET_KEYS, gwetFromSums } from './gwet.js';
import { iccFamily } from './icc.js';
import { columnsFromRatings, prepare } from './input.js';
import type { UnitTable } from './input.js';
import { detectKappaParadox, interpret } from './interpret.js';
import { cohenKappa, congerKappa, fleissKappa } from './kappa.js';
import { kendallW } from './kendall.js';
import { alphaFromSums } from './krippendorff.js';
import { pairAgreementCounts, pairTables } from './pairs.js';
import type { PairTables } from './pairs.js';
import { severity } from './severity.js';
import { layoutFor, totals, weightContext } from './sufficient.js';
import { POOLED, STAT_KEYS } from './types.js';
import type {
  AgreementReport,
  CiOption,
  CriterionReport,
  Rating,
  RatingsColumns,
  StatKey,
  Statistics,
} from './types.js';

export const DEFAULT_BOOTSTRAP_REPS = 1000;
export const DEFAULT_BOOTSTRAP_SEED = 1;

/** Validates top-level statistic keys; throws a RangeError that lists the valid ones. */
export function checkStatKeys(keys: readonly string[]): StatKey[] {
  const bad = keys.filter((k) => !(STAT_KEYS as readonly string[]).includes(k));
  if (bad.length > 0) {
    throw new RangeError(`Unknown statistic ${bad.join(', ')}. Valid: ${STAT_KEYS.join(', ')}`);
  }
  return keys as StatKey[];
}

/** Statistics and counts of one unit table (a criterion, or the pooled table). */
export function reportForTable(
  t: UnitTable,
  wanted: ReadonlySet<StatKey>,
  ci: CiOption = { kind: 'none' },
): CriterionReport {
  const L = layoutFor(t.q);
  const wc = weightContext(t);
  const sums = totals(t, L, wc);
  const has = (k: StatKey): boolean => wanted.has(k);
  let pt: PairTables | null = null;
  const pairs = (): PairTables => (pt ??= pairTables(t));
  let cm: CompleteMatrix | null = null;
  const complete = (): CompleteMatrix => (cm ??= completeMatrix(t));

  const s: Statistics = {};
  for (const adj of [false, true]) {
    const key: StatKey = adj ? 'adjacent_agreement' : 'exact_agreement';
    if (!has(key)) continue;
    const f = agreementFromSums(sums, L, adj, t.nRaters);
    const pc = pairAgreementCounts(pairs(), t.q);
    s[key] = {
      sample_mean: f.sample_mean,
      pooled_pairs: f.pooled_pairs,
      rater_pair_mean: raterPairMean(pc.common, adj ? pc.adjacent : pc.exact),
      all_raters_agree_complete_samples: f.all_raters_agree_complete_samples,
    };
  }
  if (has('cohen_kappa')) s.cohen_kappa = cohenKappa(t, pairs());
  if (has('fleiss_kappa')) s.fleiss_kappa = fleissKappa(t, sums, L);
  if (has('conger_kappa')) s.conger_kappa = congerKappa(t, sums, L);
  if (has('krippendorff_alpha')) s.krippendorff_alpha = alphaFromSums(sums, L, t.levels);
  if (has('icc')) s.icc = iccFamily(complete(), t.levels);
  const g = gwetFromSums(sums, L, wc);
  for (const key of GWET_KEYS) {
    if (has(key)) s[key] = g[key];
  }
  if (has('kendall_w')) s.kendall_w = kendallW(complete(), t.q);
  if (has('severity')) s.severity = severity(t, pairs());

  if (ci.kind === 'bootstrap') {
    const reps = ci.reps ?? DEFAULT_BOOTSTRAP_REPS;
    const seed = ci.seed ?? DEFAULT_BOOTSTRAP_SEED;
    applyIntervals(s, bootstrapIntervals(t, L, wc, wanted, reps, seed));
  }
  interpret(s);

  // Dominant level and exact pair agreement for the kappa-paradox check.
  const byLevel = new Float64Array(t.q);
  for (let i = 0; i < t.level.length; i++) byLevel[t.level[i]!]! += 1;
  let dom = -1;
  for (let k = 0; k < t.q; k++) if (dom < 0 || byLevel[k]! > byLevel[dom]!) dom = k;
  const pairsTotal = sums[L.PAIRS]!;
  const paradox = detectKappaParadox(
    s,
    pairsTotal > 0 ? sums[L.EX_AG]! / pairsTotal : null,
    t.nRatings > 0 ? t.levels[dom]! : null,
    t.nRatings > 0 ? byLevel[dom]! / t.nRatings : 0,
  );

  let nComplete = 0;
  for (let u = 0; u < t.nUnits; u++) {
    if (t.unitStart[u + 1]! - t.unitStart[u]! === t.nRaters) nComplete++;
  }
  return {
    counts: {
      n_samples_rated: t.nUnits,
      n_samples_pairable: sums[L.N2]!,
      n_samples_complete: nComplete,
      n_raters: t.nRaters,
      n_ratings: t.nRatings,
      levels_observed: t.levels.filter((_, k) => wc.observed[k]),
    },
    raters: t.raters,
    statistics: s,
    kappa_paradox: paradox,
  };
}

/**
 * Computes every requested statistic per criterion and pooled.
 * @param input rating objects (score null = missing) or parsed columns
 * @param options.levels the full ordered scale
 * @throws RatingsDataError for a score outside the scale or a rater scoring a unit twice
 */
export function computeAgreementReport(
  input: readonly Rating[] | RatingsColumns,
  options: {
    levels: readonly number[];
    ci?: CiOption;
    stats?: readonly StatKey[];
  },
): AgreementReport {
  const columns = Array.isArray(input)
    ? columnsFromRatings(input as readonly Rating[])
    : (input as RatingsColumns);
  const wanted = new Set<StatKey>(options.stats ? checkStatKeys(options.stats) : STAT_KEYS);
  const prepared = prepare(columns, options.levels, {
    orderUnitsById: options.ci?.kind === 'bootstrap',
  });
  const criteria: Record<string, CriterionReport> = {};
  for (const c of prepared.criteria) criteria[c.id] = reportForTable(c.table, wanted, options.ci);
  if (prepared.pooled) criteria[POOLED] = reportForTable(prepared.pooled, wanted, options.ci);
  return { levels: prepared.levels, criteria };
}
