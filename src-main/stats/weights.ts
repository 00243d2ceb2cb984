// Agreement weights over index positions of an ordered scale.

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
 * Weights for the levels actually observed: positions re-indexed 0..q'-1 among the observed
 * levels, expanded back to a full q x q matrix (rows/columns of unobserved levels are 0).
 */
export function observedWeightMatrix(kind: WeightKind, observed: readonly boolean[]): Float64Array {
  const q = observed.length;
  const pos: number[] = [];
  const idx = new Int32Array(q).fill(-1);
  for (let k = 0; k < q; k++) if (observed[k]) idx[k] = pos.push(k) - 1;
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
