// When a figure's 95% range is shown, and the words said in its place when it is not: one rule
// for the results screen, the reports and the engine's reading scheme (stats/interpret.ts), kept
// here because the renderer may import domain/ but not stats/.

/** What the rule reads of a figure (the engine's `Stat` has these fields). */
export interface RangedFigure {
  value: number | null;
  defined: boolean;
  ci95_lower?: number | null;
  ci95_upper?: number | null;
  /** Why the engine dropped the interval of a defined figure (e.g. an impossible ICC range). */
  ci95_reason?: string;
}

/** The rule's settings, as the reading scheme carries them to the screens. */
export interface RangeRule {
  /** A range is shown only when its figure rests on at least this many samples. */
  rangeMinSamples: number;
  /** Words written in place of a range that would mean nothing. */
  noRange: { tooFewSamples: string; notDefined: string; singlePoint: string };
}

export const RANGE_RULE: RangeRule = {
  rangeMinSamples: 5,
  noRange: {
    tooFewSamples: 'too few samples for a range',
    notDefined: 'no range for this figure',
    singlePoint: 'no range: every sample gave the same result',
  },
};

/**
 * Words in place of a figure's 95% range, or null when the range is worth showing. `samples` is
 * what the figure rests on. Below the rule's minimum that is all it says; otherwise a range the
 * engine dropped says the engine's reason. A figure that is itself undefined has no range either.
 */
export function noRangeWords<F extends RangedFigure>(
  st: F | undefined,
  samples: number,
  rule: RangeRule = RANGE_RULE,
): string | null {
  if (!st || !st.defined || st.value === null) return rule.noRange.notDefined;
  // Too few samples says what a team can act on; the formula's failure would only add noise.
  if (samples < rule.rangeMinSamples) return rule.noRange.tooFewSamples;
  const { ci95_lower: lower, ci95_upper: upper } = st;
  if (lower === null || lower === undefined || upper === null || upper === undefined) {
    return st.ci95_reason ?? rule.noRange.notDefined;
  }
  if (lower === upper) return rule.noRange.singlePoint;
  return null;
}
