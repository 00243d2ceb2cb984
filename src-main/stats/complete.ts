// The complete-cases matrix: units scored by every rater, one row per unit, columns in rater
// order, values = scale values (for ICC) or level indices (for Kendall's W).
import type { UnitTable } from './input.js';

export interface CompleteMatrix {
  n: number;
  k: number;
  /** Row-major n x k level indices. */
  level: Int32Array;
}

export function completeMatrix(t: UnitTable): CompleteMatrix {
  const k = t.nRaters;
  let n = 0;
  for (let u = 0; u < t.nUnits; u++) if (t.unitStart[u + 1]! - t.unitStart[u]! === k) n++;
  const level = new Int32Array(n * k);
  let r = 0;
  for (let u = 0; u < t.nUnits; u++) {
    const a = t.unitStart[u]!;
    if (t.unitStart[u + 1]! - a !== k) continue;
    // Entries are sorted by rater and a complete unit has each rater once: column = position.
    for (let j = 0; j < k; j++) level[r * k + j] = t.level[a + j]!;
    r++;
  }
  return { n, k, level };
}
