// Sessions: one calibration meeting and the phases it moves through.

export const SESSION_PHASES = ['draft', 'scoring', 'revealed', 'closed'] as const;
export type SessionPhase = (typeof SESSION_PHASES)[number];

export interface SessionOptions {
  /** Raters see no other rater's score until reveal. */
  blind: boolean;
  /** Each rater gets the samples in their own random order. */
  randomizeOrder: boolean;
  /** Results show R1..Rn instead of names unless the team opts in. */
  hideRaterNames: boolean;
  /** 1, or 2 with a blind re-score after discussion. */
  rounds: 1 | 2;
}

export const DEFAULT_SESSION_OPTIONS: SessionOptions = {
  blind: true,
  randomizeOrder: true,
  hideRaterNames: true,
  rounds: 1,
};

export interface SessionSummary {
  id: string;
  title: string;
  heldOn: string;
  phase: SessionPhase;
  currentRound: number;
  rubricVersionId: string;
  rubricTitle: string;
  sampleCount: number;
  raterCount: number;
}

export interface SessionRater {
  personId: string;
  /** R1..Rn: what team views show when names are hidden. */
  alias: string;
  name: string;
}

export interface SessionDetail extends SessionSummary {
  options: SessionOptions;
  facilitatorId: string | null;
  sampleIds: string[];
  raters: SessionRater[];
}

/** Whether other raters' scores of the current round may be shown to a rater. */
export function scoresVisibleToRaters(phase: SessionPhase): boolean {
  return phase === 'revealed' || phase === 'closed';
}

const NEXT_PHASES: Record<SessionPhase, readonly SessionPhase[]> = {
  draft: ['scoring'],
  scoring: ['revealed'],
  // A revealed session either starts its post-discussion round or closes.
  revealed: ['scoring', 'closed'],
  closed: [],
};

export function canMoveTo(from: SessionPhase, to: SessionPhase): boolean {
  return NEXT_PHASES[from].includes(to);
}
