// Samples that won or lost every comparison, and parts too thin for maximum likelihood: which
// samples to set aside, whether ML exists on the rest, and the one-sided-pairs fallback (the
// rules are in bradley-terry.ts).
import type { Graph } from './bt-graph.js';
import { other, winsIn } from './bt-graph.js';

/** Score points an extreme sample's score is moved from the extreme. */
export const EXTREME_ADJUSTMENT = 0.3;

/** Samples that won (+1) or lost (-1) all comparisons, set aside in rounds; 0 for the rest. */
export function setAside(g: Graph): { kind: Int8Array; round: Int32Array; rounds: number } {
  const size = g.ids.length;
  const kind = new Int8Array(size);
  const round = new Int32Array(size).fill(-1);
  const inPlay = new Uint8Array(size);
  for (let s = 0; s < size; s++) inPlay[s] = g.comparisons[s]! > 0 ? 1 : 0;
  const won = new Float64Array(size);
  const had = new Float64Array(size);
  let rounds = 0;
  for (;;) {
    won.fill(0);
    had.fill(0);
    for (let p = 0; p < g.pi.length; p++) {
      const i = g.pi[p]!;
      const j = g.pj[p]!;
      if (!inPlay[i] || !inPlay[j]) continue;
      had[i]! += g.n[p]!;
      had[j]! += g.n[p]!;
      won[i]! += g.w[p]!;
      won[j]! += g.n[p]! - g.w[p]!;
    }
    const found: number[] = [];
    for (let s = 0; s < size; s++) {
      if (!inPlay[s] || had[s] === 0) continue;
      if (won[s] === had[s]) kind[s] = 1;
      else if (won[s] === 0) kind[s] = -1;
      else continue;
      found.push(s);
    }
    if (found.length === 0) return { kind, round, rounds };
    for (const s of found) {
      inPlay[s] = 0;
      round[s] = rounds;
    }
    rounds++;
  }
}

/**
 * Whether ML exists on `core`: at least two samples, and every one reaches every other along
 * "beat" arrows (which also makes them one connected part).
 */
export function mlExists(g: Graph, core: number[], inCore: Uint8Array): boolean {
  if (core.length < 2) return false;
  for (const forward of [true, false]) {
    const seen = new Uint8Array(g.ids.length);
    const stack = [core[0]!];
    seen[core[0]!] = 1;
    let reached = 1;
    while (stack.length > 0) {
      const s = stack.pop()!;
      for (let k = g.start[s]!; k < g.start[s + 1]!; k++) {
        const p = g.pairsOf[k]!;
        const t = other(g, p, s);
        if (!inCore[t] || seen[t]) continue;
        // forward: s beat t at least once; backward: t beat s.
        const beat = forward ? winsIn(g, p, s) > 0 : winsIn(g, p, t) > 0;
        if (!beat) continue;
        seen[t] = 1;
        reached++;
        stack.push(t);
      }
    }
    if (reached !== core.length) return false;
  }
  return true;
}

/** Wins with every pair compared only one way moved 0.3 of a win towards the other side. */
export function oneSidedAdjusted(g: Graph): Float64Array {
  return Float64Array.from(g.w, (w, p) => {
    const n = g.n[p]!;
    return w === n ? n - EXTREME_ADJUSTMENT : w === 0 ? EXTREME_ADJUSTMENT : w;
  });
}
