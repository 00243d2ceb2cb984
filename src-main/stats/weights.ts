// Agreement weights over an ordered scale: by position (the full scale; Cohen's kappa), by rank
// among the levels a rater pair used (irr::kappa2), or by value among the levels observed in a
// table (irrCAC without `categ.labels`).

export type WeightKind = 'identity' | 'linear' | 'quadratic';

/**
 * q x q agreement weights over positions 0..q-1: identity; linear 1 - |i-j|/(q-1);
 * quadratic 1 - (i-j)^2/(q-1)^2. The diagonal is always 1 (also for q = 1).
 */
export function weightMatrix(kind: WeightKind, q: number): Float64Array {
  const w = new Float64Array(q * q);
  const d = q - 1;
  for (let i = 0; i < q; i++) {
    for (let j = 0; j < q; j++) {
      if (i === j) w[i * q + j] = 1;
      else if (kind === 'linear') w[i * q + j] = 1 - Math.abs(i - j) / d;
      else if (kind === 'quadratic') w[i * q + j] = 1 - ((i - j) * (i - j)) / (d * d);
    }
  }
  return w;
}

/** Sum of all weights (Gwet's T_w). */
export function weightTotal(w: Float64Array): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i]!;
  return s;
}

/**
 * Weights by rank among the levels used: positions re-indexed 0..q'-1 among the `used` levels,
 * expanded back to a full q x q matrix (rows/columns of unused levels are 0). irr::kappa2 weighs
 * a rater pair's levels so (it reads them as a factor).
 */
export function rankWeightMatrix(kind: WeightKind, used: readonly boolean[]): Float64Array {
  const q = used.length;
  const pos: number[] = [];
  const idx = new Int32Array(q).fill(-1);
  for (let k = 0; k < q; k++) if (used[k]) idx[k] = pos.push(k) - 1;
  const small = weightMatrix(kind, pos.length);
  const w = new Float64Array(q * q);
  for (let i = 0; i < q; i++) {
    if (idx[i]! < 0) continue;
    for (let j = 0; j < q; j++) {
      if (idx[j]! < 0) continue;
      w[i * q + j] = small[idx[i]! * pos.length + idx[j]!]!;
    }
  }
  return w;
}

/**
 * Weights by value among the `used` levels, the lowest and highest used values being the ends:
 * linear 1 - |x_k - x_l| / (x_max - x_min), quadratic 1 - (x_k - x_l)^2 / (x_max - x_min)^2, as
 * irrCAC's linear.weights / quadratic.weights on numeric categories. On levels 0, 1, 2, 4 the
 * linear weight of 2 against 4 is 1/2, not the 2/3 one step of three would give. A full q x q
 * matrix: rows/columns of unused levels are 0; a single used level weighs 1 against itself.
 */
export function valueWeightMatrix(
  kind: WeightKind,
  values: readonly number[],
  used: readonly boolean[],
): Float64Array {
  const q = used.length;
  const w = new Float64Array(q * q);
  const lo = used.indexOf(true);
  const hi = used.lastIndexOf(true);
  if (lo < 0) return w;
  const span = values[hi]! - values[lo]!;
  for (let i = 0; i < q; i++) {
    if (!used[i]) continue;
    for (let j = 0; j < q; j++) {
      if (!used[j]) continue;
      const d = values[i]! - values[j]!;
      if (i === j) w[i * q + j] = 1;
      else if (kind === 'linear') w[i * q + j] = 1 - Math.abs(d) / span;
      else if (kind === 'quadratic') w[i * q + j] = 1 - (d * d) / (span * span);
    }
  }
  return w;
}

/** Whether two weight matrices are the same, entry for entry. */
export function sameWeights(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
