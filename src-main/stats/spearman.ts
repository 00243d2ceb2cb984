// Spearman's rank correlation: the Pearson correlation of the two variables' ranks, ties sharing
// their average rank (as R's `cor(x, y, method = "spearman")`).
//
// 95% interval: Fisher's z, atanh(rho) +- 1.959964 * SE, back through tanh, with the standard
// error of Bonett & Wright (2000), sqrt((1 + rho^2 / 2) / (n - 3)), which suits Spearman's rho
// better than Pearson's 1 / sqrt(n - 3) (Bonett, D. G. & Wright, T. A. (2000). Sample size
// requirements for estimating Pearson, Kendall and Spearman correlations. Psychometrika, 65(1),
// 23-28).
//
// Pairs where either value is not a finite number (NaN for "missing") are left out; `n_used`
// counts the pairs kept. Undefined (value null, with a reason) with fewer than three pairs, where
// a rank correlation is +-1 or nothing whatever the data, and when either variable has one value
// throughout (its ranks do not vary). With three pairs the value is given but no interval (n - 3
// is 0); at rho = +-1 Fisher's z is infinite, so there is no interval either; both say why in
// `ci95_reason`.
import { Z95 } from './distributions.js';
import { pearson } from './pearson.js';
import { ok, undef } from './stat.js';
import type { Stat } from './types.js';

/**
 * Ranks 1..n in ascending order of value, tied values sharing the mean of the ranks they span
 * (R's `rank(x)`, ties.method = "average").
 * @throws RangeError for a value that is not a finite number.
 */
export function averageRanks(values: readonly number[]): number[] {
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`values[${i}]: ${v} is not a finite number`);
  });
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && values[order[end]!] === values[order[start]!]) end++;
    // Positions start..end-1 hold ranks start+1..end; their mean is (start + 1 + end) / 2.
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]!] = rank;
    start = end;
  }
  return ranks;
}

/**
 * Spearman's rho of x and y (paired by position), with its 95% interval (see above).
 * @throws RangeError when x and y differ in length.
 */
export function spearmanRho(x: readonly number[], y: readonly number[]): Stat {
  if (x.length !== y.length) {
    throw new RangeError(`x and y must be paired: ${x.length} values against ${y.length}`);
  }
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (Number.isFinite(x[i]) && Number.isFinite(y[i])) {
      xs.push(x[i]!);
      ys.push(y[i]!);
    }
  }
  const n = xs.length;
  if (n < 3) {
    return undef(
      `${n === 0 ? 'no pairs' : n === 1 ? 'one pair' : 'two pairs'}: a rank correlation needs at least three`,
      n,
    );
  }
  const rho = pearson(averageRanks(xs), averageRanks(ys));
  if (rho === null) {
    const flatX = new Set(xs).size === 1;
    const flatY = new Set(ys).size === 1;
    const which = flatX && flatY ? 'each variable has' : flatX ? 'x has' : 'y has';
    return undef(`${which} one value throughout, so its ranks do not vary`, n);
  }
  if (n === 3) {
    return ok(rho, n, {
      ci95_lower: null,
      ci95_upper: null,
      ci95_reason: 'three pairs are too few for an interval (Fisher’s z needs at least four)',
    });
  }
  if (Math.abs(rho) === 1) {
    return ok(rho, n, {
      ci95_lower: null,
      ci95_upper: null,
      ci95_reason:
        'the ranks are in exactly the same (or the opposite) order, so Fisher’s z gives no finite interval',
    });
  }
  const z = Math.atanh(rho);
  const se = Math.sqrt((1 + (rho * rho) / 2) / (n - 3));
  return ok(rho, n, {
    ci95_lower: Math.tanh(z - Z95 * se),
    ci95_upper: Math.tanh(z + Z95 * se),
  });
}
