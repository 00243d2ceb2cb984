// The Bradley-Terry scale of comparative judgement: every sample's ability from judges' choices.
//
// Model (Bradley & Terry, 1952). Sample i is chosen over sample j with probability
// p_ij = 1 / (1 + exp(a_j - a_i)). The abilities a maximise the log-likelihood
// sum over judgements of log p(winner, loser); only differences are identified, so they are
// centred to mean 0 within each connected part of the comparison graph.
//
// Estimation. Newton-Raphson on the log-likelihood, which is concave: the gradient is
// g_i = wins_i - sum_j n_ij p_ij and the information (minus the Hessian) is the weighted graph
// Laplacian L with weights n_ij p_ij (1 - p_ij). L is singular (adding a constant to every
// ability changes nothing), so each step solves (L + 11'/m) d = g for the m samples of a part:
// because g sums to 0, d is the minimum-norm Newton step L⁺g and keeps the abilities centred.
// Steps are halved while they lower the log-likelihood; the iteration stops when every |g_i| is
// below 1e-10 (score units: expected wins). A warm start (the previous fit's abilities) only
// changes the number of iterations, not the answer.
//
// Standard errors. The covariance of the centred abilities is the Moore-Penrose inverse L⁺ of the
// information at the estimate, computed as (L + 11'/m)⁻¹ - 11'/m (1 has eigenvalue 1 in the
// added term), and se_i = sqrt(L⁺_ii). How this relates to BradleyTerry2: BTm fixes a reference
// sample r at 0 and its vcov V is the inverse of L without r's row and column, i.e. the
// covariance of a_j - a_r. Centring is the projection P = I - 11'/m of those estimates, and
// P V P = L⁺ (any generalised inverse of L projected onto 1's complement is L⁺). So the SE of a
// difference a_i - a_j here, sqrt(L⁺_ii + L⁺_jj - 2 L⁺_ij), is exactly BTm's SE of a_i against
// reference j, and BTm's estimates re-centred have exactly these SEs
// (scripts/r/cj-reference.R computes both; test/stats/cj-bradley-terry.test.ts compares them).
// Centred SEs are smaller than reference-category ones: the centre is estimated from everyone.
//
// Samples that won or lost every comparison. Their maximum-likelihood ability is +/- infinity
// (and so is any sample ML cannot place: Ford, 1957, shows ML is finite exactly when every sample
// can be reached from every other along "beat" arrows). They are never dropped. The rule, as
// Rasch programs measure extreme scores (Linacre's Winsteps and Facets manuals, "extreme score
// adjustment", default 0.3; src-main/stats/rasch.ts uses the same 0.3):
// 1. Set aside every sample that won (or lost) all its comparisons with the samples not set
//    aside; repeat while that makes new ones (a sample beaten only by a set-aside winner). The
//    `adjusted` mark says which way each went "among the samples still in": a sample set aside
//    in the second round lost to one of the first.
// 2. Fit the rest by plain maximum likelihood.
// 3. Put the set-aside samples back, last round first, each on its own with every sample already
//    placed held fixed: its ability is where its expected wins against them equal its actual
//    wins moved 0.3 of a win from the extreme (n - 0.3 for a sample that won all n, 0.3 for one
//    that lost all). A sample with no placed partner yet waits until one of its partners is
//    (and is then placed from its actual wins if, against the placed ones, it both won and lost).
// So the other samples' abilities are exactly those of the fit without the extreme samples (then
// all are re-centred), and with no extreme sample the fit is plain ML, as BradleyTerry2's.
// An adjusted sample's SE is read from the same information matrix, at the adjusted abilities.
//
// When even that leaves nothing to fit by ML in a connected part (its rest has no comparisons,
// falls apart, or is itself split into a group that won all its comparisons with the others: the
// usual state in the first judgements of a session, e.g. one judgement between two samples), the
// whole part is fitted by ML with every pair of samples compared only one way counted as 0.3 of
// a win less one-sided (n - 0.3 to 0.3). That always has a finite solution (every pair then has
// arrows both ways), is the same adjustment applied per pair, and is said in `warnings`.
//
// Other choices:
// - A sample never compared has no estimate: ability 0 (the centre) and `se` null, left out of
//   every centring and counted in no part; `warnings` lists it.
// - `components` counts the parts that hold at least one comparison.
// - `log_likelihood` is that of the judgements at the reported abilities: the maximum when no
//   sample needed the adjustment.
// - A judgement naming an unknown sample, a sample against itself or a winner that is neither
//   side is left out with a warning (analyseJudgements in cj.ts refuses such input before this).
//
// References:
// - Bradley, R. A. & Terry, M. E. (1952). Rank analysis of incomplete block designs: I. The method
//   of paired comparisons. Biometrika, 39(3/4), 324-345.
// - Ford, L. R. (1957). Solution of a ranking problem from binary comparisons. The American
//   Mathematical Monthly, 64(8), 28-33.
// - Linacre, J. M. Winsteps / Facets Rasch measurement computer program user's guides:
//   EXTRSCORE= / Xtreme= extreme score correction (0.3 score points by default).
// - Turner, H. & Firth, D. (2012). Bradley-Terry models in R: the BradleyTerry2 package. Journal of
//   Statistical Software, 48(9).
import type { BtAdjustment, BtFit, BtSample, Judgement } from './cj-types.js';

