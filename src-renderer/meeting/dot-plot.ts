// Geometry of the reveal dot plot: the level axis left to right, one dot per rater, dots of the
// same level stacked, the anchor's reference and the consensus marked on the axis.

export interface DotInput {
  /** Unique within the plot: the rater's alias. */
  key: string;
  /** What the dot says: an alias, or a name on the owner's screen. */
  rater: string;
  /** The viewer's own score, marked "you" on a rater's device. */
  you: boolean;
  score: number | null;
}

export interface PlacedDot {
  key: string;
  rater: string;
  you: boolean;
  score: number;
  cx: number;
  cy: number;
}

export interface DotPlotLayout {
  width: number;
  height: number;
  axisY: number;
  /** Where the reference diamond and the consensus square sit, below the axis. */
  markerY: number;
  labelY: number;
  ticks: { value: number; x: number }[];
  dots: PlacedDot[];
  /** Raters who marked "cannot score". */
  missing: DotInput[];
  spread: { x1: number; x2: number } | null;
  reference: number | null;
  referenceX: number | null;
  consensusX: number | null;
  radius: number;
}

export interface DotPlotOptions {
  width?: number;
  radius?: number;
  padding?: number;
}

export function dotPlotLayout(
  levels: readonly number[],
  scores: readonly DotInput[],
  reference: number | null,
  consensus: number | null,
  options: DotPlotOptions = {},
): DotPlotLayout {
  const width = options.width ?? 480;
  const radius = options.radius ?? 16;
  const padding = options.padding ?? 36;
  const sorted = [...levels].sort((a, b) => a - b);
  const lo = sorted[0] ?? 0;
  const hi = sorted[sorted.length - 1] ?? 1;
  const span = hi - lo || 1;
  const xOf = (value: number) => padding + ((value - lo) / span) * (width - 2 * padding);

  const given = scores.filter((s): s is DotInput & { score: number } => s.score !== null);
  const stackHeight = new Map<number, number>();
  for (const s of given) stackHeight.set(s.score, (stackHeight.get(s.score) ?? 0) + 1);
  const tallest = Math.max(1, ...stackHeight.values());
  const gap = radius * 2 + 3;
  const top = 14;
  const axisY = top + tallest * gap + 6;
  // Below the axis: the reference and consensus markers, then the level numbers.
  const markerY = axisY + 20;
  const labelY = axisY + 52;
  const height = labelY + 8;

  const placed = new Map<number, number>();
  const dots: PlacedDot[] = given.map((s) => {
    const level = placed.get(s.score) ?? 0;
    placed.set(s.score, level + 1);
    return {
      key: s.key,
      rater: s.rater,
      you: s.you,
      score: s.score,
      cx: xOf(s.score),
      cy: axisY - radius - 4 - level * gap,
    };
  });
  const values = given.map((s) => s.score);
  const spread =
    values.length > 0 ? { x1: xOf(Math.min(...values)), x2: xOf(Math.max(...values)) } : null;
  return {
    width,
    height,
    axisY,
    markerY,
    labelY,
    ticks: sorted.map((value) => ({ value, x: xOf(value) })),
    dots,
    missing: scores.filter((s) => s.score === null),
    spread,
    reference,
    referenceX: reference === null ? null : xOf(reference),
    consensusX: consensus === null ? null : xOf(consensus),
    radius,
  };
}
