// The words a comparative judgement session uses where a rubric meeting says "scoring" and
// "reveal", and the few figures its set-up shows.
import type { ContinuumLevel } from '../../../../src-main/domain/competency.js';
import {
  judgementsPerSample,
  MIN_JUDGEMENTS_PER_SAMPLE,
} from '../../../../src-main/domain/judging.js';
import type { SessionPhase } from '../../../../src-main/domain/session.js';

export const JUDGEMENT_KIND_WORDS = 'Comparative judgement';

export const JUDGING_PHASE_WORDS: Record<SessionPhase, string> = {
  draft: 'Draft',
  scoring: 'Judging',
  revealed: 'Results shown',
  closed: 'Closed',
};

export const JUDGING_PHASE_EXPLANATIONS: Record<SessionPhase, string> = {
  draft: 'Being prepared; nobody is judging yet.',
  scoring: 'Judges choose the better of two samples, pair after pair, each on their own.',
  revealed: 'Judging has ended; the scale and its results are shown.',
  closed: 'Finished; the judgements are final.',
};

export const SCALE_NOT_CONNECTED = 'Some samples are not yet compared with the rest: keep judging.';

export const TOO_FEW_PER_SAMPLE =
  'Below about 10 judgements per sample the scale is seldom stable: add judges or judgements.';

/** What the set-up promises each sample, and whether that is too few for a stable scale. */
export function perSampleFigure(
  samples: number,
  judges: number,
  perJudge: number,
): { perSample: number; words: string; tooFew: boolean } | null {
  if (samples === 0 || judges === 0 || !Number.isFinite(perJudge) || perJudge < 1) return null;
  const perSample = judgementsPerSample(samples, judges, perJudge);
  // One decimal is enough to see where 10 falls; a whole number reads without one.
  const shown = Math.round(perSample * 10) / 10;
  return {
    perSample,
    words: `about ${shown} ${shown === 1 ? 'judgement' : 'judgements'} per sample`,
    tooFew: perSample < MIN_JUDGEMENTS_PER_SAMPLE,
  };
}

/**
 * A question filled from a competency's continuum in one grade band: its highest level says what
 * "more of the competency" looks like there. Cut to fit the api's limit, with an ellipsis.
 */
export function questionFromStatement(
  competency: string,
  gradeBand: string,
  levels: readonly ContinuumLevel[],
  max: number,
): string {
  const top = [...levels].sort((a, b) => b.value - a.value)[0];
  const lead = `Which of the two shows more of ${competency}?`;
  const text = top
    ? `${lead} ${gradeBand}, ${top.label.trim()}: ${top.descriptor.trim()}`
    : `${lead} (${gradeBand})`;
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
