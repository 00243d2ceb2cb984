// irrCAC's gwet.ac1.raw and bp.coeff.raw written out straight from their definitions, apart
// from the engine: a samples x raters matrix (null = no score), the categories and a weight
// matrix over them, an agreement table per sample, then p_a, the pi_k and p_e. Slow and plain.

export type Matrix = readonly (readonly (number | null)[])[];

/**
 * irrCAC's linear.weights / quadratic.weights: numeric categories are weighed by value; labels
 * (categ.labels, which irrCAC turns into text) by position 1..q.
 */
export function irrcacWeights(
  kind: 'linear' | 'quadratic',
  categ: readonly number[],
  byValue: boolean,
): number[][] {
  const x = byValue ? [...categ] : categ.map((_, i) => i + 1);
  const span = Math.max(...x) - Math.min(...x);
  return x.map((a) =>
    x.map((b) => (kind === 'linear' ? 1 - Math.abs(a - b) / span : 1 - (a - b) ** 2 / span ** 2)),
  );
}

/** The sorted distinct scores of a matrix: irrCAC's categories without categ.labels. */
export function scoresUsed(m: Matrix): number[] {
  const seen = new Set<number>();
  for (const row of m) for (const v of row) if (v !== null) seen.add(v);
  return [...seen].sort((a, b) => a - b);
}

export interface Coefficient {
  pa: number;
  pe: number;
  value: number;
}

/** Gwet's AC2 (`ac`) and Brennan-Prediger (`bp`) of `m` over `categ` with weights `w`. */
export function irrcacRaw(m: Matrix, categ: readonly number[], w: number[][]) {
  const q = categ.length;
  // agree[i][k]: how many raters put sample i in category k. Samples nobody scored are left out.
  const agree = m
    .map((row) => categ.map((c) => row.filter((v) => v === c).length))
    .filter((counts) => counts.some((n) => n > 0));
  const n = agree.length;
  let paSum = 0;
  let n2 = 0;
  for (const r of agree) {
    const ri = r.reduce((a, b) => a + b, 0);
    if (ri < 2) continue;
    let s = 0;
    for (let k = 0; k < q; k++) {
      let star = 0;
      for (let l = 0; l < q; l++) star += w[k]![l]! * r[l]!;
      s += r[k]! * (star - 1);
    }
    paSum += s / (ri * (ri - 1));
    n2++;
  }
  const pa = paSum / n2;
  const pi = categ.map((_, k) => {
    let s = 0;
    for (const r of agree) s += r[k]! / r.reduce((a, b) => a + b, 0);
    return s / n;
  });
  let tw = 0;
  for (const row of w) for (const v of row) tw += v;
  const spread = pi.reduce((a, p) => a + p * (1 - p), 0);
  const coefficient = (pe: number): Coefficient => ({ pa, pe, value: (pa - pe) / (1 - pe) });
  return {
    ac: coefficient((tw * spread) / (q * (q - 1))),
    bp: coefficient(tw / (q * q)),
  };
}
