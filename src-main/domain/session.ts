// Sessions: one calibration meeting and the phases it moves through.

import type { JudgingSetup } from './judging.js';

/**
 * A rubric meeting (score against the rubric, reveal, discuss, agree) or a comparative
 * judgement session (choose the better of two samples, many times; see judging.ts).
 */
export const SESSION_KINDS = ['rubric', 'judgement'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_PHASES = ['draft', 'scoring', 'revealed', 'closed'] as const;
export type SessionPhase = (typeof SESSION_PHASES)[number];

/** One time-boxed step of the meeting's protocol, e.g. "Silent scoring, 20 min". */
export interface ProtocolPhase {
  name: string;
  minutes: number;
  /** The time is per sample (e.g. "reveal and discuss, 5 min per sample"). */
  perSample: boolean;
}

export const DEFAULT_PROTOCOL: ProtocolPhase[] = [
  { name: 'Silent scoring', minutes: 20, perSample: false },
  { name: 'Reveal and discuss', minutes: 5, perSample: true },
  { name: 'Consensus', minutes: 15, perSample: false },
];

export interface SessionOptions {
  /** Raters see no other rater's score until reveal. */
  blind: boolean;
  /** Each rater gets the samples in their own random order. */
  randomizeOrder: boolean;
  /** Results show R1..Rn instead of names unless the team opts in. */
  hideRaterNames: boolean;
  /** 1, or 2 with a blind re-score after discussion. */
  rounds: 1 | 2;
  protocol: ProtocolPhase[];
}

export const DEFAULT_SESSION_OPTIONS: SessionOptions = {
  blind: true,
  randomizeOrder: true,
  hideRaterNames: true,
  rounds: 1,
  protocol: DEFAULT_PROTOCOL,
};

/** The protocol phase under way and when it started; every screen counts down from it. */
export interface SessionTimer {
  phaseIndex: number;
  startedAt: string;
}

export interface SessionSummary {
  id: string;
  kind: SessionKind;
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
  /** Samples of the current round already revealed (all of them once the phase is revealed). */
  revealedSampleIds: string[];
  timer: SessionTimer | null;
  /** A judgement session's question and size; null for a rubric meeting. */
  judging: JudgingSetup | null;
}

/** R3 -> 3: aliases sort by number (R2 before R10). */
function aliasRank(alias: string): number {
  const n = Number(alias.slice(1));
  return Number.isInteger(n) ? n : Number.MAX_SAFE_INTEGER;
}

/**
 * Raters in alias order (R1, R2, ... R10): how every list that names them by alias is ordered,
 * never the order they were chosen in, which would tie an alias to a name a rater can guess.
 */
export function inAliasOrder<T extends { alias: string }>(raters: readonly T[]): T[] {
  return [...raters].sort((a, b) => aliasRank(a.alias) - aliasRank(b.alias));
}

/**
 * Whether a rater may see other raters' score of this round and sample: earlier rounds and
 * revealed samples are open to the team; everything else stays blind.
 */
export function othersScoreVisible(
  session: Pick<SessionDetail, 'phase' | 'currentRound' | 'revealedSampleIds' | 'options'>,
  round: number,
  sampleId: string,
): boolean {
  if (!session.options.blind) return true;
  if (session.phase === 'revealed' || session.phase === 'closed') return true;
  if (round < session.currentRound) return true;
  return session.revealedSampleIds.includes(sampleId);
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
