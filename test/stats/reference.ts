// A slow, direct-from-the-definitions reference implementation of every statistic, written
// independently of the engine (wide matrix, explicit pair enumeration, sorting), used to check
// the fast engine on random data to 1e-9. Paths are the engine's JSON key paths.
import { fQuantile } from '../../src-main/stats/distributions.js';

/** rows = units, columns = raters (byte order), value = level index or null. */
export interface Wide {
  levels: number[];
  raters: string[];
  m: (number | null)[][];
}

export type RefValues = Map<string, number | null>;

const pairsOf = <T>(xs: T[]): [T, T][] => {
  const out: [T, T][] = [];
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++) out.push([xs[i]!, xs[j]!]);
  return out;
};
const present = (row: (number | null)[]): number[] => row.filter((v): v is number => v !== null);
const mean = (xs: number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
const cc = (po: number, pe: number): number | null =>
  Math.abs(1 - pe) < 1e-12 ? null : (po - pe) / (1 - pe);

function weight(kind: 'id' | 'lin' | 'quad', i: number, j: number, q: number): number {
  if (i === j) return 1;
  if (kind === 'id') return 0;
  if (kind === 'lin') return 1 - Math.abs(i - j) / (q - 1);
  return 1 - (i - j) ** 2 / (q - 1) ** 2;
}

export function reference(w: Wide): RefValues {
  const out: RefValues = new Map();
  const q = w.levels.length;
  const R = w.raters.length;
  const units = w.m.filter((row) => present(row).length >= 1);
  const pairable = units.filter((row) => present(row).length >= 2);
  const complete = units.filter((row) => present(row).length === R);

  // Agreement.
  for (const [name, tol] of [
    ['exact_agreement', 0],
    ['adjacent_agreement', 1],
  ] as const) {
    const shares: number[] = [];
    let agree = 0;
    let total = 0;
    for (const row of pairable) {
      const ps = pairsOf(present(row));
      const a = ps.filter(([x, y]) => Math.abs(x - y) <= tol).length;
      shares.push(a / ps.length);
      agree += a;
      total += ps.length;
    }
    out.set(`${name}.sample_mean`, mean(shares));
    out.set(`${name}.pooled_pairs`, total > 0 ? agree / total : null);
    const pairShares: number[] = [];
    for (let a = 0; a < R; a++) {
      for (let b = a + 1; b < R; b++) {
        const common = w.m.filter((row) => row[a] !== null && row[b] !== null);
        if (common.length === 0) continue;
        pairShares.push(
          common.filter((row) => Math.abs(row[a]! - row[b]!) <= tol).length / common.length,
        );
      }
    }
    out.set(`${name}.rater_pair_mean`, mean(pairShares));
    const all =
      R < 2
        ? []
        : complete.map((row) => {
            const v = present(row);
            return Math.max(...v) - Math.min(...v) <= tol ? 1 : 0;
          });
    out.set(`${name}.all_raters_agree_complete_samples`, mean(all));
  }

  // Cohen.
  const cohen = (
    xs: [number, number][],
    kind: 'id' | 'lin' | 'quad',
    idx: (k: number) => number,
    qq: number,
  ): number | null => {
    const n = xs.length;
    let po = 0;
    for (const [x, y] of xs) po += weight(kind, idx(x), idx(y), qq);
    po /= n;
    let pe = 0;
    for (const [x] of xs) for (const [, y] of xs) pe += weight(kind, idx(x), idx(y), qq);
    pe /= n * n;
    return cc(po, pe);
  };
  const means: Record<string, number[]> = { unweighted: [], linear: [], quadratic: [] };
  for (let a = 0; a < R; a++) {
    for (let b = a + 1; b < R; b++) {
      const xs = w.m
        .filter((row) => row[a] !== null && row[b] !== null)
        .map((row) => [row[a]!, row[b]!] as [number, number]);
      if (xs.length === 0) continue;
      const key = `cohen_kappa.pairs.${w.raters[a]}|${w.raters[b]}`;
      const used = [...new Set(xs.flat())].sort((x, y) => x - y);
      const id = (k: number): number => k;
      const obs = (k: number): number => used.indexOf(k);
      const vals = {
        unweighted: cohen(xs, 'id', id, q),
        linear: q > 1 ? cohen(xs, 'lin', id, q) : null,
        quadratic: q > 1 ? cohen(xs, 'quad', id, q) : null,
        linear_observed_levels: used.length > 1 ? cohen(xs, 'lin', obs, used.length) : null,
        quadratic_observed_levels: used.length > 1 ? cohen(xs, 'quad', obs, used.length) : null,
      };
      for (const [k, v] of Object.entries(vals)) {
        out.set(`${key}.${k}`, v);
        if (k in means && v !== null) means[k]!.push(v);
      }
    }
  }
  for (const k of Object.keys(means)) out.set(`cohen_kappa.mean_over_pairs.${k}`, mean(means[k]!));

  // Fleiss, classic.
  const fleiss = (rows: (number | null)[][]): number | null => {
    if (rows.length === 0) return null;
    const p = new Array<number>(q).fill(0);
    let total = 0;
    const P: number[] = [];
    for (const row of rows) {
      const v = present(row);
      const m = v.length;
      let s = 0;
      for (let k = 0; k < q; k++) {
        const r = v.filter((x) => x === k).length;
        s += r * r;
        p[k]! += r;
      }
      total += m;
      P.push((s - m) / (m * (m - 1)));
    }
    const pe = p.reduce((a, b) => a + (b / total) ** 2, 0);
    return cc(mean(P)!, pe);
  };
  out.set('fleiss_kappa.complete_cases', R < 2 ? null : fleiss(complete));
  const ms = new Set(units.map((row) => present(row).length));
  out.set('fleiss_kappa.count_table', ms.size === 1 && [...ms][0]! >= 2 ? fleiss(units) : null);

  // Gwet-style p_a (weighted), pi_k.
  const pi = new Array<number>(q).fill(0);
  for (const row of units) {
    const v = present(row);
    for (const x of v) pi[x]! += 1 / v.length / units.length;
  }
  const paW = (wt: (i: number, j: number) => number): number | null => {
    if (pairable.length === 0) return null;
    let s = 0;
    for (const row of pairable) {
      const v = present(row);
      const m = v.length;
      let u = 0;
      for (let k = 0; k < q; k++) {
        const rk = v.filter((x) => x === k).length;
        let star = 0;
        for (const x of v) star += wt(k, x);
        u += rk * (star - 1);
      }
      s += u / (m * (m - 1));
    }
    return s / pairable.length;
  };
  const observed = [...new Set(units.flatMap(present))].sort((a, b) => a - b);
  // Full scale: irrCAC with categ.labels, which it reads as text, so by position k. Observed
  // levels: irrCAC without categ.labels, by the levels' values, the lowest and highest observed
  // values being the ends.
  const x = w.levels;
  const span = observed.length > 1 ? x[observed[observed.length - 1]!]! - x[observed[0]!]! : 0;
  const schemes = {
    id: {
      full: (i: number, j: number) => weight('id', i, j, q),
      obs: (i: number, j: number) => weight('id', i, j, q),
    },
    lin: {
      full: (i: number, j: number) => weight('lin', i, j, q),
      obs: (i: number, j: number) => 1 - Math.abs(x[i]! - x[j]!) / span,
    },
    quad: {
      full: (i: number, j: number) => weight('quad', i, j, q),
      obs: (i: number, j: number) => 1 - (x[i]! - x[j]!) ** 2 / span ** 2,
    },
  };
  const tw = (f: (i: number, j: number) => number, lv: number[]): number => {
    let s = 0;
    for (const i of lv) for (const j of lv) s += f(i, j);
    return s;
  };
  const all = [...Array(q).keys()];
  const spread = pi.reduce((a, p) => a + p * (1 - p), 0);
  const names = {
    id: ['gwet_ac1', 'brennan_prediger'],
    lin: ['gwet_ac2_linear', 'brennan_prediger_linear'],
    quad: ['gwet_ac2_quadratic', 'brennan_prediger_quadratic'],
  } as const;
  for (const kind of ['id', 'lin', 'quad'] as const) {
    const [ac, bp] = names[kind];
    for (const [variant, f, lv] of [
      ['full_scale', schemes[kind].full, all],
      ['observed_categories', schemes[kind].obs, observed],
    ] as const) {
      const pa = paW(f);
      const qq = lv.length;
      const T = qq >= 2 ? tw(f, lv) : 0;
      out.set(
        `${ac}.${variant}`,
        pa === null || qq < 2 ? null : cc(pa, (T / (qq * (qq - 1))) * spread),
      );
      out.set(`${bp}.${variant}`, pa === null || qq < 2 ? null : cc(pa, T / (qq * qq)));
    }
  }
  const pa = paW(schemes.id.full);
  out.set(
    'fleiss_kappa.all_ratings_gwet',
    pa === null
      ? null
      : cc(
          pa,
          pi.reduce((a, p) => a + p * p, 0),
        ),
  );

  // Conger: mean over ordered rater pairs g != h of sum_k p_gk p_hk.
  if (R < 2 || pa === null) out.set('conger_kappa', null);
  else {
    const pg = w.raters.map((_, g) => {
      const v = w.m.map((row) => row[g]).filter((x): x is number => x !== null && x !== undefined);
      return all.map((k) => v.filter((x) => x === k).length / v.length);
    });
    let pe = 0;
    for (let g = 0; g < R; g++)
      for (let h = 0; h < R; h++)
        if (g !== h) for (let k = 0; k < q; k++) pe += pg[g]![k]! * pg[h]![k]!;
    out.set('conger_kappa', cc(pa, pe / (R * (R - 1))));
  }

  // Krippendorff alpha by explicit pairs of pairable values.
  const values = pairable.flatMap(present);
  const n = values.length;
  const ng = all.map((k) => values.filter((x) => x === k).length);
  const lv = w.levels;
  const metrics: Record<string, (c: number, k: number) => number> = {
    nominal: (c, k) => (c === k ? 0 : 1),
    ordinal: (c, k) => {
      if (c === k) return 0;
      const [lo, hi] = c < k ? [c, k] : [k, c];
      let s = 0;
      for (let g = lo; g <= hi; g++) s += ng[g]!;
      return (s - (ng[c]! + ng[k]!) / 2) ** 2;
    },
    interval: (c, k) => (lv[c]! - lv[k]!) ** 2,
    ratio: (c, k) => (c === k ? 0 : ((lv[c]! - lv[k]!) / (lv[c]! + lv[k]!)) ** 2),
  };
  for (const [name, d] of Object.entries(metrics)) {
    if (pairable.length === 0) {
      out.set(`krippendorff_alpha.${name}`, null);
      continue;
    }
    let Do = 0;
    for (const row of pairable) {
      const v = present(row);
      let s = 0;
      for (let i = 0; i < v.length; i++)
        for (let j = 0; j < v.length; j++) if (i !== j) s += d(v[i]!, v[j]!);
      Do += s / (v.length - 1);
    }
    Do /= n;
    let De = 0;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) if (i !== j) De += d(values[i]!, values[j]!);
    De /= n * (n - 1);
    out.set(`krippendorff_alpha.${name}`, De > 0 ? 1 - Do / De : null);
  }

  // ICC via variances (irr::icc style).
  const iccKeys = [
    'oneway_single',
    'oneway_average',
    'agreement_single',
    'agreement_average',
    'consistency_single',
    'consistency_average',
  ];
  const nc = complete.length;
  if (R < 2 || nc < 2) for (const k of iccKeys) out.set(`icc.${k}`, null);
  else {
    const x = complete.map((row) => row.map((k) => lv[k!]!));
    const k = R;
    const variance = (xs: number[]): number => {
      const mu = mean(xs)!;
      return xs.reduce((a, b) => a + (b - mu) ** 2, 0) / (xs.length - 1);
    };
    const flat = x.flat();
    const SSt = variance(flat) * (nc * k - 1);
    const MSr = variance(x.map((r) => mean(r)!)) * k;
    const MSw = x.map((r) => variance(r)).reduce((a, b) => a + b, 0) / nc;
    const MSc = variance([...Array(k).keys()].map((j) => mean(x.map((r) => r[j]!))!)) * nc;
    const MSe = (SSt - MSr * (nc - 1) - MSc * (k - 1)) / ((nc - 1) * (k - 1));
    // Concord's rules (src-main/stats/icc.ts): undefined when every score is the same or the
    // denominator is not positive; 1 when the form's error mean squares vanish; undefined outside
    // [-1/(k-1), 1] (single rater) or above 1 (average).
    const tiny = 1e-12 * (MSr + MSc + Math.max(MSe, 0) + MSw);
    const allSame = MSr <= tiny && MSw <= tiny;
    const form = (num: number, den: number, single: boolean, perfect: boolean): number | null => {
      if (allSame || !(den > tiny)) return null;
      if (perfect) return 1;
      const v = num / den;
      if (v > 1 + 1e-12 || (single && v < -1 / (k - 1) - 1e-12)) return null;
      return v;
    };
    const noW = MSw <= tiny;
    const noE = MSe <= tiny;
    const noC = MSc <= tiny;
    out.set('icc.oneway_single', form(MSr - MSw, MSr + (k - 1) * MSw, true, noW));
    out.set('icc.oneway_average', form(MSr - MSw, MSr, false, noW));
    out.set('icc.consistency_single', form(MSr - MSe, MSr + (k - 1) * MSe, true, noE));
    out.set('icc.consistency_average', form(MSr - MSe, MSr, false, noE));
    out.set(
      'icc.agreement_single',
      form(MSr - MSe, MSr + (k - 1) * MSe + (k / nc) * (MSc - MSe), true, noE && noC),
    );
    out.set('icc.agreement_average', form(MSr - MSe, MSr + (MSc - MSe) / nc, false, noE && noC));
    // One CI as a spot check of the F machinery: consistency single (its limit is 1 when the
    // residual vanishes).
    if (out.get('icc.consistency_single') !== null) {
      const FL = noE ? Infinity : MSr / MSe / fQuantile(0.975, nc - 1, (nc - 1) * (k - 1));
      out.set('icc.consistency_single#lower', noE ? 1 : (FL - 1) / (FL + k - 1));
    }
  }

  // Kendall's W by sorting.
  if (R < 2 || nc < 2) {
    out.set('kendall_w.uncorrected', null);
    out.set('kendall_w.tie_corrected', null);
  } else {
    const Rsum = new Array<number>(nc).fill(0);
    let T = 0;
    for (let j = 0; j < R; j++) {
      const col = complete.map((row, i) => ({ v: row[j]!, i })).sort((a, b) => a.v - b.v);
      let s = 0;
      while (s < nc) {
        let e = s;
        while (e + 1 < nc && col[e + 1]!.v === col[s]!.v) e++;
        const avg = (s + e + 2) / 2;
        for (let t = s; t <= e; t++) Rsum[col[t]!.i]! += avg;
        const tl = e - s + 1;
        T += tl ** 3 - tl;
        s = e + 1;
      }
    }
    const sumSq = Rsum.reduce((a, b) => a + b * b, 0);
    const num = 12 * sumSq - 3 * R * R * nc * (nc + 1) ** 2;
    out.set('kendall_w.uncorrected', num / (R * R * (nc ** 3 - nc)));
    const den = R * R * (nc ** 3 - nc) - R * T;
    out.set('kendall_w.tie_corrected', den > 0 ? num / den : null);
  }

  // Severity.
  for (let r = 0; r < R; r++) {
    const key = `severity.per_rater.${w.raters[r]}`;
    const own = w.m.filter((row) => row[r] !== null && row[r] !== undefined);
    out.set(`${key}.n_ratings`, own.length);
    out.set(`${key}.mean_score`, own.length ? mean(own.map((row) => lv[row[r]!]!)) : null);
    const dMed: number[] = [];
    const dMean: number[] = [];
    let pairs = 0;
    let eq = 0;
    let adj = 0;
    for (const row of own) {
      const others = row.filter((v, j) => j !== r && v !== null).map((k) => lv[k!]!);
      const oIdx = row.filter((v, j) => j !== r && v !== null) as number[];
      if (others.length === 0) continue;
      const v = lv[row[r]!]!;
      const sorted = [...others].sort((a, b) => a - b);
      const mid = sorted.length / 2;
      const med =
        sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
      dMed.push(v - med);
      dMean.push(v - mean(others)!);
      for (const k of oIdx) {
        pairs++;
        if (k === row[r]) eq++;
        if (Math.abs(k - row[r]!) <= 1) adj++;
      }
    }
    out.set(`${key}.vs_median_of_others`, mean(dMed));
    out.set(`${key}.vs_mean_of_others`, mean(dMean));
    out.set(`${key}.exact_with_others`, pairs ? eq / pairs : null);
    out.set(`${key}.adjacent_with_others`, pairs ? adj / pairs : null);
  }
  return out;
}
