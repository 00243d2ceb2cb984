// Turns ratings (objects or columns) into per-criterion unit tables: integer-coded levels,
// units in a fixed order, each unit's ratings sorted by rater, and per-unit level counts.
import { excerpt } from '../domain/errors.js';
import type { Rating, RatingsColumns } from './types.js';

/** Bad data the engine refuses; `row` (0-based input row) lets callers name the file line. */
export class RatingsDataError extends Error {
  constructor(
    message: string,
    readonly row: number,
    readonly field: 'score' | 'rater',
    /** For duplicates: the earlier row of the same (sample, rater, criterion). */
    readonly otherRow?: number,
  ) {
    super(message);
    this.name = 'RatingsDataError';
  }
}

/**
 * Unit table of one criterion (or `__pooled__`). A unit is a sample (for pooled: a
 * (criterion, sample) pair) with at least one rating. Entries of unit u are
 * `unitStart[u] .. unitStart[u+1]-1`, sorted by rater (byte order of ids).
 */
export interface UnitTable {
  levels: readonly number[];
  q: number;
  raters: string[];
  nRaters: number;
  nUnits: number;
  nRatings: number;
  unitStart: Int32Array;
  /** Rater index into `raters`, per entry. */
  rater: Int32Array;
  /** Level index into `levels`, per entry. */
  level: Int32Array;
  /** counts[u * q + k] = ratings of unit u at level k. */
  counts: Int32Array;
}

export interface Prepared {
  levels: number[];
  criteria: { id: string; table: UnitTable }[];
  pooled: UnitTable | null;
}

/**
 * Order of ids: UTF-8 byte order (= Unicode code point order), independent of locale.
 * UTF-16 code unit order differs only for astral characters; the fix-up below handles them.
 */
