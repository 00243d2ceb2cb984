// Rater-pair counts of a bootstrap replicate, for unit weights w (how often each unit was drawn):
// the agreement counts of the rater-pair means (common_p / exact_p / adjacent_p = sum over units
// of w_u times the pair's both rated, equal, within one level indicators) and each pair's q x q
// table for Cohen's kappa. Each comes in forms of different cost; `cost` estimates a replicate's
// operations so the bootstrap takes the cheapest for the table at hand.
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
  /** Operations a replicate takes, about: to choose the cheaper form for a table. */
  cost: number;
}

/** Rater-pair q x q tables of a replicate (`PairTables` layout), with what they cost. */
export interface TableCounter {
  count(weight: Int32Array): void;
  cost: number;
}

/** Share of units a replicate draws at least once (1 - 1/e): the others are skipped. */
const DRAWN = 0.632;

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
    cost: nU + DRAWN * code.length,
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
    cost: nU + DRAWN * nU * G + nIds + pairList.length,
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
export function pairTableCounter(t: UnitTable, into: PairTables): TableCounter {
  const nU = t.nUnits;
  const R = t.nRaters;
  const q = t.q;
  const qq = q * q;
  const { start, code: cell } = unitPairCodes(
    t,
    (i, j) => pairIndex(t.rater[i]!, t.rater[j]!, R) * qq + t.level[i]! * q + t.level[j]!,
  );
  const table = into.table;
  return {
    cost: nU + DRAWN * cell.length + table.length,
    count(weight) {
      table.fill(0);
      let x = 0;
      for (let u = 0; u < nU; u++) {
        const end = start[u + 1]!;
        const w = weight[u]!;
        if (w !== 0) for (; x < end; x++) table[cell[x]!]! += w;
        x = end;
      }
    },
  };
}

/** Largest lookup of block states kept (Int32 entries): beyond it, per-unit pairs are used. */
const MAX_BLOCK_STATES = 1 << 20;

/**
 * Grouped form of `pairTableCounter`. Raters go in blocks of two (0-1, 2-3, ...); a unit is
 * described, for each block and each pair of blocks where it has ratings, by the levels those
 * raters gave it (a bucket: one of (q + 1)^2 states per block, missing counted as a state). A
 * replicate sums unit weights per bucket, then adds each bucket's weight to the table cells of
 * its rater pairs. With many raters per unit a unit touches far fewer buckets than rater pairs,
 * and many units share a bucket; null where it would cost more than `pairTableCounter`.
 */
export function blockPairTableCounter(t: UnitTable, into: PairTables): TableCounter | null {
  const nU = t.nUnits;
  const R = t.nRaters;
  const q = t.q;
  const qq = q * q;
  const Q = q + 1;
  const S = Q * Q;
  const B = Math.ceil(R / 2);
  // Lookup of bucket ids: block b alone at b * S + state; blocks b < c at
  // B * S + pairIndex(b, c, B) * S * S + state_b * S + state_c.
  const lookupSize = B * S + ((B * (B - 1)) / 2) * S * S;
  if (R < 3 || lookupSize > MAX_BLOCK_STATES) return null;

  // Each unit's blocks with ratings and their states, state = level_first * Q + level_second
  // (level q = missing). Raters within a unit are in rater order: a block's ratings are adjacent.
  const unitStart = t.unitStart;
  const blockStart = new Int32Array(nU + 1);
  const block = new Int32Array(t.nRatings);
  const state = new Int32Array(t.nRatings);
  let n = 0;
  let pairsTotal = 0;
  let idsTotal = 0;
  for (let u = 0; u < nU; u++) {
    const lo = unitStart[u]!;
    const hi = unitStart[u + 1]!;
    pairsTotal += ((hi - lo) * (hi - lo - 1)) / 2;
    const first = n;
    for (let x = lo; x < hi; x++) {
      const r = t.rater[x]!;
      const l = t.level[x]!;
      if (n > first && block[n - 1] === r >> 1) state[n - 1] = state[n - 1]! - q + l;
      else {
        block[n] = r >> 1;
        state[n++] = (r & 1) === 0 ? l * Q + q : q * Q + l;
      }
    }
    blockStart[u + 1] = n;
    const k = n - first;
    idsTotal += (k * (k - 1)) / 2;
    for (let i = first; i < n; i++) if (state[i]! % Q !== q && state[i]! < q * Q) idsTotal++;
  }
  // Worth building only if a unit's buckets are well below its pairs.
  if (idsTotal >= 0.8 * pairsTotal) return null;

  const lookup = new Int32Array(lookupSize).fill(-1);
  const cellStart: number[] = [0];
  const cells: number[] = [];
  /** A new bucket's cells: the pairs between the raters of blocks b (state sb) and c (sc). */
  const newBucket = (key: number, b: number, sb: number, c: number, sc: number): number => {
    const id = cellStart.length - 1;
    lookup[key] = id;
    const x = [Math.floor(sb / Q), sb % Q];
    const y = [Math.floor(sc / Q), sc % Q];
    if (b === c) cells.push(pairIndex(2 * b, 2 * b + 1, R) * qq + x[0]! * q + x[1]!);
    else {
      for (let dx = 0; dx < 2; dx++) {
        if (x[dx] === q) continue;
        for (let dy = 0; dy < 2; dy++) {
          if (y[dy] === q) continue;
          cells.push(pairIndex(2 * b + dx, 2 * c + dy, R) * qq + x[dx]! * q + y[dy]!);
        }
      }
    }
    cellStart.push(cells.length);
    return id;
  };
  const start = new Int32Array(nU + 1);
  const ids = new Int32Array(idsTotal);
  let e = 0;
  for (let u = 0; u < nU; u++) {
    const hi = blockStart[u + 1]!;
    for (let i = blockStart[u]!; i < hi; i++) {
      const b = block[i]!;
      const sb = state[i]!;
      if (sb % Q !== q && sb < q * Q) {
        const key = b * S + sb;
        const id = lookup[key]!;
        ids[e++] = id >= 0 ? id : newBucket(key, b, sb, b, sb);
      }
      for (let j = i + 1; j < hi; j++) {
        const c = block[j]!;
        const sc = state[j]!;
        const key = B * S + pairIndex(b, c, B) * S * S + sb * S + sc;
        const id = lookup[key]!;
        ids[e++] = id >= 0 ? id : newBucket(key, b, sb, c, sc);
      }
    }
    start[u + 1] = e;
  }
  const nBuckets = cellStart.length - 1;
  const bucketStart = Int32Array.from(cellStart);
  const bucketCells = Int32Array.from(cells);
  const table = into.table;
  const cost = nU + DRAWN * idsTotal + nBuckets + bucketCells.length + table.length;
  if (cost >= nU + DRAWN * pairsTotal + table.length) return null;
  const bucketWeight = new Int32Array(nBuckets);
  return {
    cost,
    count(weight) {
      bucketWeight.fill(0);
      let x = 0;
      for (let u = 0; u < nU; u++) {
        const end = start[u + 1]!;
        const w = weight[u]!;
        if (w !== 0) for (; x < end; x++) bucketWeight[ids[x]!]! += w;
        x = end;
      }
      table.fill(0);
      for (let b = 0; b < nBuckets; b++) {
        const w = bucketWeight[b]!;
        if (w === 0) continue;
        const end = bucketStart[b + 1]!;
        for (let c = bucketStart[b]!; c < end; c++) table[bucketCells[c]!]! += w;
      }
    },
  };
}
