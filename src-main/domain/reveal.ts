// What the room sees at reveal: per sample and criterion, the spread of the scores, the anchor's
// reference, and which samples most need discussion.

export interface RevealScore {
  /** R1..Rn: how the room, and every rater's device, names this rater. */
  alias: string;
  /** The rater's name, for the owner's screen only; null on a rater's device. */
  name: string | null;
  /** The caller's own score: a rater's device marks it "you". */
  you: boolean;
  score: number | null;
}

export interface RevealCell {
  criterionId: string;
  scores: RevealScore[];
  /** Lowest and highest score given; null when nobody could score. */
  min: number | null;
  max: number | null;
  /** Two raters two or more levels apart: flagged for discussion. */
  nonAdjacent: boolean;
  /** The anchor's reference score, where the sample is an anchor. */
  reference: number | null;
  consensus: number | null;
}

export interface RevealSample {
  sampleId: string;
  code: string;
  revealed: boolean;
  cells: RevealCell[];
  /**
   * How contested the sample is: the mean distance between two raters' scores, summed over the
   * criteria. Zero means everyone agreed everywhere.
   */
  contestedness: number;
  flagged: boolean;
}

/** Mean absolute difference over all pairs of given scores. */
export function meanPairDistance(scores: readonly number[]): number {
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < scores.length; i++) {
    for (let j = i + 1; j < scores.length; j++) {
      total += Math.abs(scores[i]! - scores[j]!);
      pairs++;
    }
  }
  return pairs === 0 ? 0 : total / pairs;
}

export function revealCell(
  criterionId: string,
  scores: RevealScore[],
  reference: number | null,
  consensus: number | null,
): RevealCell {
  const given = scores.map((s) => s.score).filter((s): s is number => s !== null);
  const min = given.length > 0 ? Math.min(...given) : null;
  const max = given.length > 0 ? Math.max(...given) : null;
  return {
    criterionId,
    scores,
    min,
    max,
    nonAdjacent: min !== null && max !== null && max - min >= 2,
    reference,
    consensus,
  };
}

/** Orders samples most contested first; ties keep the session's order. */
export function revealSample(
  sampleId: string,
  code: string,
  revealed: boolean,
  cells: RevealCell[],
): RevealSample {
  const contestedness = cells.reduce(
    (sum, cell) =>
      sum +
      meanPairDistance(cell.scores.map((s) => s.score).filter((s): s is number => s !== null)),
    0,
  );
  return {
    sampleId,
    code,
    revealed,
    cells,
    contestedness,
    flagged: cells.some((c) => c.nonAdjacent),
  };
}

export function mostContestedFirst(samples: RevealSample[]): RevealSample[] {
  return samples
    .map((sample, index) => ({ sample, index }))
    .sort((a, b) => b.sample.contestedness - a.sample.contestedness || a.index - b.index)
    .map(({ sample }) => sample);
}
