// The judgements of a Bradley-Terry fit as a comparison graph: comparisons and wins per pair of
// samples, each sample's pairs, and the connected parts (the method is in bradley-terry.ts).
import type { Judgement } from './cj-types.js';
import { joinParts, numberParts, separateParts } from './graph-parts.js';

/** Comparisons aggregated per pair of sample indices i < j: n_ij and the wins of i. */
export interface Graph {
  ids: string[];
  pi: Int32Array;
  pj: Int32Array;
  n: Float64Array;
  w: Float64Array;
  /** Per sample: its pairs, as CSR (pairsOf[start[s] .. start[s + 1] - 1]). */
  start: Int32Array;
  pairsOf: Int32Array;
  wins: Float64Array;
  comparisons: Float64Array;
  skipped: number;
}

export function buildGraph(ids: string[], judgements: readonly Judgement[]): Graph {
  const size = ids.length;
  const index = new Map<string, number>();
  ids.forEach((id, k) => index.set(id, k));
  const pairIndex = new Map<number, number>();
  const pi: number[] = [];
  const pj: number[] = [];
  const n: number[] = [];
  const w: number[] = [];
  let skipped = 0;
  for (const jd of judgements) {
    const l = index.get(jd.left);
    const r = index.get(jd.right);
    if (l === undefined || r === undefined || l === r) {
      skipped++;
      continue;
    }
    if (jd.winner !== jd.left && jd.winner !== jd.right) {
      skipped++;
      continue;
    }
    const i = Math.min(l, r);
    const j = Math.max(l, r);
    const key = i * size + j;
    let p = pairIndex.get(key);
    if (p === undefined) {
      p = pi.length;
      pairIndex.set(key, p);
      pi.push(i);
      pj.push(j);
      n.push(0);
      w.push(0);
    }
    n[p]!++;
    if (index.get(jd.winner) === i) w[p]!++;
  }
  const wins = new Float64Array(size);
  const comparisons = new Float64Array(size);
  const start = new Int32Array(size + 1);
  for (let p = 0; p < pi.length; p++) {
    const i = pi[p]!;
    const j = pj[p]!;
    comparisons[i]! += n[p]!;
    comparisons[j]! += n[p]!;
    wins[i]! += w[p]!;
    wins[j]! += n[p]! - w[p]!;
    start[i + 1]!++;
    start[j + 1]!++;
  }
  for (let s = 0; s < size; s++) start[s + 1]! += start[s]!;
  const fill = start.slice(0, size);
  const pairsOf = new Int32Array(2 * pi.length);
  for (let p = 0; p < pi.length; p++) {
    pairsOf[fill[pi[p]!]!++] = p;
    pairsOf[fill[pj[p]!]!++] = p;
  }
  return {
    ids,
    pi: Int32Array.from(pi),
    pj: Int32Array.from(pj),
    n: Float64Array.from(n),
    w: Float64Array.from(w),
    start,
    pairsOf,
    wins,
    comparisons,
    skipped,
  };
}

/** The other sample of pair p. */
export const other = (g: Graph, p: number, s: number): number =>
  g.pi[p] === s ? g.pj[p]! : g.pi[p]!;

/** Wins of sample s in pair p. */
export const winsIn = (g: Graph, p: number, s: number): number =>
  g.pi[p] === s ? g.w[p]! : g.n[p]! - g.w[p]!;

/**
 * Connected parts of the samples in `member` (1) along pairs whose both samples are members:
 * part[s] is the part's number (0, 1, ... in order of their first sample), -1 outside.
 */
export function parts(g: Graph, member: Uint8Array): { part: Int32Array; count: number } {
  const parent = separateParts(member.length);
  for (let p = 0; p < g.pi.length; p++) {
    if (member[g.pi[p]!] && member[g.pj[p]!]) joinParts(parent, g.pi[p]!, g.pj[p]!);
  }
  return numberParts(parent, member);
}

/** The samples of each part, in index order. */
export function membersByPart(part: Int32Array, count: number): number[][] {
  const membersOf: number[][] = Array.from({ length: count }, () => []);
  for (let s = 0; s < part.length; s++) if (part[s]! >= 0) membersOf[part[s]!]!.push(s);
  return membersOf;
}
