// Rater-pair agreement counts of a bootstrap replicate (for the rater-pair means): for unit
// weights w, common_p / exact_p / adjacent_p = sum over units of w_u times the pair's
// (both rated, equal, within one level) indicators.
import type { UnitTable } from './input.js';
import { pairIndex } from './pairs.js';
import type { PairTables } from './pairs.js';

export interface PairCounter {
  count(
    weight: Int32Array,
    common: Float64Array,
    exact: Float64Array,
    adjacent: Float64Array,
  ): void;
}

/**
 * One code per pair of ratings within each unit, grouped by unit: unit u's codes are
 * code[start[u] .. start[u+1]). `encode(i, j)` gets the two ratings' indices, i before j; raters
 * within a unit are in rater order, so i's rater is the pair's first.
 */
function unitPairCodes(
  t: UnitTable,
  encode: (i: number, j: number) => number,
): { start: Int32Array; code: Int32Array } {
  const nU = t.nUnits;
  const start = new Int32Array(nU + 1);
  let total = 0;
  for (let u = 0; u < nU; u++) {
    const m = t.unitStart[u + 1]! - t.unitStart[u]!;
    total += (m * (m - 1)) / 2;
    start[u + 1] = total;
  }
  const code = new Int32Array(total);
  let e = 0;
  for (let u = 0; u < nU; u++) {
    const hi = t.unitStart[u + 1]!;
    for (let i = t.unitStart[u]!; i < hi; i++) {
      for (let j = i + 1; j < hi; j++) code[e++] = encode(i, j);
    }
  }
  return { start, code };
}

/** Direct form: every unit's list of rater pairs (cost: sum of m(m-1)/2 per replicate). */
export function entryPairCounter(t: UnitTable): PairCounter {
  const nU = t.nUnits;
  const R = t.nRaters;
  const nPairs = (R * (R - 1)) / 2;
  // Packed as pair * 4 + (exact ? 1 : 0) + (adjacent ? 2 : 0).
  const { start, code } = unitPairCodes(t, (i, j) => {
    const d = Math.abs(t.level[i]! - t.level[j]!);
    return pairIndex(t.rater[i]!, t.rater[j]!, R) * 4 + (d === 0 ? 1 : 0) + (d <= 1 ? 2 : 0);
  });
  const acc = new Int32Array(nPairs * 3);
  return {
    count(weight, common, exact, adjacent) {
      acc.fill(0);
      for (let u = 0; u < nU; u++) {
        const w = weight[u]!;
        if (w === 0) continue;
        const end = start[u + 1]!;
        for (let x = start[u]!; x < end; x++) {
          const c = code[x]!;
          const i = (c >> 2) * 3;
          acc[i]! += w;
          acc[i + 1]! += w & -(c & 1);
          acc[i + 2]! += w & -((c >> 1) & 1);
        }
      }
      for (let p = 0; p < nPairs; p++) {
        common[p] = acc[p * 3]!;
        exact[p] = acc[p * 3 + 1]!;
        adjacent[p] = acc[p * 3 + 2]!;
      }
    },
  };
}

/**
 * Grouped form for up to 16 raters. Each unit is described by bit masks of raters: who rated
 * it (group 0), who gave level k (groups 1..q) and who gave level k or k+1 (windows). A replicate
 * sums unit weights per distinct (group, mask), then adds each mask's weight to its pairs:
 * common = pairs in the presence mask; exact = pairs within a level mask; adjacent = pairs within
 * a window minus pairs within an inner level mask (an equal pair on an inner level lies in two
 * windows). Much cheaper than per-unit pairs because few distinct masks occur.
 */
