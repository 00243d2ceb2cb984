// Puts the samples set aside as extreme back on the scale, each where its expected wins against
// the samples already placed equal its wins moved 0.3 from the extreme (the rule is in
// bradley-terry.ts).
import type { Graph } from './bt-graph.js';
import { other, winsIn } from './bt-graph.js';
import { EXTREME_ADJUSTMENT } from './bt-extremes.js';
import { sigmoid } from './bt-likelihood.js';

/**
 * Puts a part's set-aside samples back, last round first; a sample with no placed partner yet
 * waits for a later pass. Within a pass each uses only the samples placed before the pass, so
 * the result does not depend on the order of the samples.
 */
export function placeSetAside(
  g: Graph,
  members: number[],
  inCore: Uint8Array,
  round: Int32Array,
  rounds: number,
  a: Float64Array,
): void {
  const placed = new Uint8Array(g.ids.length);
  for (const s of members) if (inCore[s]) placed[s] = 1;
  let waiting: number[] = [];
  const pass = (): boolean => {
    const done: [number, number][] = [];
    for (const s of waiting) {
      const v = placeOne(g, s, placed, a);
      if (v !== null) done.push([s, v]);
    }
    for (const [s, v] of done) {
      a[s] = v;
      placed[s] = 1;
    }
    waiting = waiting.filter((s) => !placed[s]);
    return done.length > 0;
  };
  for (let r = rounds - 1; r >= 0; r--) {
    for (const s of members) if (round[s] === r) waiting.push(s);
    while (waiting.length > 0 && pass());
  }
}

/**
 * The ability of sample s with every sample in `placed` held fixed: expected wins against its
 * placed partners = its wins against them, moved 0.3 from the extreme when it won or lost all.
 * Returns null when it has no placed partner.
 */
function placeOne(g: Graph, s: number, placed: Uint8Array, a: Float64Array): number | null {
  const opp: number[] = [];
  const count: number[] = [];
  let total = 0;
  let won = 0;
  for (let k = g.start[s]!; k < g.start[s + 1]!; k++) {
    const p = g.pairsOf[k]!;
    const t = other(g, p, s);
    if (!placed[t]) continue;
    opp.push(a[t]!);
    count.push(g.n[p]!);
    total += g.n[p]!;
    won += winsIn(g, p, s);
  }
  if (total === 0) return null;
  const target = won === total ? total - EXTREME_ADJUSTMENT : won === 0 ? EXTREME_ADJUSTMENT : won;
  const expected = (v: number): [number, number] => {
    let e = 0;
    let d = 0;
    for (let k = 0; k < opp.length; k++) {
      const pr = sigmoid(v - opp[k]!);
      e += count[k]! * pr;
      d += count[k]! * pr * (1 - pr);
    }
    return [e - target, d];
  };
  // Newton inside a bracket that always holds the root (expected wins rise with the ability).
  let lo = Math.min(...opp) - 50;
  let hi = Math.max(...opp) + 50;
  let v = opp.reduce((x, y) => x + y, 0) / opp.length + Math.log(target / (total - target));
  for (let it = 0; it < 200; it++) {
    const [f, d] = expected(v);
    if (Math.abs(f) < 1e-13 * total) break;
    if (f > 0) hi = v;
    else lo = v;
    let nv = v - f / d;
    if (!(nv > lo && nv < hi)) nv = (lo + hi) / 2;
    if (Math.abs(nv - v) < 1e-15) break;
    v = nv;
  }
  return v;
}
