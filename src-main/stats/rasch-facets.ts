// The three facets of the Rasch estimate (rasch.ts) as the estimation holds them, and which of
// their elements and observations enter it: extreme elements are found here, in turns.

/** Facet order wherever facets are listed: examinee, rater, criterion. */
export type FacetKind = 0 | 1 | 2;

/** One facet's elements during the estimation. */
export interface FacetState {
  kind: FacetKind;
  /** Element of each observation: the data's column of this facet. */
  of: Int32Array;
  size: number;
  /** How the measure enters eta = B - C - D: +1 for examinees, -1 for raters and criteria. */
  sign: 1 | -1;
  /** Raters and criteria are centred on 0; examinees float. */
  centred: boolean;
  /** 1 while the element is estimated: not extreme, with a rating among non-extreme partners. */
  active: Uint8Array;
  /** -1 when every active rating is the lowest category, 1 the highest, else 0. */
  extreme: Int8Array;
  /** Raw score and number of the ratings whose elements are all active. */
  score: Float64Array;
  count: Float64Array;
  /** Logits: ability, severity or difficulty. */
  measure: Float64Array;
}

/** The model's three facets, in facet order. */
export type Facets = readonly [FacetState, FacetState, FacetState];

/** One value per facet, in facet order (indexed by `FacetState.kind`). */
export type PerFacet<T> = readonly [T, T, T];

export function perFacet<T>(facets: Facets, f: (facet: FacetState) => T): PerFacet<T> {
  return [f(facets[0]), f(facets[1]), f(facets[2])];
}

export function facetState(
  kind: FacetKind,
  of: Int32Array,
  ids: readonly string[] | undefined,
): FacetState {
  let top = -1;
  for (let i = 0; i < of.length; i++) if (of[i]! > top) top = of[i]!;
  const size = Math.max(ids?.length ?? 0, top + 1);
  return {
    kind,
    of,
    size,
    sign: kind === 0 ? 1 : -1,
    centred: kind !== 0,
    active: new Uint8Array(size),
    extreme: new Int8Array(size),
    score: new Float64Array(size),
    count: new Float64Array(size),
    measure: new Float64Array(size),
  };
}

/** Per observation, how many of its elements are not active (0: it enters the estimation). */
export function inactiveCounts(facets: Facets, N: number): Uint8Array {
  const out = new Uint8Array(N);
  for (const { of, active } of facets) {
    for (let x = 0; x < N; x++) if (!active[of[x]!]) out[x]!++;
  }
  return out;
}

/** Flags the active elements whose score is the lowest or highest possible; true if any. */
function markExtremes(f: FacetState, top: number): boolean {
  let changed = false;
  for (let i = 0; i < f.size; i++) {
    if (!f.active[i] || f.count[i] === 0) continue;
    if (f.score[i] === 0 || f.score[i] === f.count[i]! * top) {
      f.active[i] = 0;
      f.extreme[i] = f.score[i] === 0 ? -1 : 1;
      changed = true;
    }
  }
  return changed;
}

/**
 * Marks the elements that enter the estimation, leaving each facet's score and count over the
 * ratings among active elements. Dropping an extreme element can make another extreme, so this
 * repeats until nothing changes; an element left with no active rating is not measured either.
 */
export function findActive(facets: Facets, y: Int32Array, top: number): void {
  const N = y.length;
  for (const f of facets) {
    const ratings = new Int32Array(f.size);
    for (let x = 0; x < N; x++) ratings[f.of[x]!]!++;
    for (let i = 0; i < f.size; i++) f.active[i] = ratings[i]! > 0 ? 1 : 0;
  }
  for (;;) {
    const inactive = inactiveCounts(facets, N);
    for (const { of, score, count } of facets) {
      score.fill(0);
      count.fill(0);
      for (let x = 0; x < N; x++) {
        if (inactive[x] !== 0) continue;
        const i = of[x]!;
        score[i]! += y[x]!;
        count[i]!++;
      }
    }
    let changed = false;
    for (const f of facets) if (markExtremes(f, top)) changed = true;
    if (!changed) break;
  }
  for (const f of facets) {
    for (let i = 0; i < f.size; i++) if (f.active[i] && f.count[i] === 0) f.active[i] = 0;
  }
}

/** The observations whose elements are all active, in data order. */
export function activeObservations(inactive: Uint8Array): Int32Array {
  const N = inactive.length;
  let nUsed = 0;
  for (let x = 0; x < N; x++) if (inactive[x] === 0) nUsed++;
  const obs = new Int32Array(nUsed);
  let j = 0;
  for (let x = 0; x < N; x++) if (inactive[x] === 0) obs[j++] = x;
  return obs;
}

/** A facet's column over the given observations only (contiguous, for the iteration passes). */
export function columnOver(f: FacetState, obs: Int32Array): Int32Array {
  const out = new Int32Array(obs.length);
  for (let j = 0; j < obs.length; j++) out[j] = f.of[obs[j]!]!;
  return out;
}