/** Score points an extreme sample's score is moved from the extreme. */
export const EXTREME_ADJUSTMENT = 0.3;
const GRADIENT_TOLERANCE = 1e-10;
const MAX_ITERATIONS = 100;
/** Samples named in a warning before "and n more". */
const NAMED = 5;

/** Comparisons aggregated per pair of sample indices i < j: n_ij and the wins of i. */
interface Graph {
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

function buildGraph(ids: string[], judgements: readonly Judgement[]): Graph {
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
const other = (g: Graph, p: number, s: number): number => (g.pi[p] === s ? g.pj[p]! : g.pi[p]!);

/** Wins of sample s in pair p. */
const winsIn = (g: Graph, p: number, s: number): number =>
  g.pi[p] === s ? g.w[p]! : g.n[p]! - g.w[p]!;

/** log(1 + exp(x)) without overflow. */
function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** Log-likelihood of w wins in n comparisons at ability difference d: w d - n log(1 + e^d). */
const pairLogLikelihood = (w: number, n: number, d: number): number => w * d - n * softplus(d);

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Connected parts of the samples in `member` (1) along pairs whose both samples are members:
 * part[s] is the part's number (0, 1, ... in order of their first sample), -1 outside.
 */
function parts(g: Graph, member: Uint8Array): { part: Int32Array; count: number } {
  const part = new Int32Array(member.length).fill(-1);
  let count = 0;
  const stack: number[] = [];
  for (let s0 = 0; s0 < member.length; s0++) {
    if (!member[s0] || part[s0] !== -1) continue;
    part[s0] = count;
    stack.push(s0);
    while (stack.length > 0) {
      const s = stack.pop()!;
      for (let k = g.start[s]!; k < g.start[s + 1]!; k++) {
        const t = other(g, g.pairsOf[k]!, s);
        if (member[t] && part[t] === -1) {
          part[t] = count;
          stack.push(t);
        }
      }
    }
    count++;
  }
  return { part, count };
}

/** Cholesky factor (lower, row-major, in place) of a positive definite m x m matrix. */
function cholesky(a: Float64Array, m: number): boolean {
  for (let j = 0; j < m; j++) {
    let d = a[j * m + j]!;
    for (let k = 0; k < j; k++) d -= a[j * m + k]! ** 2;
    if (!(d > 0)) return false;
    const ljj = Math.sqrt(d);
    a[j * m + j] = ljj;
    for (let i = j + 1; i < m; i++) {
      let s = a[i * m + j]!;
      for (let k = 0; k < j; k++) s -= a[i * m + k]! * a[j * m + k]!;
      a[i * m + j] = s / ljj;
    }
  }
  return true;
}

/** Solves L L' x = b in place (b becomes x). */
function cholSolve(l: Float64Array, m: number, b: Float64Array): void {
  for (let i = 0; i < m; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * m + k]! * b[k]!;
    b[i] = s / l[i * m + i]!;
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = b[i]!;
    for (let k = i + 1; k < m; k++) s -= l[k * m + i]! * b[k]!;
    b[i] = s / l[i * m + i]!;
  }
}

/** diag((L L')⁻¹) = column sums of squares of L⁻¹. */
function inverseDiagonal(l: Float64Array, m: number): Float64Array {
  const diag = new Float64Array(m);
  const col = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    // Column c of L⁻¹ by forward substitution of e_c (zero above row c).
    col.fill(0, 0, c);
    for (let i = c; i < m; i++) {
      let s = i === c ? 1 : 0;
      for (let k = c; k < i; k++) s -= l[i * m + k]! * col[k]!;
      col[i] = s / l[i * m + i]!;
    }
    for (let i = c; i < m; i++) diag[c]! += col[i]! ** 2;
  }
  return diag;
}

