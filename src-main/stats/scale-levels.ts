// A rubric's scale for the monitoring figures: levels in order and a score's level index.

export function sortedLevels(levels: readonly number[]): number[] {
  const out = [...levels].sort((a, b) => a - b);
  if (out.length === 0) throw new RangeError('The scale needs at least one level.');
  return out;
}

/** Level index of a score, -1 when it is not a level (a table lookup for integer scales). */
function levelLookup(levels: readonly number[]): (v: number) => number {
  const min = levels[0]!;
  const span = levels[levels.length - 1]! - min;
  if (levels.every((v) => Number.isInteger(v)) && span <= 1 << 16) {
    const table = new Int32Array(span + 1).fill(-1);
    levels.forEach((v, i) => (table[v - min] = i));
    return (v) => {
      const off = v - min;
      return off >= 0 && off <= span && (off | 0) === off ? table[off]! : -1;
    };
  }
  const map = new Map(levels.map((v, i) => [v, i]));
  return (v) => map.get(v) ?? -1;
}

export function levelIndexer(
  levels: readonly number[],
): (v: number, what: string | (() => string)) => number {
  const find = levelLookup(levels);
  return (v, what) => {
    const k = find(v);
    if (k < 0) {
      const w = typeof what === 'string' ? what : what();
      throw new RangeError(`${w}: score ${v} is not a level of the scale (${levels.join(', ')})`);
    }
    return k;
  };
}
