// Rater monitoring: per-rater figures for one session and across sessions (drift), alerts, and
// the session-level pieces of the results screen (one-line reading, sample-size warnings,
// confusion matrices, rater x criterion severity grid, per-sample spread). Pure: plain data in,
// plain data out.
//
// Definitions:
// - Levels: the rubric's ordered scale; "within one" = level index positions at most one apart
//   (as the engine's "adjacent"); severity = mean of (own level index - reference level index),
//   in levels; negative = harsher, positive = more lenient (as the engine's severity block).
// - Consensus = the group's recorded score for (session, sample, criterion); anchors = reference
//   scores of anchor samples for (sample, criterion), whatever the session. Accuracy against each
//   is reported apart, and apart from agreement with colleagues.
// - Colleagues: for each rating, the other raters' ratings of the same (session, round, sample,
//   criterion); exact / within-one = share of those (own, other) pairs that are equal / at most
//   one level apart. This is the engine's `exact_with_others` / `adjacent_with_others` (severity
//   block), computed in the same single pass rather than by one engine call per session.
// - Round: by default only round 1 (blind) ratings count (`round: null` = every round; units are
//   then per round).
// - Session order: by date (ISO string), then id. A session's label defaults to its month and
//   year ("October 2026").
// - Trend: least-squares slope of a rater's exact agreement with consensus against the session's
//   position in that order (0, 1, 2, ... over all sessions given), in proportion per session;
//   null with fewer than two sessions.
// - Alerts (per rater and session, only when the rater has at least `minRatings` (5) ratings
//   with a consensus in that session): exact agreement with consensus below
//   `exactWithConsensus`; within-one below `withinOneWithConsensus`; |mean severity vs
//   consensus| above `meanSeverity`; decline: exact agreement at least `declinePoints`
//   percentage points below the mean of the rater's earlier sessions. A rater's current alerts
//   are those of their latest session.
// - Held back: a session whose figures would raise an alert but has fewer than `minRatings`
//   ratings with a consensus ('few-ratings'), or where none of the rater's ratings has a
//   consensus so nothing could be checked ('no-consensus'); at most one note per rater and
//   session, saying why in words, so a quiet row is never mistaken for a good one.
// - History: every alert of every session stays listed. One of the latest session is 'current';
//   an earlier one is 'resolved' from the first session after the last alert of the same kind
//   that was checked (at least `minRatings` ratings with a consensus) and so within that
//   threshold; otherwise 'earlier' (it came back, or no later session could be checked).
// - Middle-only: across at least `middleOnlyMinRatings` (20) ratings the rater never used the
//   lowest and never used the highest level of the scale, while colleagues in the same sessions
//   used both (scales of 3+ levels). `avoidsLowest` / `avoidsHighest` report each side alone.
// - "Too few samples": a criterion with fewer than 10 samples scored by two or more raters
//   (`minSamples`); below that the coefficients' intervals are too wide to read.
import type { AgreementReport } from './types.js';
import { POOLED } from './types.js';
import { compareIds } from './input.js';

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

