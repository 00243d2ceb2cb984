// Which two samples a judge sees next in a comparative judgement (CJ) session.
//
// The scheme, step by step (the first step that gives a pair decides):
//
// - Always: a judge never gets the same two samples twice (in either order), and a sample is
//   never paired with itself. "Comparisons" below count every judge's pairs, including pairs
//   handed out and not yet judged, so two judges asking at once do not both go to one sample.
// - The first sample, A, is always one with the fewest comparisons so far (among those the judge
//   still has a new partner for), ties broken at random. That keeps the samples evenly compared.
// - Joining up: samples that are not linked to each other by a chain of comparisons cannot be put
//   on one scale. While there is more than one such part, B is the least-compared sample in a
//   different part from A, so every pair joins two parts and n samples are on one scale after
//   n - 1 pairs. (The judge cannot have had that pair: it would already join the two parts.)
// - Random start: until every sample has RANDOM_START_PER_SAMPLE comparisons, B is drawn at random
//   among A's least-compared new partners. The estimates are not used: on one or two comparisons a
//   sample's estimate is mostly luck, and pairing on it would lock early flukes in. Joining up
//   during the random start is reported as 'random-start'; after it (a sample added late, an
//   imported history) as 'connect'.
// - Close estimates: then B is drawn at random from A's new partners that have at most
//   EXPOSURE_SLACK more comparisons than A (so no sample runs ahead), favouring partners that the
//   current scale places close to A. A pair the Bradley-Terry model calls a toss-up tells the most
//   about the order (its information is p(1 - p), largest at p = 0.5, p being the chance that A
//   wins), so each partner's weight is (4 p (1 - p)) ^ SHARPNESS: 1 for a 50/50 pair, 0.85 for
//   60/40, 0.38 for 73/27 (one logit apart), 0.03 for 88/12 (two logits). The weight is divided by
//   1 + the number of judges who already had the pair, so the same two samples do not go round
//   every judge. Drawing, rather than always taking the nearest, keeps the pairs from forming
//   fixed chains; on estimates that are themselves uncertain by half a logit or more, a nearer
//   pair would not be more informative anyway. A sample without an estimate counts as 0, the
//   middle of the scale.
// - Any new pair: when that finds nothing (A's remaining partners are all further ahead in
//   comparisons), any pair this judge has not had, the least-compared pair first (smallest sum of
//   the two counts), ties at random. No pair left for this judge: null.
// - Which sample shows on the left is a coin toss, so position cannot favour either.
//
// Why the counts stay even: A always has the fewest comparisons, m, and B in the close-estimates
// step at most m + EXPOSURE_SLACK, so no sample gets more than EXPOSURE_SLACK + 1 comparisons ahead
// of the least-compared one. In the random start B is the least-compared of A's new partners, and
// while joining up from an empty history B has at most one comparison (each linked part is then a
// tree, and a tree has an end with one link), so the same bound holds in the sessions simulated in
// test/stats/cj-pairing.test.ts. Only the any-new fallback, or a history built otherwise, can
// exceed it.
//
// Cost: one pass over the history plus O(n²) for n samples per call (cj-pairing-graph.ts).
import { buildPairingGraph } from './cj-pairing-graph.js';
import type { PairingGraph, ShownPair } from './cj-pairing-graph.js';

export type { ShownPair };

export interface PairingInput {
  samples: readonly string[];
  /** Every judgement made so far in the session (all judges), plus pairs handed out and not yet judged. */
  shown: readonly ShownPair[];
  /** Current ability estimates (logits); empty during the random start. */
  abilities: ReadonlyMap<string, number>;
  judge: string;
  /** A number in [0,1) source, seeded by the caller, so tests are deterministic. */
  random: () => number;
}

export interface Pair {
  left: string;
  right: string;
  reason: 'random-start' | 'connect' | 'close-estimates' | 'any-new';
}

/**
 * Comparisons each sample gets at random before the estimates steer the pairing. Three is the
 * fewest that lets a sample's estimate rest on more than one or two outcomes (with fewer, one
 * surprising choice moves it across the scale, and pairing on it repeats the error), while
 * costing only 1.5 pairs per sample, a small part of a usual plan of 10 to 20 comparisons each.
 */
export const RANDOM_START_PER_SAMPLE = 3;

/** How many comparisons more than A the partner B may have in the close-estimates step. */
export const EXPOSURE_SLACK = 1;

/**
 * How strongly the close-estimates step favours near partners: the power on 4 p (1 - p). With 4,
 * in simulated sessions of 20 to 120 samples whose abilities spread over 3 to 6 logits, the pairs
 * chosen were 0.55 to 0.75 logits apart on average, with 84% to 90% of a 50/50 pair's information
 * (random pairs over 6 logits: 51%). Unlike "the k nearest", this does not grow tighter in logits
 * as the number of samples grows.
 */
export const SHARPNESS = 4;

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.min(items.length - 1, Math.floor(random() * items.length))]!;
}

