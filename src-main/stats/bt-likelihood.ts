// The Bradley-Terry log-likelihood of a block of samples, its gradient and information matrix
// (the weighted graph Laplacian), and that matrix made invertible by adding 11'/m (the method is
// in bradley-terry.ts).
import type { Graph } from './bt-graph.js';
import { cholesky } from './bt-cholesky.js';

/** log(1 + exp(x)) without overflow. */
function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** Log-likelihood of w wins in n comparisons at ability difference d: w d - n log(1 + e^d). */
const pairLogLikelihood = (w: number, n: number, d: number): number => w * d - n * softplus(d);

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** A set of samples fitted together, with the pairs (both samples in it) and wins to fit. */
export interface Block {
  members: Int32Array;
  /** Sample index -> position in members, -1 outside. */
  local: Int32Array;
  pairs: Int32Array;
  /** Wins of the pair's first sample (pi) to fit: the data's, or adjusted. */
  w: Float64Array;
}

export function blockOf(g: Graph, members: number[], w: Float64Array = g.w): Block {
  const local = new Int32Array(g.ids.length).fill(-1);
  members.forEach((s, k) => (local[s] = k));
  const pairs: number[] = [];
  for (let p = 0; p < g.pi.length; p++) {
    if (local[g.pi[p]!] !== -1 && local[g.pj[p]!] !== -1) pairs.push(p);
  }
  return { members: Int32Array.from(members), local, pairs: Int32Array.from(pairs), w };
}

/** Log-likelihood, gradient and (if `info`) the information matrix of a block at x. */
export function evaluate(
  g: Graph,
  b: Block,
  x: Float64Array,
  grad: Float64Array | null,
  info: Float64Array | null,
): number {
  const m = b.members.length;
  if (grad) grad.fill(0);
  if (info) info.fill(0);
  let ll = 0;
  for (const p of b.pairs) {
    const i = b.local[g.pi[p]!]!;
    const j = b.local[g.pj[p]!]!;
    const d = x[i]! - x[j]!;
    const n = g.n[p]!;
    const wi = b.w[p]!;
    ll += pairLogLikelihood(wi, n, d);
    if (grad || info) {
      const pij = sigmoid(d);
      if (grad) {
        const r = wi - n * pij;
        grad[i]! += r;
        grad[j]! -= r;
      }
      if (info) {
        const v = n * pij * (1 - pij);
        info[i * m + i]! += v;
        info[j * m + j]! += v;
        info[i * m + j]! -= v;
        info[j * m + i]! -= v;
      }
    }
  }
  return ll;
}

/** Log-likelihood of all the graph's judgements at the abilities `a` (indexed by sample). */
export function logLikelihoodAt(g: Graph, a: Float64Array): number {
  let ll = 0;
  for (let p = 0; p < g.pi.length; p++) {
    const d = a[g.pi[p]!]! - a[g.pj[p]!]!;
    ll += pairLogLikelihood(g.w[p]!, g.n[p]!, d);
  }
  return ll;
}

/** (L + 11'/m), Cholesky-factored in place; false if not positive definite. */
export function factorCentred(info: Float64Array, m: number): boolean {
  for (let k = 0; k < m * m; k++) info[k]! += 1 / m;
  return cholesky(info, m);
}
