// Comparative judgement: the second kind of session. Judges see two samples side by side and
// choose the one that shows more of the competency; many such choices, put on one scale by a
// Bradley-Terry model (stats/cj.ts), rank the work. What a judge may know, and the words the
// screens share, are here; the pairing and the scale are in stats/.
import type { SampleKind } from './sample.js';
import type { SessionPhase } from './session.js';

/**
 * Below this many judgements per sample a scale is seldom stable (the usual minimum in the CJ
 * literature, e.g. Verhavert et al. 2019 put 10-14 per sample for a reliability of 0.7-0.8).
 */
export const MIN_JUDGEMENTS_PER_SAMPLE = 10;

/** A judge's working time on one pair longer than this is not a judging time but a pause. */
export const MAX_JUDGEMENT_MS = 60 * 60 * 1000;

/** A judging session's own settings (SessionDetail.judging). */
export interface JudgingSetup {
  /** What judges decide, e.g. "Which piece argues its claim better?". */
  question: string;
  /** The competency whose continuum statement the question came from, if any. */
  competencyId: string | null;
  /** Judgements each judge is asked for. */
  perJudge: number;
}

/**
 * Judgements each sample gets when every judge makes `perJudge`: each judgement shows two
 * samples, so samples x perSample = 2 x judges x perJudge.
 */
export function judgementsPerSample(samples: number, judges: number, perJudge: number): number {
  return samples === 0 ? 0 : (2 * judges * perJudge) / samples;
}

/** Which sample the judge chose. */
export type Side = 'left' | 'right';

/** What a judge's screen shows of a sample: its code and the anonymized file, nothing else. */
export interface JudgedSample {
  id: string;
  code: string;
  kind: SampleKind;
  mediaType: string;
}

/** The pair on a judge's screen. */
export interface JudgingPair {
  /** Names this showing of the pair; a choice is sent for it, so a retry never counts twice. */
  pairId: string;
  left: JudgedSample;
  right: JudgedSample;
}

/** Everything a judge's screen needs, and nothing about any other judge. */
export interface JudgingTurn {
  sessionId: string;
  title: string;
  question: string;
  phase: SessionPhase;
  judgeId: string;
  judgeName: string;
  /** Judgements this judge has made, and is asked for. */
  done: number;
  total: number;
  /** Null when the judge is finished, or judging is not open. */
  pair: JudgingPair | null;
}
