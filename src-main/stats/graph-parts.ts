// Connected parts of a comparison graph: samples joined by having been compared, directly or
// through others. Union-find over sample indices, the one implementation behind the scale's parts
// (bt-graph.ts), the largest group of a split half (largestPart in bradley-terry.ts) and the
// pairing engine's groups (cj-pairing-graph.ts).

/** Every sample its own part: parent[x] = x. */
export function separateParts(size: number): Int32Array {
  const parent = new Int32Array(size);
  for (let x = 0; x < size; x++) parent[x] = x;
  return parent;
}

/** The sample standing for x's part (the same for every sample of the part). */
export function partRoot(parent: Int32Array, x: number): number {
  let r = x;
  while (parent[r]! !== r) {
    // Path halving keeps the trees flat without a second pass.
    parent[r] = parent[parent[r]!]!;
    r = parent[r]!;
  }
  return r;
}

/** Joins the parts of a and b; false when they were one part already. */
export function joinParts(parent: Int32Array, a: number, b: number): boolean {
  const ra = partRoot(parent, a);
  const rb = partRoot(parent, b);
  if (ra === rb) return false;
  parent[ra] = rb;
  return true;
}

/**
 * The parts numbered 0, 1, ... in order of their first sample: part[x] is x's number, -1 for a
 * sample outside `member` (every sample is a member without it).
 */
export function numberParts(
  parent: Int32Array,
  member?: Uint8Array,
): { part: Int32Array; count: number } {
  const part = new Int32Array(parent.length).fill(-1);
  const numberOf = new Int32Array(parent.length).fill(-1);
  let count = 0;
  for (let x = 0; x < parent.length; x++) {
    if (member && !member[x]) continue;
    const r = partRoot(parent, x);
    if (numberOf[r] === -1) numberOf[r] = count++;
    part[x] = numberOf[r]!;
  }
  return { part, count };
}
