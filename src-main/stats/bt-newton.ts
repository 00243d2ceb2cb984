// Maximum likelihood of the Bradley-Terry abilities of one block by Newton-Raphson with step
// halving (the method is in bradley-terry.ts).
import type { Graph } from './bt-graph.js';
import type { Block } from './bt-likelihood.js';
import { cholSolve } from './bt-cholesky.js';
import { evaluate, factorCentred } from './bt-likelihood.js';

const GRADIENT_TOLERANCE = 1e-10;
export const MAX_ITERATIONS = 100;

/**
 * Maximum likelihood over a block whose ML exists (connected, arrows both ways): Newton from
 * `x` (abilities of the members, changed in place), centred on the block's mean.
 */
export function newton(
  g: Graph,
  b: Block,
  x: Float64Array,
): { iterations: number; converged: boolean } {
  const m = b.members.length;
  centre(x);
  const grad = new Float64Array(m);
  const info = new Float64Array(m * m);
  const next = new Float64Array(m);
  let ll = evaluate(g, b, x, grad, info);
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    if (maxAbs(grad) <= GRADIENT_TOLERANCE) return { iterations: it, converged: true };
    if (!factorCentred(info, m)) return { iterations: it, converged: false };
    const step = Float64Array.from(grad);
    cholSolve(info, m, step);
    let t = 1;
    for (;;) {
      for (let k = 0; k < m; k++) next[k] = x[k]! + t * step[k]!;
      const llNext = evaluate(g, b, next, grad, info);
      if (llNext >= ll - 1e-12 * Math.abs(ll) || t < 1e-12) {
        ll = llNext;
        break;
      }
      t /= 2;
    }
    const moved = t * maxAbs(step);
    x.set(next);
    // Rounding leaves a floor under the gradient: a step that no longer moves anything ends it.
    if (moved < 1e-15 && maxAbs(grad) < 1e-8) return { iterations: it + 1, converged: true };
  }
  return { iterations: MAX_ITERATIONS, converged: maxAbs(grad) <= GRADIENT_TOLERANCE };
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (const x of v) m = Math.max(m, Math.abs(x));
  return m;
}

function centre(x: Float64Array): void {
  let s = 0;
  for (const v of x) s += v;
  const mean = s / x.length;
  for (let k = 0; k < x.length; k++) x[k] = x[k]! - mean;
}