export const defaultThresholds: DriftThresholds = {
  exactWithConsensus: 0.7,
  withinOneWithConsensus: 0.9,
  meanSeverity: 0.5,
  declinePoints: 10,
};

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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "October 2026" from an ISO date; the date itself when it does not parse. */
export function monthLabel(date: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(date);
  if (!m) return date;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${MONTHS[month - 1]} ${m[1]}` : date;
}

function sortedLevels(levels: readonly number[]): number[] {
  const out = [...levels].sort((a, b) => a - b);
  if (out.length === 0) throw new RangeError('The scale needs at least one level.');
  return out;
}

/** Level index of a score, -1 when it is not a level (a table lookup for integer scales). */
function levelLookup(levels: readonly number[]): (v: number) => number {
  const min = levels[0]!;
  const span = levels[levels.length - 1]! - min;
  if (levels.every((v) => Number.isInteger(v)) && span <= 1 << 16) {
    const table = new Int32Array(span + 1).fill(-1);
    levels.forEach((v, i) => (table[v - min] = i));
    return (v) => {
      const off = v - min;
      return off >= 0 && off <= span && (off | 0) === off ? table[off]! : -1;
    };
  }
  const map = new Map(levels.map((v, i) => [v, i]));
  return (v) => map.get(v) ?? -1;
}

function levelIndexer(
  levels: readonly number[],
): (v: number, what: string | (() => string)) => number {
  const find = levelLookup(levels);
  return (v, what) => {
    const k = find(v);
    if (k < 0) {
      const w = typeof what === 'string' ? what : what();
      throw new RangeError(`${w}: score ${v} is not a level of the scale (${levels.join(', ')})`);
    }
    return k;
  };
}

class Interner {
  readonly ids: string[] = [];
  private readonly map = new Map<string, number>();
  get(id: string): number | undefined {
    return this.map.get(id);
  }
  add(id: string): number {
    let v = this.map.get(id);
    if (v === undefined) {
      v = this.ids.length;
      this.map.set(id, v);
      this.ids.push(id);
    }
    return v;
  }
}

/** Integer-keyed lookup of a level index (-1 = none): a typed array when small, else a Map. */
class KeyTable {
  private readonly arr: Int16Array | null;
  private readonly map: Map<number, number> | null;
  constructor(size: number) {
    this.arr = size <= 1 << 22 ? new Int16Array(size).fill(-1) : null;
    this.map = this.arr ? null : new Map();
  }
  set(key: number, v: number): void {
    if (this.arr) this.arr[key] = v;
    else this.map!.set(key, v);
  }
  get(key: number): number {
    return this.arr ? this.arr[key]! : (this.map!.get(key) ?? -1);
  }
}

const ratio = (a: number, n: number): number | null => (n > 0 ? a / n : null);
const pct = (v: number): number => Math.round(v * 100);
const fmt = (v: number): string => String(Number(v.toFixed(2)));

function accuracy(n: number, exact: number, within: number, sev: number): AccuracyFigures {
  return { n, exact: ratio(exact, n), withinOne: ratio(within, n), severity: ratio(sev, n) };
}

function scaleUse(counts: ArrayLike<number>): ScaleUse {
  const c = Array.from(counts);
  const total = c.reduce((a, b) => a + b, 0);
  return { counts: c, shares: c.map((v) => (total > 0 ? v / total : 0)) };
}

/** Least-squares slope of y on x; null with fewer than two distinct x. */
export function leastSquaresSlope(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 2) return null;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
  }
  return sxx > 0 ? sxy / sxx : null;
}

// Per (rater, session) accumulator slots.
const N_ALL = 0;
const C_N = 1;
const C_EX = 2;
const C_W1 = 3;
const C_SEV = 4;
const A_N = 5;
const A_EX = 6;
const A_W1 = 7;
const A_SEV = 8;
const P_N = 9;
const P_EX = 10;
const P_W1 = 11;
const SLOTS = 12;

/**
 * Per rater, per session and overall: accuracy against consensus and anchors, agreement with
 * colleagues, signed severity, scale use, trend, middle-only flag and alerts.
 * @throws RangeError for a score outside the scale or a rating of an unknown session.
 */
export function computeDrift(input: DriftInput, options: DriftOptions = {}): DriftReport {
  const levels = sortedLevels(input.levels);
  const q = levels.length;
  const lvl = levelIndexer(levels);
  const th: DriftThresholds = { ...defaultThresholds, ...options.thresholds };
  const round = options.round === undefined ? 1 : options.round;
  const minRatings = options.minRatings ?? 5;
  const midMin = options.middleOnlyMinRatings ?? 20;

  const sessionsSorted = [...input.sessions].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : compareIds(a.id, b.id),
  );
  const sessionIndex = new Map(sessionsSorted.map((s, i) => [s.id, i]));
  const S = sessionsSorted.length;
  const labels = sessionsSorted.map((s) => s.label ?? monthLabel(s.date));

  // Intern and code the counted ratings.
  const raters = new Interner();
  const samples = new Interner();
  const crits = new Interner();
  const roundIndex = new Map<number, number>();
  const rows = input.ratings;
  const n0 = rows.length;
  const rS = new Int32Array(n0);
  const rR = new Int32Array(n0);
  const rSm = new Int32Array(n0);
  const rC = new Int32Array(n0);
  const rRd = new Int32Array(n0);
  const rL = new Int32Array(n0);
  let n = 0;
  // Rows usually come grouped by session and sample: remember the last ids seen.
  let lastSession: string | null = null;
  let lastS = -1;
  let lastSample: string | null = null;
  let lastSm = -1;
  let lastCrit: string | null = null;
  let lastC = -1;
  let lastRound = Number.NaN;
  let lastRd = -1;
  for (let i = 0; i < n0; i++) {
    const r = rows[i]!;
    if (r.score === null) continue;
    const rd = r.round ?? 1;
    if (round !== null && rd !== round) continue;
    if (r.session !== lastSession) {
      const s = sessionIndex.get(r.session);
      if (s === undefined) {
        throw new RangeError(`rating ${i}: session "${r.session}" is not listed`);
      }
      lastSession = r.session;
      lastS = s;
    }
    if (r.sample !== lastSample) {
      lastSample = r.sample;
      lastSm = samples.add(r.sample);
    }
    if (r.criterion !== lastCrit) {
      lastCrit = r.criterion;
      lastC = crits.add(r.criterion);
    }
    if (rd !== lastRound) {
      let rdi = roundIndex.get(rd);
      if (rdi === undefined) roundIndex.set(rd, (rdi = roundIndex.size));
      lastRound = rd;
      lastRd = rdi;
    }
    rS[n] = lastS;
    rR[n] = raters.add(r.rater);
    rSm[n] = lastSm;
    rC[n] = lastC;
    rRd[n] = lastRd;
    rL[n] = lvl(r.score, () => `rating ${i}`);
    n++;
  }
  const R = raters.ids.length;
  const nSm = samples.ids.length;
  const nC = crits.ids.length;
  const nRd = Math.max(1, roundIndex.size);

  // Reference scores.
  const consensus = new KeyTable(S * nSm * nC);
  for (const c of input.consensus ?? []) {
    const s = sessionIndex.get(c.session);
    const sm = samples.get(c.sample);
    const cr = crits.get(c.criterion);
    if (s === undefined || sm === undefined || cr === undefined) continue;
    consensus.set((s * nSm + sm) * nC + cr, lvl(c.score, `consensus ${c.sample}/${c.criterion}`));
  }
  const anchors = new KeyTable(nSm * nC);
  for (const a of input.anchors ?? []) {
    const sm = samples.get(a.sample);
    const cr = crits.get(a.criterion);
    if (sm === undefined || cr === undefined) continue;
    anchors.set(sm * nC + cr, lvl(a.score, `anchor ${a.sample}/${a.criterion}`));
  }

  // Units (session, round, sample, criterion) and their level counts.
  const unitSpace = S * nRd * nSm * nC;
  const unitTable = unitSpace <= 1 << 22 ? new Int32Array(unitSpace).fill(-1) : null;
  const unitMap = unitTable ? null : new Map<number, number>();
  const unit = new Int32Array(n);
  let nUnits = 0;
  for (let i = 0; i < n; i++) {
    const key = ((rS[i]! * nRd + rRd[i]!) * nSm + rSm[i]!) * nC + rC[i]!;
    let u = unitTable ? unitTable[key]! : (unitMap!.get(key) ?? -1);
    if (u < 0) {
      u = nUnits++;
      if (unitTable) unitTable[key] = u;
      else unitMap!.set(key, u);
    }
    unit[i] = u;
  }
  const uc = new Int32Array(nUnits * q);
  for (let i = 0; i < n; i++) uc[unit[i]! * q + rL[i]!]!++;

  const acc = new Float64Array(R * S * SLOTS);
  const use = new Float64Array(R * S * q);
  const sessionUse = new Float64Array(S * q);
  for (let i = 0; i < n; i++) {
    const s = rS[i]!;
    const k = rL[i]!;
    const o = (rR[i]! * S + s) * SLOTS;
    acc[o + N_ALL]!++;
    use[(rR[i]! * S + s) * q + k]!++;
    sessionUse[s * q + k]!++;
    const c = consensus.get((s * nSm + rSm[i]!) * nC + rC[i]!);
    if (c >= 0) {
      const d = k - c;
      acc[o + C_N]!++;
      if (d === 0) acc[o + C_EX]!++;
      if (d <= 1 && d >= -1) acc[o + C_W1]!++;
      acc[o + C_SEV]! += d;
    }
    const a = anchors.get(rSm[i]! * nC + rC[i]!);
    if (a >= 0) {
      const d = k - a;
      acc[o + A_N]!++;
      if (d === 0) acc[o + A_EX]!++;
      if (d <= 1 && d >= -1) acc[o + A_W1]!++;
      acc[o + A_SEV]! += d;
    }
    const b = unit[i]! * q;
    let others = 0;
    for (let h = 0; h < q; h++) others += uc[b + h]!;
    others -= 1;
    if (others > 0) {
      const same = uc[b + k]! - 1;
      const near = same + (k > 0 ? uc[b + k - 1]! : 0) + (k < q - 1 ? uc[b + k + 1]! : 0);
      acc[o + P_N]! += others;
      acc[o + P_EX]! += same;
      acc[o + P_W1]! += near;
    }
  }

  const order = raters.ids
    .map((_, r) => r)
    .sort((a, b) => compareIds(raters.ids[a]!, raters.ids[b]!));
  const out: RaterDrift[] = [];
  for (const r of order) {
    const id = raters.ids[r]!;
    const name = input.raterNames?.[id] ?? id;
    const sessions: RaterSessionFigures[] = [];
    const tot = new Float64Array(SLOTS);
    const totUse = new Float64Array(q);
    const collUse = new Float64Array(q);
    const earlier: number[] = [];
    for (let s = 0; s < S; s++) {
      const o = (r * S + s) * SLOTS;
      if (acc[o + N_ALL] === 0) continue;
      for (let k = 0; k < SLOTS; k++) tot[k]! += acc[o + k]!;
      const u = use.subarray((r * S + s) * q, (r * S + s + 1) * q);
      for (let k = 0; k < q; k++) {
        totUse[k]! += u[k]!;
        collUse[k]! += sessionUse[s * q + k]! - u[k]!;
      }
      const fig: RaterSessionFigures = {
        session: sessionsSorted[s]!.id,
        order: s,
        date: sessionsSorted[s]!.date,
        label: labels[s]!,
        n: acc[o + N_ALL]!,
        consensus: accuracy(acc[o + C_N]!, acc[o + C_EX]!, acc[o + C_W1]!, acc[o + C_SEV]!),
        anchors: accuracy(acc[o + A_N]!, acc[o + A_EX]!, acc[o + A_W1]!, acc[o + A_SEV]!),
        colleagues: {
          pairs: acc[o + P_N]!,
          exact: ratio(acc[o + P_EX]!, acc[o + P_N]!),
          withinOne: ratio(acc[o + P_W1]!, acc[o + P_N]!),
        },
        scaleUse: scaleUse(u),
        alerts: [],
        heldBack: null,
      };
      fig.alerts = alertsFor(id, name, fig, earlier, th, minRatings);
      fig.heldBack = heldBackFor(id, name, fig, earlier, th, minRatings);
      if (fig.consensus.exact !== null && fig.consensus.n >= minRatings) {
        earlier.push(fig.consensus.exact);
      }
      sessions.push(fig);
    }
    const points = sessions.filter((f) => f.consensus.exact !== null);
    const slope = leastSquaresSlope(
      points.map((f) => f.order),
      points.map((f) => f.consensus.exact!),
    );
    const nAll = tot[N_ALL]!;
    const enough = nAll >= midMin && q >= 3;
    const avoidsLowest = enough && totUse[0] === 0 && collUse[0]! > 0;
    const avoidsHighest = enough && totUse[q - 1] === 0 && collUse[q - 1]! > 0;
    out.push({
      rater: id,
      name,
      sessions,
      overall: {
        n: nAll,
        consensus: accuracy(tot[C_N]!, tot[C_EX]!, tot[C_W1]!, tot[C_SEV]!),
        anchors: accuracy(tot[A_N]!, tot[A_EX]!, tot[A_W1]!, tot[A_SEV]!),
        colleagues: {
          pairs: tot[P_N]!,
          exact: ratio(tot[P_EX]!, tot[P_N]!),
          withinOne: ratio(tot[P_W1]!, tot[P_N]!),
        },
        scaleUse: scaleUse(totUse),
      },
      trend: { slope, sessions: points.length },
      middleOnly: { flag: avoidsLowest && avoidsHighest, avoidsLowest, avoidsHighest, n: nAll },
      alerts: sessions.length > 0 ? sessions[sessions.length - 1]!.alerts : [],
      history: historyOf(sessions, minRatings),
    });
  }
  return {
    levels,
    sessions: sessionsSorted.map((s, i) => ({
      id: s.id,
      date: s.date,
      label: labels[i]!,
      order: i,
    })),
    raters: out,
    thresholds: th,
    minRatings,
  };
}

/** A threshold the figures cross, before deciding whether it may be raised. */
interface Finding {
  kind: AlertKind;
  value: number;
  threshold: number;
  /** The session's exact agreement with consensus (what a decline fell to). */
  exact: number;
  /** For 'decline': the mean exact agreement of the earlier sessions; otherwise null. */
  earlierMean: number | null;
}

/** The thresholds one session's figures against consensus cross; `earlier` as in alertsFor. */
function findingsOf(
  c: AccuracyFigures,
  earlier: readonly number[],
  th: DriftThresholds,
): Finding[] {
  if (c.exact === null || c.withinOne === null || c.severity === null) return [];
  const out: Finding[] = [];
  const eps = 1e-9;
  const base = { exact: c.exact, earlierMean: null };
  if (c.exact < th.exactWithConsensus - eps) {
    out.push({ ...base, kind: 'exact', value: c.exact, threshold: th.exactWithConsensus });
  }
  if (c.withinOne < th.withinOneWithConsensus - eps) {
    out.push({
      ...base,
      kind: 'within-one',
      value: c.withinOne,
      threshold: th.withinOneWithConsensus,
    });
  }
  if (Math.abs(c.severity) > th.meanSeverity + eps) {
    out.push({ ...base, kind: 'severity', value: c.severity, threshold: th.meanSeverity });
  }
  if (earlier.length > 0) {
    const mean = earlier.reduce((a, b) => a + b, 0) / earlier.length;
    const drop = (mean - c.exact) * 100;
    if (drop >= th.declinePoints - eps) {
      out.push({
        kind: 'decline',
        value: drop,
        threshold: th.declinePoints,
        exact: c.exact,
        earlierMean: mean,
      });
    }
  }
  return out;
}

/** Alerts of one rater in one session; `earlier` = exact agreement of earlier sessions. */
function alertsFor(
  rater: string,
  name: string,
  f: RaterSessionFigures,
  earlier: readonly number[],
  th: DriftThresholds,
  minRatings: number,
): DriftAlert[] {
  const c = f.consensus;
  if (c.n < minRatings) return [];
  return findingsOf(c, earlier, th).map((x) => ({
    rater,
    session: f.session,
    kind: x.kind,
    value: x.value,
    threshold: x.threshold,
    message: alertMessage(name, f.label, x),
  }));
}

function alertMessage(name: string, label: string, x: Finding): string {
  switch (x.kind) {
    case 'exact':
      return (
        `${name} agreed exactly with consensus on ${pct(x.value)}% of scores in ${label} ` +
        `(team threshold ${pct(x.threshold)}%)`
      );
    case 'within-one':
      return (
        `${name} was within one level of consensus on ${pct(x.value)}% of scores in ` +
        `${label} (team threshold ${pct(x.threshold)}%)`
      );
    case 'severity': {
      const harsh = x.value < 0;
      return (
        `${name} scored on average ${fmt(Math.abs(x.value))} levels ` +
        `${harsh ? 'below' : 'above'} consensus in ${label} ` +
        `(${harsh ? 'harsher' : 'more lenient'}; team limit ${fmt(x.threshold)} levels)`
      );
    }
    case 'decline':
      return (
        `${name}'s exact agreement with consensus fell to ${pct(x.exact)}% in ${label}, ` +
        `${Math.round(x.value)} points below their earlier average of ${pct(x.earlierMean!)}%`
      );
  }
}

