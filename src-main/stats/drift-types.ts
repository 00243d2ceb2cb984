// computeDrift's input, options and report (the definitions: drift.ts).

export interface MonitorRating {
  session: string;
  /** Default 1. */
  round?: number;
  sample: string;
  rater: string;
  criterion: string;
  score: number | null;
}

export interface ConsensusScore {
  session: string;
  sample: string;
  criterion: string;
  score: number;
}

export interface AnchorReference {
  sample: string;
  criterion: string;
  score: number;
  rationale?: string;
}

export interface SessionInfo {
  id: string;
  /** ISO date (YYYY-MM-DD...). */
  date: string;
  label?: string;
}

export interface DriftThresholds {
  exactWithConsensus: number;
  withinOneWithConsensus: number;
  /** In levels, either direction. */
  meanSeverity: number;
  /** Percentage points. */
  declinePoints: number;
}

export interface DriftInput {
  ratings: readonly MonitorRating[];
  consensus?: readonly ConsensusScore[];
  anchors?: readonly AnchorReference[];
  sessions: readonly SessionInfo[];
  /** The rubric's scale (all sessions share the rubric). */
  levels: readonly number[];
  /** Display names by rater id (default: the id). */
  raterNames?: Readonly<Record<string, string>>;
}

export interface DriftOptions {
  thresholds?: Partial<DriftThresholds>;
  /** Round counted; null = every round. Default 1. */
  round?: number | null;
  /** Least ratings with a consensus in a session for alerts (default 5). */
  minRatings?: number;
  /** Least ratings for the middle-only flag (default 20). */
  middleOnlyMinRatings?: number;
}

export interface AccuracyFigures {
  /** Ratings with a reference score. */
  n: number;
  exact: number | null;
  withinOne: number | null;
  /** Mean of own minus reference, in levels; negative = harsher. */
  severity: number | null;
}

export interface ColleagueFigures {
  /** (own, other) pairs on the same sample and criterion. */
  pairs: number;
  exact: number | null;
  withinOne: number | null;
}

export interface ScaleUse {
  /** Ratings per level of the scale, in scale order. */
  counts: number[];
  shares: number[];
}

export type AlertKind = 'exact' | 'within-one' | 'severity' | 'decline';

export interface DriftAlert {
  rater: string;
  session: string;
  kind: AlertKind;
  value: number;
  threshold: number;
  message: string;
}

/** Why an alert the figures call for was not raised. */
export type HoldReason = 'few-ratings' | 'no-consensus';

export interface HeldBack {
  rater: string;
  session: string;
  reason: HoldReason;
  /** The alerts the figures would raise with enough ratings (none for 'no-consensus'). */
  kinds: AlertKind[];
  /** Ratings with a consensus in the session. */
  compared: number;
  /** Least ratings with a consensus an alert needs (`minRatings`). */
  needed: number;
  message: string;
}

export type AlertStatus = 'current' | 'earlier' | 'resolved';

export interface AlertRecord extends DriftAlert {
  date: string;
  label: string;
  status: AlertStatus;
  /** For 'resolved': the session from which the rater was back within this threshold. */
  resolvedIn: { session: string; date: string; label: string } | null;
  /** The next session that raised this kind of alert again, if any. */
  cameBackIn: { session: string; date: string; label: string } | null;
}

export interface RaterSessionFigures {
  session: string;
  /** Position of the session in date order among all sessions given. */
  order: number;
  date: string;
  label: string;
  n: number;
  consensus: AccuracyFigures;
  anchors: AccuracyFigures;
  colleagues: ColleagueFigures;
  scaleUse: ScaleUse;
  alerts: DriftAlert[];
  heldBack: HeldBack | null;
}

export interface MiddleOnly {
  flag: boolean;
  avoidsLowest: boolean;
  avoidsHighest: boolean;
  n: number;
}

export interface RaterDrift {
  rater: string;
  name: string;
  sessions: RaterSessionFigures[];
  overall: {
    n: number;
    consensus: AccuracyFigures;
    anchors: AccuracyFigures;
    colleagues: ColleagueFigures;
    scaleUse: ScaleUse;
  };
  trend: { slope: number | null; sessions: number };
  middleOnly: MiddleOnly;
  /** The alerts of the rater's latest session. */
  alerts: DriftAlert[];
  /** Every alert of every session, in session order, with whether it still stands. */
  history: AlertRecord[];
}

export interface DriftReport {
  levels: number[];
  sessions: { id: string; date: string; label: string; order: number }[];
  raters: RaterDrift[];
  thresholds: DriftThresholds;
  /** Least ratings with a consensus in a session for its alerts. */
  minRatings: number;
}
