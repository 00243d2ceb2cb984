// Standard errors of the centred Bradley-Terry abilities: sqrt of the diagonal of the
// Moore-Penrose inverse of the information (why this matches BradleyTerry2: bradley-terry.ts).
import type { Graph } from './bt-graph.js';
import { membersByPart } from './bt-graph.js';
import { inverseDiagonal } from './bt-cholesky.js';
import { blockOf, evaluate, factorCentred } from './bt-likelihood.js';

/** Standard errors of the centred abilities of each part: sqrt of diag of L⁺ at `a`. */
export function standardErrors(
  g: Graph,
  part: Int32Array,
  count: number,
  a: Float64Array,
): Float64Array {
  const se = new Float64Array(g.ids.length).fill(Number.NaN);
  for (const members of membersByPart(part, count)) {
    const m = members.length;
    const b = blockOf(g, members);
    const x = Float64Array.from(members, (s) => a[s]!);
    const info = new Float64Array(m * m);
    evaluate(g, b, x, null, info);
    if (!factorCentred(info, m)) continue;
    const diag = inverseDiagonal(info, m);
    members.forEach((s, k) => (se[s] = Math.sqrt(Math.max(0, diag[k]! - 1 / m))));
  }
  return se;
}
