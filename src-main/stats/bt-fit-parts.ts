// Fits every connected part of a Bradley-Terry scale: by maximum likelihood, with the extreme
// samples set aside and put back, or by the one-sided-pairs fallback (the rules are in
// bradley-terry.ts), and marks which samples the adjustment moved.
import type { BtAdjustment } from './cj-types.js';
import type { Graph } from './bt-graph.js';
import { membersByPart } from './bt-graph.js';
import { mlExists, oneSidedAdjusted, setAside } from './bt-extremes.js';
import { blockOf } from './bt-likelihood.js';
import { newton } from './bt-newton.js';
import { placeSetAside } from './bt-place-extremes.js';

/** How one connected part was fitted. */
export type PartFit = 'ml' | 'set-aside' | 'one-sided-pairs';

export interface Fitted {
  ability: Float64Array;
  /** +1 / -1 for a sample set aside as having won / lost all its comparisons (setAside). */
  kind: Int8Array;
  iterations: number;
  converged: boolean;
  how: PartFit[];
}

/** Fits every part: abilities of its samples (centred on the part's mean) into `a`. */
export function fitParts(
  g: Graph,
  part: Int32Array,
  count: number,
  start: ReadonlyMap<string, number> | undefined,
): Fitted {
  const size = g.ids.length;
  const a = new Float64Array(size);
  if (start) {
    for (let s = 0; s < size; s++) {
      const v = start.get(g.ids[s]!);
      a[s] = v !== undefined && Number.isFinite(v) ? v : 0;
    }
  }
  const { kind, round, rounds } = setAside(g);
  const membersOf = membersByPart(part, count);
  const inCore = new Uint8Array(size);
  for (let s = 0; s < size; s++) inCore[s] = part[s]! >= 0 && kind[s] === 0 ? 1 : 0;
  let iterations = 0;
  let converged = true;
  const how: PartFit[] = [];
  let oneSided: Float64Array | null = null;
  for (const members of membersOf) {
    const core = members.filter((s) => inCore[s]);
    const ml = mlExists(g, core, inCore);
    const block = ml ? blockOf(g, core) : blockOf(g, members, (oneSided ??= oneSidedAdjusted(g)));
    const x = Float64Array.from(block.members, (s) => a[s]!);
    let r = newton(g, block, x);
    if (!r.converged && start) {
      // A start far from this data's solution (another session's, a stale one): from 0 instead.
      iterations += r.iterations;
      x.fill(0);
      r = newton(g, block, x);
    }
    iterations += r.iterations;
    converged &&= r.converged;
    block.members.forEach((s, k) => (a[s] = x[k]!));
    if (ml && core.length < members.length) {
      placeSetAside(g, members, inCore, round, rounds, a);
      how.push('set-aside');
    } else {
      how.push(ml ? 'ml' : 'one-sided-pairs');
    }
    const mean = members.reduce((t, s) => t + a[s]!, 0) / members.length;
    for (const s of members) a[s] = a[s]! - mean;
  }
  for (let s = 0; s < size; s++) if (part[s] === -1) a[s] = 0;
  return { ability: a, kind, iterations, converged, how };
}

/**
 * Each sample's `adjusted` mark: whether it won or lost every comparison (among the samples still
 * in, in a part fitted with samples set aside), null otherwise.
 */
export function adjustmentsOf(g: Graph, part: Int32Array, fitted: Fitted): (BtAdjustment | null)[] {
  return g.ids.map((_, s) => {
    if (part[s] === -1) return null;
    if (fitted.how[part[s]!] === 'set-aside') {
      const k = fitted.kind[s]!;
      return k > 0 ? 'won_every_comparison' : k < 0 ? 'lost_every_comparison' : null;
    }
    const c = g.comparisons[s]!;
    const w = g.wins[s]!;
    return w === c ? 'won_every_comparison' : w === 0 ? 'lost_every_comparison' : null;
  });
}