/** What a held-back finding would have said, as a clause ("50% exact agreement ... below 70%"). */
function findingClause(x: Finding): string {
  switch (x.kind) {
    case 'exact':
      return `${pct(x.value)}% exact agreement with consensus is below ${pct(x.threshold)}%`;
    case 'within-one':
      return `${pct(x.value)}% within one level of consensus is below ${pct(x.threshold)}%`;
    case 'severity': {
      const harsh = x.value < 0;
      return (
        `an average of ${fmt(Math.abs(x.value))} levels ${harsh ? 'below' : 'above'} ` +
        `consensus (${harsh ? 'harsher' : 'more lenient'}) is beyond the limit of ` +
        `${fmt(x.threshold)} levels`
      );
    }
    case 'decline':
      return (
        `exact agreement with consensus is ${Math.round(x.value)} points below the earlier ` +
        `average of ${pct(x.earlierMean!)}%`
      );
  }
}

/** "a", "a and b", "a, b and c". */
function inWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}

const scores = (k: number): string => `${k} score${k === 1 ? '' : 's'}`;

/** The note of a session whose alerts were held back, or null when none was. */
function heldBackFor(
  rater: string,
  name: string,
  f: RaterSessionFigures,
  earlier: readonly number[],
  th: DriftThresholds,
  minRatings: number,
): HeldBack | null {
  const c = f.consensus;
  const base = { rater, session: f.session, compared: c.n, needed: minRatings };
  if (c.n === 0) {
    return {
      ...base,
      reason: 'no-consensus',
      kinds: [],
      message:
        `${name} in ${f.label}: none of the ${scores(f.n)} has a consensus score to compare ` +
        `with, so no alert could be checked`,
    };
  }
  if (c.n >= minRatings) return null;
  const found = findingsOf(c, earlier, th);
  if (found.length === 0) return null;
  const few =
    c.n === f.n
      ? `only ${scores(c.n)}`
      : `only ${c.n} of the ${scores(f.n)} have a consensus score`;
  return {
    ...base,
    reason: 'few-ratings',
    kinds: found.map((x) => x.kind),
    message:
      `${name} in ${f.label}: ${inWords(found.map(findingClause))}, but ${few} — ` +
      `an alert needs at least ${minRatings}`,
  };
}

