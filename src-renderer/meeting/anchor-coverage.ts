// Which performance levels the chosen anchor samples cover, and a warning when they all sit on
// one level (a calibration set that cannot show whether raters tell the levels apart).

export interface AnchorReference {
  sampleId: string;
  score: number;
}

export interface AnchorCoverage {
  /** Anchors among the chosen samples. */
  anchorCount: number;
  /** Every level any chosen anchor's reference scores use, ascending. */
  levelsCovered: number[];
  /** Each chosen anchor's typical level (the median of its reference scores, rounded). */
  typicalLevels: Map<string, number>;
  /** Two or more anchors, and all of them typically on the same level. */
  clustered: boolean;
  clusterLevel: number | null;
}

export function anchorCoverage(
  chosenSampleIds: readonly string[],
  references: readonly AnchorReference[],
): AnchorCoverage {
  const chosen = new Set(chosenSampleIds);
  const bySample = new Map<string, number[]>();
  for (const r of references) {
    if (!chosen.has(r.sampleId)) continue;
    const list = bySample.get(r.sampleId) ?? [];
    list.push(r.score);
    bySample.set(r.sampleId, list);
  }
  const typicalLevels = new Map<string, number>();
  const covered = new Set<number>();
  for (const [sampleId, scores] of bySample) {
    scores.forEach((s) => covered.add(s));
    typicalLevels.set(sampleId, Math.round(median(scores)));
  }
  const typical = new Set(typicalLevels.values());
  const clustered = typicalLevels.size >= 2 && typical.size === 1;
  return {
    anchorCount: bySample.size,
    levelsCovered: [...covered].sort((a, b) => a - b),
    typicalLevels,
    clustered,
    clusterLevel: clustered ? [...typical][0]! : null,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
