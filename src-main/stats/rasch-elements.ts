// The Rasch estimate's per-element report (rasch.ts), once the measures are estimated: extreme
// elements measured from their adjusted score, fit statistics, averages, and each facet's
// separation summary.
import type { FacetKind, Facets, FacetState, PerFacet } from './rasch-facets.js';
import { perFacet } from './rasch-facets.js';
import { capped, fitSums, probs } from './rasch-model.js';
import type { Estimate, FitSums } from './rasch-model.js';
import type { RaschElement, RaschFacet } from './rasch-types.js';

/** eta = B - C - D from the three facets' values, in that order. */
const eta3 = (b: number, c: number, d: number): number => b - c - d;

/** eta of each active observation at the estimate, from the facets' columns over them. */
export function activeEta(facets: Facets, columns: PerFacet<Int32Array>): Float64Array {
  const [e, r, c] = facets;
  const [ce, cr, cc] = columns;
  const eta = new Float64Array(ce.length);
  for (let j = 0; j < eta.length; j++) {
    eta[j] = eta3(e.measure[ce[j]!]!, r.measure[cr[j]!]!, c.measure[cc[j]!]!);
  }
  return eta;
}

/** eta of observation x at the current measures, with `m` for facet `kind`. */
function etaWith(facets: Facets, x: number, kind: FacetKind, m: number): number {
  const [e, r, c] = facets;
  return eta3(
    kind === 0 ? m : e.measure[e.of[x]!]!,
    kind === 1 ? m : r.measure[r.of[x]!]!,
    kind === 2 ? m : c.measure[c.of[x]!]!,
  );
}

/** Per facet: each extreme element's ratings with non-extreme partners, in data order. */
function extremeRows(facets: Facets, inactive: Uint8Array): PerFacet<Map<number, number[]>> {
  return perFacet(facets, ({ of, extreme }) => {
    const rows = new Map<number, number[]>();
    for (let x = 0; x < inactive.length; x++) {
      const i = of[x]!;
      // An extreme element is inactive: its partners are active when it is the only one.
      if (extreme[i] === 0 || inactive[x] !== 1) continue;
      let l = rows.get(i);
      if (!l) rows.set(i, (l = []));
      l.push(x);
    }
    return rows;
  });
}

/**
 * The measure of an extreme element whose expected score over `rows` is `target`, the other
 * measures held fixed (Newton, capped steps, from `start`); with the information at it.
 */
function solveExtreme(
  facets: Facets,
  f: FacetState,
  rows: readonly number[],
  target: number,
  start: number,
  est: Estimate,
): { measure: number; info: number } {
  const { expCum, M } = est;
  const p = new Float64Array(M);
  let m = start;
  let info = 0;
  for (let t = 0; t < 100; t++) {
    let ee = 0;
    info = 0;
    for (const x of rows) {
      probs(etaWith(facets, x, f.kind, m), expCum, M, p);
      let m1 = 0;
      let m2 = 0;
      for (let k = 1; k < M; k++) {
        m1 += k * p[k]!;
        m2 += k * k * p[k]!;
      }
      ee += m1;
      info += m2 - m1 * m1;
    }
    if (rows.length === 0 || info === 0) break;
    let step = (target - ee) / info;
    if (f.sign < 0) step = -step;
    step = capped(step);
    m += step;
    if (Math.abs(step) < 1e-6) break;
  }
  return { measure: m, info };
}

function wilsonHilferty(mnsq: number, q: number): number | null {
  if (!(q > 0) || !(mnsq > 0)) return null;
  return (Math.cbrt(mnsq) - 1) * (3 / q) + q / 3;
}

function meanActive(f: FacetState): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < f.size; i++) {
    if (f.active[i]) {
      s += f.measure[i]!;
      n++;
    }
  }
  return n > 0 ? s / n : 0;
}

/** Sum and number of the category values of each element's ratings, all of them. */
function valueSums(facets: Facets, est: Estimate) {
  const { y, values } = est;
  const sum = perFacet(facets, (f) => new Float64Array(f.size));
  const count = perFacet(facets, (f) => new Float64Array(f.size));
  for (const { kind, of } of facets) {
    for (let x = 0; x < y.length; x++) {
      sum[kind][of[x]!]! += values[y[x]!]!;
      count[kind][of[x]!]!++;
    }
  }
  return { sum, count };
}

/** FACETS' Fair(M) of a measure: the expected value with every other facet at its mean. */
function fairAverage(facets: Facets, est: Estimate): (kind: FacetKind, m: number) => number {
  const { values, expCum, M } = est;
  const means = perFacet(facets, meanActive);
  const p = new Float64Array(M);
  return (kind, m) => {
    probs(
      eta3(kind === 0 ? m : means[0], kind === 1 ? m : means[1], kind === 2 ? m : means[2]),
      expCum,
      M,
      p,
    );
    let s = 0;
    for (let k = 0; k < M; k++) s += p[k]! * values[k]!;
    return s;
  };
}

/**
 * Each element's measure and standard error, with the count and raw score they rest on: an
 * active element's from the estimate; an extreme one's from its score over ratings with
 * non-extreme partners, moved inwards; NaN for an element left with nothing to measure it by.
 */
