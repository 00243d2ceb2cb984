// Rubric levels on a comparative-judgement scale, read from anchors: samples whose level the team
// has agreed. The scale itself has no levels; the anchors say where each level sits on it.
//
// Boundaries. For each pair of adjacent levels that both have anchors, the boundary is the
// midpoint between the mean ability of the lower level's anchors and that of the higher level's.
// Why this rule and not a logistic fit of "at or above level k" on ability: the anchors of a
// well-run team are usually perfectly separated (every level-3 anchor above every level-2
// anchor), and then the logistic fit has no finite estimate (its slope runs off to infinity and
// the crossing point is anywhere in the gap). The midpoint always exists when the levels are in
// order, needs no iteration, and is what a logistic (discriminant) fit gives when the two levels'
// abilities spread alike and are equally common: the natural default with a handful of anchors.
//
// Rules around it:
// - Only levels with anchors get a band. A level of the scale without any anchor gets none: no
//   sample is placed at a level nothing on the scale illustrates. Its name is listed in
//   `levels_without_anchors`, and a boundary then joins the nearest anchored levels on each side
//   (`below: 1, above: 3` when level 2 has no anchor).
// - The lowest anchored level's band is everything below the first boundary, the highest one's
//   everything from the last boundary up. An ability exactly on a boundary belongs to the level
//   above it.
// - Boundaries are null, with a reason in plain words, when fewer than two levels have anchors,
//   when the anchor means do not rise with their levels, or when the comparisons fall into
//   separate groups (the fit then centres each group on its own, so abilities of different
//   groups are not on one scale).
//
// A sample's `probability` is the chance that its true ability lies in its band, taking the
// ability as Normal(ability, se^2); `level_low` / `level_high` are the bands reached by ability -
// and + 1.96 se (the 97.5% normal quantile, 1.9599639845400536, exactly). Anchors are placed like
// every other sample: their own agreed level is not forced on them.
//
// A sample never compared has no estimate (`se` null): it gets no level, and an anchor never
// compared is left out of the boundaries and named in `anchors_not_compared`.
import type { BtFit, BtSample, CjLevels, LevelBoundary, SampleLevel } from './cj-types.js';
import { normalCdf, Z95 } from './distributions.js';

/** The band an ability falls in: how many boundaries are at or below it. */
function bandOf(ability: number, cuts: readonly number[]): number {
  let band = 0;
  while (band < cuts.length && ability >= cuts[band]!) band++;
  return band;
}

/** P(lower <= X < upper) for X ~ Normal(mean, se^2); se 0 is a point at the mean. */
function bandProbability(mean: number, se: number, lower: number, upper: number): number {
  if (se === 0) return mean >= lower && mean < upper ? 1 : 0;
  const hi = upper === Infinity ? 1 : normalCdf((upper - mean) / se);
  const lo = lower === -Infinity ? 0 : normalCdf((lower - mean) / se);
  return hi - lo;
}

function placeSample(
  s: BtSample,
  se: number,
  anchored: readonly number[],
  cuts: readonly number[],
): SampleLevel {
  if (!Number.isFinite(s.ability) || !(se >= 0)) {
    throw new RangeError(`sample "${s.sample}": ability ${s.ability} ± ${se} is not a number`);
  }
  const band = bandOf(s.ability, cuts);
  const lower = band === 0 ? -Infinity : cuts[band - 1]!;
  const upper = band === cuts.length ? Infinity : cuts[band]!;
  return {
    sample: s.sample,
    level: anchored[band]!,
    probability: bandProbability(s.ability, se, lower, upper),
    level_low: anchored[bandOf(s.ability - Z95 * se, cuts)]!,
    level_high: anchored[bandOf(s.ability + Z95 * se, cuts)]!,
  };
}

const logits = (v: number) => `${v.toFixed(2)} logits`;