/** Every alert of a rater's sessions (in order), with whether it is current, earlier or resolved. */
function historyOf(sessions: readonly RaterSessionFigures[], minRatings: number): AlertRecord[] {
  const latest = sessions.length - 1;
  const out: AlertRecord[] = [];
  sessions.forEach((f, i) => {
    for (const a of f.alerts) {
      const again = sessions.slice(i + 1).find((g) => g.alerts.some((b) => b.kind === a.kind));
      let last = i;
      for (let j = i + 1; j < sessions.length; j++) {
        if (sessions[j]!.alerts.some((b) => b.kind === a.kind)) last = j;
      }
      // After the last alert of this kind, a checked session is one within this threshold.
      const back =
        i === latest
          ? undefined
          : sessions.slice(last + 1).find((g) => g.consensus.n >= minRatings);
      out.push({
        ...a,
        date: f.date,
        label: f.label,
        status: i === latest ? 'current' : back ? 'resolved' : 'earlier',
        resolvedIn: back ? { session: back.session, date: back.date, label: back.label } : null,
        cameBackIn: again ? { session: again.session, date: again.date, label: again.label } : null,
      });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// One session.

/** A rating of one session and round (as the results screen holds them). */
export interface SessionRating {
  sample: string;
  rater: string;
  criterion: string;
  score: number | null;
}

export interface SessionConsensus {
  sample: string;
  criterion: string;
  score: number;
}

function byCriterion<T extends { criterion: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    let list = m.get(r.criterion);
    if (!list) m.set(r.criterion, (list = []));
    list.push(r);
  }
  return new Map([...m.entries()].sort((a, b) => compareIds(a[0], b[0])));
}

function bySample<T extends { sample: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    let list = m.get(r.sample);
    if (!list) m.set(r.sample, (list = []));
    list.push(r);
  }
  return m;
}

const scored = (rows: readonly SessionRating[]): (SessionRating & { score: number })[] =>
  rows.filter((r): r is SessionRating & { score: number } => r.score !== null);

/**
 * Level x level counts over all rater pairs, per criterion: cell [a][b] (a != b) = number of
 * pairs of raters who gave the same sample levels a and b (so [a][b] = [b][a]); [a][a] = pairs
 * who both gave a. The upper triangle with the diagonal sums to the number of pairs.
 */
export function pairConfusion(
  ratings: readonly SessionRating[],
  levels: readonly number[],
): Record<string, number[][]> {
  const ls = sortedLevels(levels);
  const lvl = levelIndexer(ls);
  const q = ls.length;
  const out: Record<string, number[][]> = {};
  for (const [crit, rows] of byCriterion(scored(ratings))) {
    const m = Array.from({ length: q }, () => new Array<number>(q).fill(0));
    for (const list of bySample(rows).values()) {
      const ks = list.map((r) => lvl(r.score, `${r.sample}/${crit}`));
      for (let i = 0; i < ks.length; i++) {
        for (let j = i + 1; j < ks.length; j++) {
          const a = ks[i]!;
          const b = ks[j]!;
          m[a]![b]!++;
          if (a !== b) m[b]![a]!++;
        }
      }
    }
    out[crit] = m;
  }
  return out;
}

/** Per criterion: rows = the rater's level, columns = the consensus level; counts of ratings. */
export function consensusConfusion(
  ratings: readonly SessionRating[],
  consensus: readonly SessionConsensus[],
  levels: readonly number[],
): Record<string, number[][]> {
  const ls = sortedLevels(levels);
  const lvl = levelIndexer(ls);
  const q = ls.length;
  const ref = new Map(
    consensus.map((c) => [`${c.sample}\u0000${c.criterion}`, lvl(c.score, 'consensus')]),
  );
  const out: Record<string, number[][]> = {};
  for (const [crit, rows] of byCriterion(scored(ratings))) {
    const m = Array.from({ length: q }, () => new Array<number>(q).fill(0));
    for (const r of rows) {
      const c = ref.get(`${r.sample}\u0000${crit}`);
      if (c === undefined) continue;
      m[lvl(r.score, `${r.sample}/${crit}`)]![c]!++;
    }
    out[crit] = m;
  }
  return out;
}

export interface SeverityGrid {
  raters: string[];
  criteria: string[];
  /** [rater][criterion]: ratings. */
  n: number[][];
  /** Mean of own minus consensus, in levels (null without a consensus). */
  vsConsensus: (number | null)[][];
  /** Mean of own minus the mean of the other raters of the same sample, in levels. */
  vsOthers: (number | null)[][];
}

/** Rater x criterion severity (the heat map), in levels; negative = harsher. */
export function severityGrid(
  ratings: readonly SessionRating[],
  consensus: readonly SessionConsensus[],
  levels: readonly number[],
): SeverityGrid {
  const ls = sortedLevels(levels);
  const lvl = levelIndexer(ls);
  const rows = scored(ratings);
  const raters = [...new Set(rows.map((r) => r.rater))].sort(compareIds);
  const criteria = [...new Set(rows.map((r) => r.criterion))].sort(compareIds);
  const ri = new Map(raters.map((r, i) => [r, i]));
  const ci = new Map(criteria.map((c, i) => [c, i]));
  const zero = (): number[][] => raters.map(() => criteria.map(() => 0));
  const n = zero();
  const cn = zero();
  const cs = zero();
  const on = zero();
  const os = zero();
  const ref = new Map(
    consensus.map((c) => [`${c.sample}\u0000${c.criterion}`, lvl(c.score, 'consensus')]),
  );
  for (const [crit, list] of byCriterion(rows)) {
    const c = ci.get(crit)!;
    for (const unit of bySample(list).values()) {
      const ks = unit.map((r) => lvl(r.score, `${r.sample}/${crit}`));
      const sum = ks.reduce((a, b) => a + b, 0);
      const cons = ref.get(`${unit[0]!.sample}\u0000${crit}`);
      unit.forEach((r, x) => {
        const i = ri.get(r.rater)!;
        const k = ks[x]!;
        n[i]![c]!++;
        if (cons !== undefined) {
          cn[i]![c]!++;
          cs[i]![c]! += k - cons;
        }
        if (unit.length > 1) {
          on[i]![c]!++;
          os[i]![c]! += k - (sum - k) / (unit.length - 1);
        }
      });
    }
  }
  const div = (s: number[][], d: number[][]): (number | null)[][] =>
    s.map((row, i) => row.map((v, j) => (d[i]![j]! > 0 ? v / d[i]![j]! : null)));
  return { raters, criteria, n, vsConsensus: div(cs, cn), vsOthers: div(os, on) };
}

/**
 * Where one rater leans after reveal (their own view): the criterion with the largest mean
 * difference from consensus (or, without a consensus, from the other raters), when it is at
 * least `minLean` (0.25) levels. Negative = harsher.
 */
export function raterLean(
  grid: SeverityGrid,
  rater: string,
  options: { minLean?: number; criterionNames?: Readonly<Record<string, string>> } = {},
): {
  criterion: string | null;
  lean: number | null;
  against: 'consensus' | 'colleagues';
  message: string;
} {
  const min = options.minLean ?? 0.25;
  const i = grid.raters.indexOf(rater);
  const hasConsensus = i >= 0 && grid.vsConsensus[i]!.some((v) => v !== null);
  const row = i < 0 ? [] : hasConsensus ? grid.vsConsensus[i]! : grid.vsOthers[i]!;
  const against = hasConsensus ? 'consensus' : 'colleagues';
  let best: number | null = null;
  let at = -1;
  row.forEach((v, j) => {
    if (v !== null && (best === null || Math.abs(v) > Math.abs(best))) {
      best = v;
      at = j;
    }
  });
  const ref = hasConsensus ? 'the consensus' : 'your colleagues';
  if (best === null || Math.abs(best) < min) {
    return { criterion: null, lean: best, against, message: `You score in line with ${ref}.` };
  }
  const lean: number = best;
  const crit = grid.criteria[at]!;
  const name = options.criterionNames?.[crit] ?? crit;
  return {
    criterion: crit,
    lean,
    against,
    message:
      `You tend to score ${lean < 0 ? 'lower' : 'higher'} than ${ref} on ${name} ` +
      `(${lean < 0 ? '' : '+'}${fmt(lean)} levels on average).`,
  };
}

export interface SampleSpread {
  sample: string;
  criterion: string;
  n: number;
  min: number;
  max: number;
  mean: number;
  /** Sample standard deviation (n - 1); null with one rating. */
  sd: number | null;
  range: number;
}

/** Spread of the scores (scale values) per sample and criterion, samples in id order. */
export function sampleSpread(ratings: readonly SessionRating[]): SampleSpread[] {
  const out: SampleSpread[] = [];
  for (const [crit, rows] of byCriterion(scored(ratings))) {
    const units = [...bySample(rows).entries()].sort((a, b) => compareIds(a[0], b[0]));
    for (const [sample, list] of units) {
      const v = list.map((r) => r.score);
      const n = v.length;
      const mean = v.reduce((a, b) => a + b, 0) / n;
      const min = Math.min(...v);
      const max = Math.max(...v);
      const ss = v.reduce((a, b) => a + (b - mean) ** 2, 0);
      out.push({
        sample,
        criterion: crit,
        n,
        min,
        max,
        mean,
        sd: n > 1 ? Math.sqrt(ss / (n - 1)) : null,
        range: max - min,
      });
    }
  }
  return out;
}

/**
 * The one-line reading of a session's agreement report, e.g. "You agree exactly on 7 of 10
 * scores; most disagreements are one level apart on Evidence". The figures are the pooled (or
 * single-criterion) exact and within-one agreement over all rater pairs; "on X" names the
 * criterion with the lowest exact agreement when there are two or more criteria.
 */
export function sessionReading(
  report: AgreementReport,
  options: { criterionNames?: Readonly<Record<string, string>> } = {},
): string {
  const ids = Object.keys(report.criteria).filter((k) => k !== POOLED);
  const main = report.criteria[ids.length >= 2 ? POOLED : ids[0]!];
  const ex = main?.statistics.exact_agreement?.pooled_pairs;
  const ad = main?.statistics.adjacent_agreement?.pooled_pairs;
  if (!ex || !ad || ex.value === null || ad.value === null) {
    return 'Not enough paired scores yet to say how often you agree.';
  }
  const e = ex.value;
  const a = ad.value;
  if (e >= 1) return 'You agree exactly on every score.';
  const k = Math.round(e * 10);
  const head =
    k >= 10
      ? 'You agree exactly on nearly every score'
      : k <= 0
        ? 'You agree exactly on fewer than 1 in 10 scores'
        : `You agree exactly on ${k} of 10 scores`;
  const oneApart = a - e >= 1 - a;
  let where = '';
  if (ids.length >= 2) {
    let worst: string | null = null;
    let worstV = Infinity;
    for (const id of ids) {
      const v = report.criteria[id]!.statistics.exact_agreement?.pooled_pairs.value;
      if (v !== null && v !== undefined && v < worstV) {
        worstV = v;
        worst = id;
      }
    }
    if (worst !== null) where = ` on ${options.criterionNames?.[worst] ?? worst}`;
  }
  return `${head}; most disagreements are ${oneApart ? 'one level' : 'two or more levels'} apart${where}`;
}

/**
 * "Too few samples" warnings: one sentence per criterion with fewer than `minSamples` (10)
 * samples scored by two or more raters.
 */
export function sampleSizeWarnings(
  report: AgreementReport,
  options: { minSamples?: number; criterionNames?: Readonly<Record<string, string>> } = {},
): { criterion: string; samples: number; message: string }[] {
  const min = options.minSamples ?? 10;
  const out: { criterion: string; samples: number; message: string }[] = [];
  for (const [id, c] of Object.entries(report.criteria)) {
    if (id === POOLED) continue;
    const n = c.counts.n_samples_pairable;
    if (n >= min) continue;
    const name = options.criterionNames?.[id] ?? id;
    out.push({
      criterion: id,
      samples: n,
      message:
        `Only ${n} sample${n === 1 ? '' : 's'} of ${name} ${n === 1 ? 'was' : 'were'} scored by ` +
        `two or more raters: the agreement figures are not stable yet (at least ${min} needed).`,
    });
  }
  return out;
}
