// computeDrift's counting step (drift.ts): one pass over the coded ratings adds each to its
// rater's tally for its session, and the tallies become the report's figures.
import type { CodedRatings, References, Units } from './drift-coding.js';
import type { AccuracyFigures, ColleagueFigures, ScaleUse } from './drift-types.js';

/** Ratings compared with a reference score (the consensus, or an anchor's). */
export interface AccuracyTally {
  /** Ratings with a reference score. */
  n: number;
  /** Of those, equal to it. */
  exact: number;
  /** Of those, at most one level from it. */
  withinOne: number;
  /** Sum of own minus reference level index. */
  severity: number;
}

/** (own, colleague) rating pairs on the same unit. */
export interface PairTally {
  pairs: number;
  exact: number;
  withinOne: number;
}

/** What a rater's counted ratings in one session (or in all of them) add up to. */
export interface RaterTally {
  n: number;
  consensus: AccuracyTally;
  anchors: AccuracyTally;
  colleagues: PairTally;
  /** Ratings per level of the scale. */
  levels: Float64Array;
}

export function emptyTally(q: number): RaterTally {
  return {
    n: 0,
    consensus: { n: 0, exact: 0, withinOne: 0, severity: 0 },
    anchors: { n: 0, exact: 0, withinOne: 0, severity: 0 },
    colleagues: { pairs: 0, exact: 0, withinOne: 0 },
    levels: new Float64Array(q),
  };
}

function addAccuracy(into: AccuracyTally, from: AccuracyTally): void {
  into.n += from.n;
  into.exact += from.exact;
  into.withinOne += from.withinOne;
  into.severity += from.severity;
}

export function addTally(into: RaterTally, from: RaterTally): void {
  into.n += from.n;
  addAccuracy(into.consensus, from.consensus);
  addAccuracy(into.anchors, from.anchors);
  into.colleagues.pairs += from.colleagues.pairs;
  into.colleagues.exact += from.colleagues.exact;
  into.colleagues.withinOne += from.colleagues.withinOne;
  for (let k = 0; k < into.levels.length; k++) into.levels[k]! += from.levels[k]!;
}

/** One rating `d` levels from its reference. */
function compare(t: AccuracyTally, d: number): void {
  t.n++;
  if (d === 0) t.exact++;
  if (d <= 1 && d >= -1) t.withinOne++;
  t.severity += d;
}

export interface Tallies {
  /** Per rater and session, at [rater * sessions + session]. */
  seats: RaterTally[];
  /** Ratings per level in each session, every rater's, at [session * q + level]. */
  sessionLevels: Float64Array;
}

/** Every counted rating added to its rater's tally for its session. */
export function tallyRatings(
  coded: CodedRatings,
  refs: References,
  units: Units,
  S: number,
  q: number,
): Tallies {
  const R = coded.raters.ids.length;
  const seats = Array.from({ length: R * S }, () => emptyTally(q));
  const sessionLevels = new Float64Array(S * q);
  const { session, rater, sample, criterion, level } = coded;
  const unit = units.of;
  const uc = units.levelCounts;
  for (let i = 0; i < coded.n; i++) {
    const s = session[i]!;
    const k = level[i]!;
    const t = seats[rater[i]! * S + s]!;
    t.n++;
    t.levels[k]!++;
    sessionLevels[s * q + k]!++;
    const c = refs.consensusAt(s, sample[i]!, criterion[i]!);
    if (c >= 0) compare(t.consensus, k - c);
    const a = refs.anchorAt(sample[i]!, criterion[i]!);
    if (a >= 0) compare(t.anchors, k - a);
    // Colleagues: the unit's other ratings, from its level counts less this one.
    const b = unit[i]! * q;
    let others = 0;
    for (let h = 0; h < q; h++) others += uc[b + h]!;
    others -= 1;
    if (others > 0) {
      const same = uc[b + k]! - 1;
      const near = same + (k > 0 ? uc[b + k - 1]! : 0) + (k < q - 1 ? uc[b + k + 1]! : 0);
      t.colleagues.pairs += others;
      t.colleagues.exact += same;
      t.colleagues.withinOne += near;
    }
  }
  return { seats, sessionLevels };
}

const ratio = (a: number, n: number): number | null => (n > 0 ? a / n : null);

export function accuracyFigures(t: AccuracyTally): AccuracyFigures {
  return {
    n: t.n,
    exact: ratio(t.exact, t.n),
    withinOne: ratio(t.withinOne, t.n),
    severity: ratio(t.severity, t.n),
  };
}

export function colleagueFigures(t: PairTally): ColleagueFigures {
  return {
    pairs: t.pairs,
    exact: ratio(t.exact, t.pairs),
    withinOne: ratio(t.withinOne, t.pairs),
  };
}

export function scaleUse(counts: ArrayLike<number>): ScaleUse {
  const c = Array.from(counts);
  const total = c.reduce((a, b) => a + b, 0);
  return { counts: c, shares: c.map((v) => (total > 0 ? v / total : 0)) };
}