/**
 * Level boundaries from the anchors, and every sample's level with how sure it is (see the rules
 * above). Samples come back in the fit's order.
 * @throws RangeError for an anchor that is not a sample of the fit, a level not on the scale, a
 *   sample anchored twice, or a scale that repeats a level or holds a non-number.
 */
export function cjLevels(
  fit: BtFit,
  anchors: readonly { sample: string; level: number }[],
  levels: readonly number[],
): CjLevels {
  if (levels.some((l) => !Number.isFinite(l))) {
    throw new RangeError(`levels: every level must be a number (${levels.join(', ')})`);
  }
  if (new Set(levels).size !== levels.length) {
    throw new RangeError(`levels: the scale repeats a level (${levels.join(', ')})`);
  }
  const scale = [...levels].sort((a, b) => a - b);
  const byId = new Map(fit.samples.map((s) => [s.sample, s]));
  const byLevel = new Map<number, number[]>();
  const seen = new Set<string>();
  const notCompared: string[] = [];
  anchors.forEach(({ sample, level }, i) => {
    const s = byId.get(sample);
    if (s === undefined) {
      throw new RangeError(`anchors[${i}].sample: "${sample}" is not a sample of the fit`);
    }
    if (!scale.includes(level)) {
      throw new RangeError(
        `anchors[${i}].level: ${level} is not a level of the scale (${scale.join(', ')})`,
      );
    }
    if (seen.has(sample)) {
      throw new RangeError(`anchors[${i}].sample: "${sample}" is anchored twice`);
    }
    seen.add(sample);
    if (s.se === null) {
      notCompared.push(sample);
      return;
    }
    const list = byLevel.get(level) ?? [];
    list.push(s.ability);
    byLevel.set(level, list);
  });

  const anchored = scale.filter((l) => byLevel.has(l));
  const withoutAnchors = scale.filter((l) => !byLevel.has(l));
  const extra = {
    levels_without_anchors: withoutAnchors,
    ...(notCompared.length > 0 ? { anchors_not_compared: notCompared } : {}),
  };
  const none = (reason: string): CjLevels => ({ boundaries: null, reason, samples: [], ...extra });

  if (anchored.length === 0) {
    return none(
      anchors.length === 0
        ? 'no anchors were given, so the levels cannot be placed'
        : 'no anchor has been compared yet, so the levels cannot be placed',
    );
  }
  if (anchored.length === 1) {
    return none(
      `every anchor is at level ${anchored[0]}: anchors at two or more levels are needed to place the boundaries between levels`,
    );
  }
  if (fit.components > 1) {
    return none(
      `the comparisons fall into ${fit.components} separate groups that were never compared with each other, so their abilities are not on one scale: add comparisons across the groups before reading levels`,
    );
  }
  const means = anchored.map((l) => {
    const list = byLevel.get(l)!;
    return list.reduce((sum, a) => sum + a, 0) / list.length;
  });
  const outOfOrder: string[] = [];
  for (let k = 1; k < anchored.length; k++) {
    if (!(means[k]! > means[k - 1]!)) {
      outOfOrder.push(
        `the level ${anchored[k]} anchors average ${logits(means[k]!)}, not above the level ${anchored[k - 1]} anchors' ${logits(means[k - 1]!)}`,
      );
    }
  }
  if (outOfOrder.length > 0) {
    return none(
      `the anchors do not rise with their levels on this scale: ${outOfOrder.join('; ')}. Check the anchors' agreed levels, or judge more pairs that include them`,
    );
  }
  const boundaries: LevelBoundary[] = [];
  for (let k = 1; k < anchored.length; k++) {
    boundaries.push({
      below: anchored[k - 1]!,
      above: anchored[k]!,
      at: (means[k - 1]! + means[k]!) / 2,
    });
  }
  const cuts = boundaries.map((b) => b.at);
  return {
    boundaries,
    samples: fit.samples.flatMap((s) => {
      return s.se === null ? [] : [placeSample(s, s.se, anchored, cuts)];
    }),
    ...extra,
  };
}