export function compareIds(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** Single-criterion data (no criterion given) is reported under this id. */
export const SINGLE_CRITERION = 'all';

/** Interns plain rating objects into columns. */
export function columnsFromRatings(ratings: readonly Rating[]): RatingsColumns {
  const n = ratings.length;
  const sample = new Int32Array(n);
  const rater = new Int32Array(n);
  const criterion = new Int32Array(n);
  const score = new Float64Array(n);
  const maps = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  const ids: string[][] = [[], [], []];
  const intern = (k: 0 | 1 | 2, id: string): number => {
    const m = maps[k]!;
    let v = m.get(id);
    if (v === undefined) {
      v = ids[k]!.length;
      m.set(id, v);
      ids[k]!.push(id);
    }
    return v;
  };
  for (let i = 0; i < n; i++) {
    const r = ratings[i]!;
    sample[i] = intern(0, r.sample);
    rater[i] = intern(1, r.rater);
    criterion[i] = intern(2, r.criterion ?? SINGLE_CRITERION);
    score[i] = r.score === null || r.score === undefined ? Number.NaN : r.score;
  }
  if (n === 0) ids[2]!.push(SINGLE_CRITERION);
  return {
    length: n,
    sample,
    rater,
    criterion,
    score,
    sampleIds: ids[0]!,
    raterIds: ids[1]!,
    criterionIds: ids[2]!,
  };
}

/** Validates and sorts the scale: finite, distinct values, ascending. */
export function normalizeLevels(levels: readonly number[]): number[] {
  const out = [...levels].sort((a, b) => a - b);
  if (out.length === 0) throw new RangeError('The scale needs at least one level.');
  for (let i = 0; i < out.length; i++) {
    if (!Number.isFinite(out[i]!)) throw new RangeError(`Scale level ${out[i]} is not a number.`);
    if (i > 0 && out[i] === out[i - 1]) throw new RangeError(`Scale level ${out[i]} is repeated.`);
  }
  return out;
}

function identity(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

function rankOf(ids: readonly string[]): Int32Array {
  const rank = new Int32Array(ids.length);
  // Ids usually arrive sorted (exports are ordered): check in O(n) before sorting.
  let sorted = true;
  for (let i = 1; i < ids.length; i++) {
    if (compareIds(ids[i - 1]!, ids[i]!) >= 0) {
      sorted = false;
      break;
    }
  }
  if (sorted) {
    for (let i = 0; i < ids.length; i++) rank[i] = i;
    return rank;
  }
  const order = ids.map((_, i) => i).sort((a, b) => compareIds(ids[a]!, ids[b]!));
  for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
  return rank;
}

/** Level index per row (-1 = missing); throws for a score outside the scale. */
function levelIndex(input: RatingsColumns, levels: readonly number[]): Int32Array {
  const n = input.length;
  const out = new Int32Array(n);
  const min = levels[0]!;
  const max = levels[levels.length - 1]!;
  const allInt = levels.every((v) => Number.isInteger(v));
  const span = max - min;
  const table = allInt && span <= 1 << 20 ? new Int32Array(span + 1).fill(-1) : null;
  if (table) levels.forEach((v, i) => (table[v - min] = i));
  const map = new Map<number, number>(levels.map((v, i) => [v, i]));
  const score = input.score;
  for (let i = 0; i < n; i++) {
    const v = score[i]!;
    if (v !== v) {
      out[i] = -1;
      continue;
    }
    let k: number | undefined;
    if (table !== null) {
      const off = v - min;
      k = off >= 0 && off <= span && (off | 0) === off ? table[off] : -1;
    } else {
      k = map.get(v);
    }
    if (k === undefined || k < 0) {
      throw new RatingsDataError(
        `score ${v} is not a level of the scale (${excerpt(levels.join(', '))})`,
        i,
        'score',
      );
    }
    out[i] = k;
  }
  return out;
}

/**
 * Builds one unit table per criterion (ids in byte order) and, with 2+ criteria, the pooled
 * table whose units are (criterion, sample) pairs. Units are ordered by sample id (byte order)
 * unless `orderUnitsById` is false, so seeded bootstrap intervals do not depend on row order.
 * A rater scoring the same unit twice is an error; extra rows with a missing score are ignored.
 */
export function prepare(
  input: RatingsColumns,
  levelsIn: readonly number[],
  options: { orderUnitsById?: boolean } = {},
): Prepared {
  const levels = normalizeLevels(levelsIn);
  const q = levels.length;
  const n = input.length;
  const lvl = levelIndex(input, levels);
  const nS = input.sampleIds.length;
  const nR = input.raterIds.length;
  const nC = input.criterionIds.length;
  const raterRank = rankOf(input.raterIds);
  // Unit order only matters for the bootstrap (which units a seed draws): sort by id then, so
  // that intervals do not depend on row order; otherwise keep first-appearance order.
  const sampleRank = options.orderUnitsById === false ? identity(nS) : rankOf(input.sampleIds);
  const critRank = rankOf(input.criterionIds);
  const critBySorted = new Int32Array(nC);
  for (let c = 0; c < nC; c++) critBySorted[critRank[c]!] = c;

  // Group the scored rows by (criterion rank, sample rank). Exported files are usually already
  // grouped that way (each unit's rows together, in order): check while counting, and then
  // take the rows as they are; otherwise counting-sort them.
  const critCount = new Int32Array(nC + 1);
  const crit = input.criterion;
  const sample = input.sample;
  let grouped = true;
  let prevC = -1;
  let prevS = -1;
  for (let i = 0; i < n; i++) {
    if (lvl[i]! < 0) continue;
    const c = critRank[crit[i]!]!;
    critCount[c + 1]!++;
    if (grouped) {
      const s = sampleRank[sample[i]!]!;
      if (c !== prevC || s !== prevS) {
        if (c < prevC || (c === prevC && s < prevS)) grouped = false;
        prevC = c;
        prevS = s;
      }
    }
  }
  for (let c = 0; c < nC; c++) critCount[c + 1]! += critCount[c]!;
  const byCrit = new Int32Array(critCount[nC]!);
  if (grouped) {
    let j = 0;
    for (let i = 0; i < n; i++) if (lvl[i]! >= 0) byCrit[j++] = i;
  } else {
    const fill = critCount.slice(0, nC);
    for (let i = 0; i < n; i++) if (lvl[i]! >= 0) byCrit[fill[critRank[crit[i]!]!]!++] = i;
  }

  const sampleCount = grouped ? new Int32Array(0) : new Int32Array(nS + 1);
  const sampleFill = grouped ? new Int32Array(0) : new Int32Array(nS);
  const rater = input.rater;
  const raterSeen = new Int32Array(nR);
  const criteria: { id: string; table: UnitTable }[] = [];
  for (let cs = 0; cs < nC; cs++) {
    const lo = critCount[cs]!;
    const hi = critCount[cs + 1]!;
    const m = hi - lo;
    let rows: Int32Array;
    let unitStart: Int32Array;
    let nUnits = 0;
    if (grouped) {
      // Units are the runs of equal samples.
      rows = byCrit.slice(lo, hi);
      for (let x = 0; x < m; x++)
        if (x === 0 || sample[rows[x]!] !== sample[rows[x - 1]!]) nUnits++;
      unitStart = new Int32Array(nUnits + 1);
      let u = 0;
      for (let x = 1; x < m; x++) if (sample[rows[x]!] !== sample[rows[x - 1]!]) unitStart[++u] = x;
      unitStart[nUnits] = m;
    } else {
      sampleCount.fill(0);
      for (let j = lo; j < hi; j++) sampleCount[sampleRank[sample[byCrit[j]!]!]! + 1]!++;
      for (let s = 1; s <= nS; s++) if (sampleCount[s]! > 0) nUnits++;
      unitStart = new Int32Array(nUnits + 1);
      let u = 0;
      for (let s = 0; s < nS; s++) {
        const c = sampleCount[s + 1]!;
        sampleFill[s] = unitStart[u]!;
        if (c > 0) {
          unitStart[u + 1] = unitStart[u]! + c;
          u++;
        }
      }
      rows = new Int32Array(m);
      for (let j = lo; j < hi; j++) {
        const row = byCrit[j]!;
        rows[sampleFill[sampleRank[sample[row]!]!]!++] = row;
      }
    }
    // Sort each unit's rows by rater rank (units are small: insertion sort) and find duplicates.
    raterSeen.fill(0);
    for (let v = 0; v < nUnits; v++) {
      const a = unitStart[v]!;
      const b = unitStart[v + 1]!;
      for (let x = a + 1; x < b; x++) {
        const row = rows[x]!;
        const key = raterRank[rater[row]!]!;
        let y = x - 1;
        while (y >= a && raterRank[rater[rows[y]!]!]! > key) {
          rows[y + 1] = rows[y]!;
          y--;
        }
        rows[y + 1] = row;
      }
      for (let x = a; x < b; x++) {
        const row = rows[x]!;
        raterSeen[rater[row]!] = 1;
        if (x > a && rater[rows[x - 1]!] === rater[row]) {
          const first = Math.min(rows[x - 1]!, row);
          const second = Math.max(rows[x - 1]!, row);
          throw new RatingsDataError(
            `rater "${excerpt(input.raterIds[rater[row]!]!)}" scored sample "${excerpt(input.sampleIds[sample[row]!]!)}"` +
              ` twice${nC > 1 ? ` for criterion "${excerpt(input.criterionIds[crit[row]!]!)}"` : ''}`,
            second,
            'rater',
            first,
          );
        }
      }
    }
    // Local rater indices: raters with a rating on this criterion, in byte order.
    const local = new Int32Array(nR).fill(-1);
    const raters: string[] = [];
    const present: number[] = [];
    for (let r = 0; r < nR; r++) if (raterSeen[r] === 1) present.push(r);
    present.sort((x, y) => raterRank[x]! - raterRank[y]!);
    present.forEach((r, i) => {
      local[r] = i;
      raters.push(input.raterIds[r]!);
    });
    const eRater = new Int32Array(m);
    const eLevel = new Int32Array(m);
    const counts = new Int32Array(nUnits * q);
    for (let v = 0; v < nUnits; v++) {
      for (let x = unitStart[v]!; x < unitStart[v + 1]!; x++) {
        const row = rows[x]!;
        eRater[x] = local[rater[row]!]!;
        const k = lvl[row]!;
        eLevel[x] = k;
        counts[v * q + k]!++;
      }
    }
    criteria.push({
      id: input.criterionIds[critBySorted[cs]!]!,
      table: {
        levels,
        q,
        raters,
        nRaters: raters.length,
        nUnits,
        nRatings: m,
        unitStart,
        rater: eRater,
        level: eLevel,
        counts,
      },
    });
  }
  return { levels, criteria, pooled: criteria.length >= 2 ? poolTables(criteria) : null };
}

/** Concatenates criteria tables: a pooled unit is one (criterion, sample) pair. */
function poolTables(criteria: { id: string; table: UnitTable }[]): UnitTable {
  const first = criteria[0]!.table;
  const q = first.q;
  const all = new Set<string>();
  for (const c of criteria) for (const r of c.table.raters) all.add(r);
  const raters = [...all].sort(compareIds);
  const index = new Map(raters.map((r, i) => [r, i]));
  let nUnits = 0;
  let nRatings = 0;
  for (const c of criteria) {
    nUnits += c.table.nUnits;
    nRatings += c.table.nRatings;
  }
  const unitStart = new Int32Array(nUnits + 1);
  const rater = new Int32Array(nRatings);
  const level = new Int32Array(nRatings);
  const counts = new Int32Array(nUnits * q);
  let u = 0;
  let e = 0;
  for (const c of criteria) {
    const t = c.table;
    const map = Int32Array.from(t.raters, (r) => index.get(r)!);
    for (let v = 0; v < t.nUnits; v++) {
      for (let x = t.unitStart[v]!; x < t.unitStart[v + 1]!; x++) {
        rater[e] = map[t.rater[x]!]!;
        level[e] = t.level[x]!;
        e++;
      }
      unitStart[u + 1] = e;
      u++;
    }
    counts.set(t.counts, (u - t.nUnits) * q);
  }
  return {
    levels: first.levels,
    q,
    raters,
    nRaters: raters.length,
    nUnits,
    nRatings,
    unitStart,
    rater,
    level,
    counts,
  };
}
