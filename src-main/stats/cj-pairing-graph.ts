// The facts the CJ pairing rules need, gathered in one pass over the session's history: how many
// comparisons each sample has had, which pairs the asking judge has already had, and which
// samples are joined into one scale (the connected parts of the comparison graph). Built afresh
// for every call in O(shown + samples²), so the rules never rescan the history.
import { joinParts, partRoot, separateParts } from './graph-parts.js';

export interface ShownPair {
  judge: string;
  left: string;
  right: string;
}

export interface PairingGraph {
  /** The distinct samples, in the order first given; everything below is indexed by position. */
  ids: string[];
  /** Comparisons per sample across all judges, pairs handed out and not yet judged included. */
  exposure: Int32Array;
  /** seen[a * n + b] is 1 when the asking judge has had the pair a-b (in either order). */
  seen: Uint8Array;
  /** times[a * n + b]: how often the pair a-b has been shown to anyone (in either order). */
  times: Int32Array;
  /** Partners each sample still has that the asking judge has not yet seen it with. */
  open: Int32Array;
  /** A label per sample, equal for samples in the same connected part. */
  component: Int32Array;
  components: number;
}

/**
 * History entries naming a sample that is not in `samples` (one withdrawn from the session) or
 * pairing a sample with itself are ignored: they cannot be handed out again and join nothing.
 */
export function buildPairingGraph(
  samples: readonly string[],
  shown: readonly ShownPair[],
  judge: string,
): PairingGraph {
  const index = new Map<string, number>();
  const ids: string[] = [];
  for (const s of samples) {
    if (index.has(s)) continue;
    index.set(s, ids.length);
    ids.push(s);
  }
  const n = ids.length;
  const exposure = new Int32Array(n);
  const seen = new Uint8Array(n * n);
  const times = new Int32Array(n * n);
  const open = new Int32Array(n).fill(Math.max(0, n - 1));
  const parent = separateParts(n);
  let components = n;

  for (const p of shown) {
    const a = index.get(p.left);
    const b = index.get(p.right);
    if (a === undefined || b === undefined || a === b) continue;
    exposure[a]!++;
    exposure[b]!++;
    times[a * n + b]!++;
    times[b * n + a]!++;
    if (p.judge === judge && seen[a * n + b] === 0) {
      seen[a * n + b] = 1;
      seen[b * n + a] = 1;
      open[a]!--;
      open[b]!--;
    }
    if (joinParts(parent, a, b)) components--;
  }

  const component = new Int32Array(n);
  for (let i = 0; i < n; i++) component[i] = partRoot(parent, i);
  return { ids, exposure, seen, times, open, component, components };
}
