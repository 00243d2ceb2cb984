// The warnings of a Bradley-Terry fit, in words for teachers: what was left out, what is not on
// one scale, and which abilities the extreme-score rules placed.
import type { BtAdjustment } from './cj-types.js';
import type { Fitted } from './bt-fit-parts.js';
import type { Graph } from './bt-graph.js';
import { MAX_ITERATIONS } from './bt-newton.js';

/** Samples named in a warning before "and n more". */
const NAMED = 5;

/** "a, b, c" or "a, b, c, d, e and 3 more". */
function named(ids: readonly string[]): string {
  const shown = ids.slice(0, NAMED).join(', ');
  return ids.length > NAMED ? `${shown} and ${ids.length - NAMED} more` : shown;
}

const plural = (k: number, one: string, many: string): string => `${k} ${k === 1 ? one : many}`;

export function warningsOf(
  g: Graph,
  part: Int32Array,
  count: number,
  fitted: Fitted,
  adjusted: (BtAdjustment | null)[],
  duplicates: readonly string[],
): string[] {
  const out: string[] = [];
  if (g.skipped > 0) {
    out.push(
      `${plural(g.skipped, 'judgement was', 'judgements were')} left out: ` +
        'a sample not in the list, a sample compared with itself, or a winner that is neither side.',
    );
  }
  if (duplicates.length > 0) {
    out.push(`Listed more than once (fitted once): ${named(duplicates)}.`);
  }
  const never = g.ids.filter((_, s) => part[s] === -1);
  if (never.length > 0) {
    out.push(
      `${plural(never.length, 'sample has', 'samples have')} no comparison yet (${named(never)}): ` +
        'shown at 0, the middle of the scale, with no standard error.',
    );
  }
  if (count > 1) {
    out.push(
      `The comparisons form ${count} separate groups of samples never compared with each other: ` +
        'each group is centred on 0 on its own, so abilities can be compared only within a group.',
    );
  }
  const extreme = g.ids.filter((_, s) => {
    const p = part[s]!;
    return p >= 0 && fitted.how[p] === 'set-aside' && adjusted[s] !== null;
  });
  if (extreme.length > 0) {
    out.push(
      `${plural(extreme.length, 'sample', 'samples')} won or lost every comparison ` +
        `(${named(extreme)}), so the usual estimate would put ${extreme.length === 1 ? 'it' : 'them'} ` +
        'infinitely high or low: each is placed where it would be expected to win 0.3 of a ' +
        'comparison less (or more) than it did, the other samples held where they are.',
    );
  }
  const provisional = g.ids.filter(
    (_, s) => part[s]! >= 0 && fitted.how[part[s]!] === 'one-sided-pairs',
  );
  if (provisional.length > 0) {
    out.push(
      `Too few comparisons to place ${plural(provisional.length, 'sample', 'samples')} the usual ` +
        `way (${named(provisional)}): every pair compared only one way was counted as 0.3 of a ` +
        'win less one-sided. These abilities are provisional: more judgements will settle them.',
    );
  }
  if (!fitted.converged) {
    out.push(
      `The estimate did not settle within ${MAX_ITERATIONS} iterations: treat it with care.`,
    );
  }
  return out;
}