/** A set of samples fitted together, with the pairs (both samples in it) and wins to fit. */
interface Block {
  members: Int32Array;
  /** Sample index -> position in members, -1 outside. */
  local: Int32Array;
  pairs: Int32Array;
  /** Wins of the pair's first sample (pi) to fit: the data's, or adjusted. */
  w: Float64Array;
}

function blockOf(g: Graph, members: number[], w: Float64Array = g.w): Block {
  const local = new Int32Array(g.ids.length).fill(-1);
  members.forEach((s, k) => (local[s] = k));
  const pairs: number[] = [];
  for (let p = 0; p < g.pi.length; p++) {
    if (local[g.pi[p]!] !== -1 && local[g.pj[p]!] !== -1) pairs.push(p);
  }
  return { members: Int32Array.from(members), local, pairs: Int32Array.from(pairs), w };
}

/** Log-likelihood, gradient and (if `info`) the information matrix of a block at x. */
function evaluate(
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

/** (L + 11'/m), Cholesky-factored in place; false if not positive definite. */
function factorCentred(info: Float64Array, m: number): boolean {
  for (let k = 0; k < m * m; k++) info[k]! += 1 / m;
  return cholesky(info, m);
}

/**
 * Maximum likelihood over a block whose ML exists (connected, arrows both ways): Newton from
 * `x` (abilities of the members, changed in place), centred on the block's mean.
 */
function newton(g: Graph, b: Block, x: Float64Array): { iterations: number; converged: boolean } {
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

/** Samples that won (+1) or lost (-1) all comparisons, set aside in rounds; 0 for the rest. */
function setAside(g: Graph): { kind: Int8Array; round: Int32Array; rounds: number } {
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
function mlExists(g: Graph, core: number[], inCore: Uint8Array): boolean {
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

/** How one connected part was fitted. */
type PartFit = 'ml' | 'set-aside' | 'one-sided-pairs';

interface Fitted {
  ability: Float64Array;
  /** +1 / -1 for a sample set aside as having won / lost all its comparisons (setAside). */
  kind: Int8Array;
  iterations: number;
  converged: boolean;
  how: PartFit[];
}

/** Fits every part: abilities of its samples (centred on the part's mean) into `a`. */
function fitParts(
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
  const membersOf: number[][] = Array.from({ length: count }, () => []);
  for (let s = 0; s < size; s++) if (part[s]! >= 0) membersOf[part[s]!]!.push(s);
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

/** Wins with every pair compared only one way moved 0.3 of a win towards the other side. */
function oneSidedAdjusted(g: Graph): Float64Array {
  return Float64Array.from(g.w, (w, p) => {
    const n = g.n[p]!;
    return w === n ? n - EXTREME_ADJUSTMENT : w === 0 ? EXTREME_ADJUSTMENT : w;
  });
}

/**
 * Puts a part's set-aside samples back, last round first; a sample with no placed partner yet
 * waits for a later pass. Within a pass each uses only the samples placed before the pass, so
 * the result does not depend on the order of the samples.
 */
function placeSetAside(
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

/** Standard errors of the centred abilities of each part: sqrt of diag of L⁺ at `a`. */
function standardErrors(g: Graph, part: Int32Array, count: number, a: Float64Array): Float64Array {
  const se = new Float64Array(g.ids.length).fill(Number.NaN);
  const membersOf: number[][] = Array.from({ length: count }, () => []);
  for (let s = 0; s < g.ids.length; s++) if (part[s]! >= 0) membersOf[part[s]!]!.push(s);
  for (const members of membersOf) {
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

/** "a, b, c" or "a, b, c, d, e and 3 more". */
function named(ids: readonly string[]): string {
  const shown = ids.slice(0, NAMED).join(', ');
  return ids.length > NAMED ? `${shown} and ${ids.length - NAMED} more` : shown;
}

const plural = (k: number, one: string, many: string): string => `${k} ${k === 1 ? one : many}`;

function warningsOf(
  g: Graph,
  part: Int32Array,
  count: number,
  fitted: Fitted,
  adjusted: (BtAdjustment | null)[],
  duplicates: readonly string[],
): string[] {
  const out: string[] = [];
  if (g.skipped > 0) {
    out.push(
      `${plural(g.skipped, 'judgement was', 'judgements were')} left out: ` +
        'a sample not in the list, a sample compared with itself, or a winner that is neither side.',
    );
  }
  if (duplicates.length > 0) {
    out.push(`Listed more than once (fitted once): ${named(duplicates)}.`);
  }
  const never = g.ids.filter((_, s) => part[s] === -1);
  if (never.length > 0) {
    out.push(
      `${plural(never.length, 'sample has', 'samples have')} no comparison yet (${named(never)}): ` +
        'shown at 0, the middle of the scale, with no standard error.',
    );
  }
  if (count > 1) {
    out.push(
      `The comparisons form ${count} separate groups of samples never compared with each other: ` +
        'each group is centred on 0 on its own, so abilities can be compared only within a group.',
    );
  }
  const extreme = g.ids.filter((_, s) => {
    const p = part[s]!;
    return p >= 0 && fitted.how[p] === 'set-aside' && adjusted[s] !== null;
  });
  if (extreme.length > 0) {
    out.push(
      `${plural(extreme.length, 'sample', 'samples')} won or lost every comparison ` +
        `(${named(extreme)}), so the usual estimate would put ${extreme.length === 1 ? 'it' : 'them'} ` +
        'infinitely high or low: each is placed where it would be expected to win 0.3 of a ' +
        'comparison less (or more) than it did, the other samples held where they are.',
    );
  }
  const provisional = g.ids.filter(
    (_, s) => part[s]! >= 0 && fitted.how[part[s]!] === 'one-sided-pairs',
  );
  if (provisional.length > 0) {
    out.push(
      `Too few comparisons to place ${plural(provisional.length, 'sample', 'samples')} the usual ` +
        `way (${named(provisional)}): every pair compared only one way was counted as 0.3 of a ` +
        'win less one-sided. These abilities are provisional: more judgements will settle them.',
    );
  }
  if (!fitted.converged) {
    out.push(
      `The estimate did not settle within ${MAX_ITERATIONS} iterations: treat it with care.`,
    );
  }
  return out;
}

/**
 * The Bradley-Terry scale of the samples from the judgements (see the rules above). `start`:
 * abilities to start from (a previous fit's), which only speeds the fit up.
 */
export function fitBradleyTerry(
  samples: readonly string[],
  judgements: readonly Judgement[],
  start?: ReadonlyMap<string, number>,
): BtFit {
  return fitScale(samples, judgements, start, true);
}

/**
 * The same fit without standard errors (every `se` null): for the many fits of split-half
 * reliability, which use only the abilities.
 */
export function fitAbilities(
  samples: readonly string[],
  judgements: readonly Judgement[],
  start?: ReadonlyMap<string, number>,
): BtFit {
  return fitScale(samples, judgements, start, false);
}

function fitScale(
  samples: readonly string[],
  judgements: readonly Judgement[],
  start: ReadonlyMap<string, number> | undefined,
  withSe: boolean,
): BtFit {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const s of samples) (seen.has(s) ? twice : seen).add(s);
  const ids = [...seen];
  const duplicates = [...twice];
  const g = buildGraph(ids, judgements);
  const compared = Uint8Array.from(g.comparisons, (c) => (c > 0 ? 1 : 0));
  const { part, count } = parts(g, compared);
  const fitted = fitParts(g, part, count, start);
  const a = fitted.ability;
  const se = withSe
    ? standardErrors(g, part, count, a)
    : new Float64Array(ids.length).fill(Number.NaN);
  const adjusted: (BtAdjustment | null)[] = ids.map((_, s) => {
    if (part[s] === -1) return null;
    if (fitted.how[part[s]!] === 'set-aside') {
      const k = fitted.kind[s]!;
      return k > 0 ? 'won_every_comparison' : k < 0 ? 'lost_every_comparison' : null;
    }
    const c = g.comparisons[s]!;
    const w = g.wins[s]!;
    return w === c ? 'won_every_comparison' : w === 0 ? 'lost_every_comparison' : null;
  });
  let logLikelihood = 0;
  for (let p = 0; p < g.pi.length; p++) {
    const d = a[g.pi[p]!]! - a[g.pj[p]!]!;
    logLikelihood += pairLogLikelihood(g.w[p]!, g.n[p]!, d);
  }
  const rows: BtSample[] = ids.map((sample, s) => ({
    sample,
    ability: a[s]!,
    se: part[s] === -1 || !Number.isFinite(se[s]!) ? null : se[s]!,
    wins: g.wins[s]!,
    comparisons: g.comparisons[s]!,
    adjusted: adjusted[s]!,
  }));
  const bySample = new Map(rows.map((r) => [r.sample, r]));
  return {
    samples: samples.map((s) => ({ ...bySample.get(s)! })),
    log_likelihood: logLikelihood,
    iterations: fitted.iterations,
    converged: fitted.converged,
    components: count,
    warnings: warningsOf(g, part, count, fitted, adjusted, duplicates),
  };
}

/**
 * The samples of the largest connected group of the judgements' comparison graph (the first
 * such group in the judgements' order on a tie); empty without judgements.
 */
export function largestPart(judgements: readonly Judgement[]): Set<string> {
  const parent = new Map<string, string>();
  const root = (s: string): string => {
    let r = s;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let x = s; x !== r;) {
      const up = parent.get(x)!;
      parent.set(x, r);
      x = up;
    }
    return r;
  };
  for (const j of judgements) {
    if (j.left === j.right) continue;
    for (const s of [j.left, j.right]) if (!parent.has(s)) parent.set(s, s);
    const a = root(j.left);
    const b = root(j.right);
    if (a !== b) parent.set(b, a);
  }
  const size = new Map<string, number>();
  let best: string | null = null;
  for (const s of parent.keys()) {
    const r = root(s);
    const n = (size.get(r) ?? 0) + 1;
    size.set(r, n);
    if (best === null || n > size.get(best)!) best = r;
  }
  return new Set([...parent.keys()].filter((s) => root(s) === best));
}