/** The positions where `key` is smallest among those `allowed`, in index order. */
function leastBy(n: number, key: (i: number) => number, allowed: (i: number) => boolean): number[] {
  let best = Infinity;
  let out: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!allowed(i)) continue;
    const k = key(i);
    if (k < best) {
      best = k;
      out = [i];
    } else if (k === best) out.push(i);
  }
  return out;
}

/** Fisher-Yates in place: the order in which equally least-compared samples are tried as A. */
function shuffle(items: number[], random: () => number): number[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Least-compared samples that still have a partner new to this judge. */
function firstCandidates(g: PairingGraph): number[] {
  return leastBy(
    g.ids.length,
    (i) => g.exposure[i]!,
    (i) => g.open[i]! > 0,
  );
}

function acrossParts(g: PairingGraph, random: () => number): [number, number] {
  const n = g.ids.length;
  const a = pick(firstCandidates(g), random);
  const part = g.component[a]!;
  const b = pick(
    leastBy(
      n,
      (i) => g.exposure[i]!,
      (i) => g.component[i]! !== part,
    ),
    random,
  );
  return [a, b];
}

function randomStart(g: PairingGraph, random: () => number): [number, number] | null {
  const n = g.ids.length;
  const firsts = firstCandidates(g);
  if (firsts.length === 0) return null;
  const a = pick(firsts, random);
  const b = pick(
    leastBy(
      n,
      (i) => g.exposure[i]!,
      (i) => i !== a && g.seen[a * n + i] === 0,
    ),
    random,
  );
  return [a, b];
}

/** log p(1 - p), the log Fisher information of a pair whose abilities differ by `gap` logits. */
function logInformation(gap: number): number {
  const d = Math.abs(gap);
  return -d - 2 * Math.log1p(Math.exp(-d));
}

function closeEstimates(
  g: PairingGraph,
  abilities: ReadonlyMap<string, number>,
  random: () => number,
): [number, number] | null {
  const n = g.ids.length;
  const theta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = abilities.get(g.ids[i]!);
    theta[i] = v !== undefined && Number.isFinite(v) ? v : 0;
  }
  for (const a of shuffle(firstCandidates(g), random)) {
    const limit = g.exposure[a]! + EXPOSURE_SLACK;
    const partners: number[] = [];
    for (let i = 0; i < n; i++) {
      if (i !== a && g.seen[a * n + i] === 0 && g.exposure[i]! <= limit) partners.push(i);
    }
    if (partners.length === 0) continue;
    // Weights are taken relative to the best partner's, in logs, so that estimates far apart
    // cannot underflow every weight to zero.
    let best = -Infinity;
    const logInfo = partners.map((i) => {
      const v = logInformation(theta[a]! - theta[i]!);
      best = Math.max(best, v);
      return v;
    });
    const weights = partners.map(
      (i, k) => Math.exp(SHARPNESS * (logInfo[k]! - best)) / (1 + g.times[a * n + i]!),
    );
    let u = random() * weights.reduce((s, w) => s + w, 0);
    let b = partners[partners.length - 1]!;
    for (let k = 0; k < partners.length; k++) {
      u -= weights[k]!;
      if (u < 0) {
        b = partners[k]!;
        break;
      }
    }
    return [a, b];
  }
  return null;
}

function anyNew(g: PairingGraph, random: () => number): [number, number] | null {
  const n = g.ids.length;
  let best = Infinity;
  let ties: [number, number][] = [];
  for (let a = 0; a < n; a++) {
    if (g.open[a]! === 0) continue;
    for (let b = a + 1; b < n; b++) {
      if (g.seen[a * n + b] !== 0) continue;
      const k = g.exposure[a]! + g.exposure[b]!;
      if (k < best) {
        best = k;
        ties = [[a, b]];
      } else if (k === best) ties.push([a, b]);
    }
  }
  return ties.length === 0 ? null : pick(ties, random);
}

/** The next pair for `input.judge`, or null when this judge has seen every pair. */
export function nextPair(input: PairingInput): Pair | null {
  const { random } = input;
  const g = buildPairingGraph(input.samples, input.shown, input.judge);
  const n = g.ids.length;
  if (n < 2) return null;

  let least = Infinity;
  for (let i = 0; i < n; i++) least = Math.min(least, g.exposure[i]!);
  const starting = least < RANDOM_START_PER_SAMPLE;

  let chosen: [number, number] | null;
  let reason: Pair['reason'];
  if (g.components > 1) {
    chosen = acrossParts(g, random);
    reason = starting ? 'random-start' : 'connect';
  } else if (starting) {
    chosen = randomStart(g, random);
    reason = 'random-start';
  } else {
    chosen = closeEstimates(g, input.abilities, random);
    reason = 'close-estimates';
  }
  if (chosen === null) {
    chosen = anyNew(g, random);
    reason = 'any-new';
  }
  if (chosen === null) return null;

  const [a, b] = random() < 0.5 ? chosen : [chosen[1], chosen[0]];
  return { left: g.ids[a]!, right: g.ids[b]!, reason };
}