function elementMeasures(
  facets: Facets,
  f: FacetState,
  fit: FitSums,
  extremes: ReadonlyMap<number, number[]>,
  est: Estimate,
) {
  const n = f.size;
  const measure = Float64Array.from(f.measure);
  const se = new Float64Array(n);
  const count = new Float64Array(n);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ext = f.extreme[i]!;
    if (f.active[i]) {
      se[i] = 1 / Math.sqrt(fit.v[i]!);
      count[i] = fit.n[i]!;
      score[i] = f.score[i]!;
    } else if (ext !== 0) {
      const rows = extremes.get(i) ?? [];
      let raw = 0;
      for (const x of rows) raw += est.y[x]!;
      const target = ext < 0 ? raw + est.adjustment : raw - est.adjustment;
      const sol = solveExtreme(facets, f, rows, target, f.sign * (ext < 0 ? -3 : 3), est);
      measure[i] = sol.measure;
      se[i] = sol.info > 0 ? 1 / Math.sqrt(sol.info) : Number.NaN;
      count[i] = rows.length;
      score[i] = raw;
    } else {
      measure[i] = Number.NaN;
      se[i] = Number.NaN;
    }
  }
  return { measure, se, count, score };
}

/** Every facet's elements (those with a rating) and summary, in facet order. */
export function facetResults(
  facets: Facets,
  ids: PerFacet<readonly string[] | undefined>,
  est: Estimate,
): PerFacet<RaschFacet> {
  const fits = fitSums(facets, est);
  const extremes = extremeRows(facets, est.inactive);
  const values = valueSums(facets, est);
  const fair = fairAverage(facets, est);
  return perFacet(facets, (f) => {
    const fit = fits[f.kind];
    const total = values.count[f.kind];
    // Extreme measures first (they do not change the others).
    const used = elementMeasures(facets, f, fit, extremes[f.kind], est);
    const elements: RaschElement[] = [];
    for (let i = 0; i < f.size; i++) {
      if (total[i] === 0) continue;
      const m = used.measure[i]!;
      const isAct = f.active[i] === 1;
      const infit = isAct && fit.v[i]! > 0 ? fit.wr2[i]! / fit.v[i]! : null;
      const outfit = isAct && fit.n[i]! > 0 ? fit.z2[i]! / fit.n[i]! : null;
      const qOut = isAct
        ? Math.sqrt(Math.max(0, fit.c4[i]! / (fit.n[i]! * fit.n[i]!) - 1 / fit.n[i]!))
        : 0;
      const qIn = isAct ? Math.sqrt(Math.max(0, fit.c4v[i]!)) / fit.v[i]! : 0;
      elements.push({
        id: ids[f.kind]?.[i] ?? String(i),
        index: i,
        measure: m,
        se: used.se[i]!,
        infit,
        outfit,
        infitZ: infit === null ? null : wilsonHilferty(infit, qIn),
        outfitZ: outfit === null ? null : wilsonHilferty(outfit, qOut),
        count: used.count[i]!,
        totalCount: total[i]!,
        score: used.score[i]!,
        observedAverage: total[i]! > 0 ? values.sum[f.kind][i]! / total[i]! : null,
        fairAverage: Number.isFinite(m) ? fair(f.kind, m) : Number.NaN,
        extreme: f.extreme[i] === 0 ? null : f.extreme[i]! < 0 ? 'minimum' : 'maximum',
      });
    }
    return { elements, ...summary(elements) };
  });
}

/** Separation statistics over the non-extreme elements of a facet. */
function summary(elements: readonly RaschElement[]): Omit<RaschFacet, 'elements'> {
  const live = elements.filter((e) => e.extreme === null && Number.isFinite(e.measure));
  const n = live.length;
  if (n === 0) {
    return {
      nMeasured: 0,
      mean: Number.NaN,
      sd: Number.NaN,
      rmse: Number.NaN,
      trueSd: Number.NaN,
      separation: Number.NaN,
      strata: Number.NaN,
      reliability: Number.NaN,
      chiSquare: Number.NaN,
      df: 0,
    };
  }
  let s = 0;
  for (const e of live) s += e.measure;
  const mean = s / n;
  let ss = 0;
  let mse = 0;
  let w = 0;
  let wm = 0;
  for (const e of live) {
    ss += (e.measure - mean) ** 2;
    mse += e.se * e.se;
    w += 1 / (e.se * e.se);
    wm += e.measure / (e.se * e.se);
  }
  const obsVar = ss / n;
  mse /= n;
  const trueVar = Math.max(0, obsVar - mse);
  const rmse = Math.sqrt(mse);
  const separation = rmse > 0 ? Math.sqrt(trueVar) / rmse : 0;
  const wMean = wm / w;
  let chi = 0;
  for (const e of live) chi += ((e.measure - wMean) / e.se) ** 2;
  return {
    nMeasured: n,
    mean,
    sd: Math.sqrt(obsVar),
    rmse,
    trueSd: Math.sqrt(trueVar),
    separation,
    strata: (4 * separation + 1) / 3,
    reliability: obsVar > 0 ? trueVar / obsVar : 0,
    chiSquare: chi,
    df: n - 1,
  };
}