export function maskPairCounter(t: UnitTable): PairCounter | null {
  const R = t.nRaters;
  if (R > 16) return null;
  const q = t.q;
  const nU = t.nUnits;
  const nPairs = (R * (R - 1)) / 2;
  const G = 1 + q + Math.max(0, q - 1);
  const ids = new Int32Array(nU * G).fill(-1);
  const idOf = new Map<number, number>();
  const idGroup: number[] = [];
  const idMask: number[] = [];
  const levelMask = new Int32Array(q);
  for (let u = 0; u < nU; u++) {
    levelMask.fill(0);
    let present = 0;
    for (let x = t.unitStart[u]!; x < t.unitStart[u + 1]!; x++) {
      const bit = 1 << t.rater[x]!;
      present |= bit;
      levelMask[t.level[x]!]! |= bit;
    }
    const set = (g: number, mask: number): void => {
      if ((mask & (mask - 1)) === 0) return; // fewer than two raters: no pair
      const key = g * 65536 + mask;
      let id = idOf.get(key);
      if (id === undefined) {
        id = idGroup.length;
        idOf.set(key, id);
        idGroup.push(g);
        idMask.push(mask);
      }
      ids[u * G + g] = id;
    };
    set(0, present);
    for (let k = 0; k < q; k++) set(1 + k, levelMask[k]!);
    for (let k = 0; k + 1 < q; k++) set(1 + q + k, levelMask[k]! | levelMask[k + 1]!);
  }
  const nIds = idGroup.length;
  // Pairs of each mask, flattened.
  const pairStart = new Int32Array(nIds + 1);
  const pairs: number[] = [];
  for (let id = 0; id < nIds; id++) {
    const mask = idMask[id]!;
    for (let a = 0; a < R; a++) {
      if (!(mask & (1 << a))) continue;
      for (let b = a + 1; b < R; b++) if (mask & (1 << b)) pairs.push(pairIndex(a, b, R));
    }
    pairStart[id + 1] = pairs.length;
  }
  const pairList = Int32Array.from(pairs);
  const group = Int32Array.from(idGroup);
  const idWeight = new Int32Array(nIds);
  const acc = new Int32Array(nPairs * 3);
  return {
    count(weight, common, exact, adjacent) {
      idWeight.fill(0);
      for (let u = 0; u < nU; u++) {
        const w = weight[u]!;
        if (w === 0) continue;
        const base = u * G;
        for (let g = 0; g < G; g++) {
          const id = ids[base + g]!;
          if (id >= 0) idWeight[id]! += w;
        }
      }
      acc.fill(0);
      for (let id = 0; id < nIds; id++) {
        const w = idWeight[id]!;
        if (w === 0) continue;
        const g = group[id]!;
        // Slot 0 = common, 1 = exact, 2 = adjacent; inner level masks also subtract from 2.
        const slot = g === 0 ? 0 : g <= q ? 1 : 2;
        const inner = g >= 2 && g <= q - 1;
        const end = pairStart[id + 1]!;
        for (let x = pairStart[id]!; x < end; x++) {
          const i = pairList[x]! * 3;
          acc[i + slot]! += w;
          if (inner) acc[i + 2]! -= w;
        }
      }
      for (let p = 0; p < nPairs; p++) {
        common[p] = acc[p * 3]!;
        exact[p] = acc[p * 3 + 1]!;
        // With a single level, within one level = equal.
        adjacent[p] = q === 1 ? acc[p * 3 + 1]! : acc[p * 3 + 2]!;
      }
    },
  };
}

/**
 * Per replicate, every rater pair's q x q table (as `pairTables` builds it) with each unit
 * counted as often as it was drawn: for kappa per pair. Each unit keeps the cells its pairs
 * fall in, so a replicate adds weights cell by cell.
 */
export function pairTableCounter(
  t: UnitTable,
  into: PairTables,
): { count(weight: Int32Array): void } {
  const nU = t.nUnits;
  const R = t.nRaters;
  const q = t.q;
  const qq = q * q;
  const { start, code: cell } = unitPairCodes(
    t,
    (i, j) => pairIndex(t.rater[i]!, t.rater[j]!, R) * qq + t.level[i]! * q + t.level[j]!,
  );
  return {
    count(weight) {
      into.table.fill(0);
      for (let u = 0; u < nU; u++) {
        const w = weight[u]!;
        if (w === 0) continue;
        const end = start[u + 1]!;
        for (let x = start[u]!; x < end; x++) into.table[cell[x]!]! += w;
      }
    },
  };
}
