// Rater drift: per-rater figures for each session and across sessions, trend, middle-only flag,
// alerts and their history. Pure: plain data in, plain data out. Levels, "within one" and
// severity as defined in monitoring.ts.
//
// Definitions:
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
//
// Steps: the counted ratings are coded as integer columns (drift-coding.ts), counted once into a
// tally per rater and session (drift-tally.ts), and each rater's tallies become figures, alerts
// and history (below and drift-alerts.ts).
import { historyOf, sessionAlerts } from './drift-alerts.js';
import { codeRatings, References, unitsOf } from './drift-coding.js';
import type { Tallies } from './drift-tally.js';
import {
  accuracyFigures,
  addTally,
  colleagueFigures,
  emptyTally,
  scaleUse,
  tallyRatings,
} from './drift-tally.js';
import type {
  DriftInput,
  DriftOptions,
  DriftReport,
  DriftThresholds,
  RaterDrift,
  RaterSessionFigures,
  SessionInfo,
} from './drift-types.js';
import { compareIds } from './input.js';
import { levelIndexer, sortedLevels } from './scale-levels.js';

export const defaultThresholds: DriftThresholds = {
  exactWithConsensus: 0.7,
  withinOneWithConsensus: 0.9,
  meanSeverity: 0.5,
  declinePoints: 10,
};

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

/** The sessions in date order (then id), each with its position and label. */
interface OrderedSessions {
  list: SessionInfo[];
  index: Map<string, number>;
  labels: string[];
}

function orderSessions(sessions: readonly SessionInfo[]): OrderedSessions {
  const list = [...sessions].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : compareIds(a.id, b.id),
  );
  return {
    list,
    index: new Map(list.map((s, i) => [s.id, i])),
    labels: list.map((s) => s.label ?? monthLabel(s.date)),
  };
}

/** What every rater's figures are read against. */
interface Context {
  sessions: OrderedSessions;
  tallies: Tallies;
  /** Levels of the scale. */
  q: number;
  th: DriftThresholds;
  minRatings: number;
  middleOnlyMinRatings: number;
}

/** One rater's figures per session and overall, trend, middle-only flag, alerts and history. */
function raterDrift(r: number, id: string, name: string, ctx: Context): RaterDrift {
  const { sessions: ordered, tallies, q, th, minRatings } = ctx;
  const S = ordered.list.length;
  const sessions: RaterSessionFigures[] = [];
  const total = emptyTally(q);
  // Colleagues' ratings per level in the sessions this rater took part in.
  const colleagueLevels = new Float64Array(q);
  const earlier: number[] = [];
  for (let s = 0; s < S; s++) {
    const t = tallies.seats[r * S + s]!;
    if (t.n === 0) continue;
    addTally(total, t);
    for (let k = 0; k < q; k++) {
      colleagueLevels[k]! += tallies.sessionLevels[s * q + k]! - t.levels[k]!;
    }
    const fig: RaterSessionFigures = {
      session: ordered.list[s]!.id,
      order: s,
      date: ordered.list[s]!.date,
      label: ordered.labels[s]!,
      n: t.n,
      consensus: accuracyFigures(t.consensus),
      anchors: accuracyFigures(t.anchors),
      colleagues: colleagueFigures(t.colleagues),
      scaleUse: scaleUse(t.levels),
      alerts: [],
      heldBack: null,
    };
    Object.assign(fig, sessionAlerts(id, name, fig, earlier, th, minRatings));
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
  const enough = total.n >= ctx.middleOnlyMinRatings && q >= 3;
  const avoidsLowest = enough && total.levels[0] === 0 && colleagueLevels[0]! > 0;
  const avoidsHighest = enough && total.levels[q - 1] === 0 && colleagueLevels[q - 1]! > 0;
  return {
    rater: id,
    name,
    sessions,
    overall: {
      n: total.n,
      consensus: accuracyFigures(total.consensus),
      anchors: accuracyFigures(total.anchors),
      colleagues: colleagueFigures(total.colleagues),
      scaleUse: scaleUse(total.levels),
    },
    trend: { slope, sessions: points.length },
    middleOnly: { flag: avoidsLowest && avoidsHighest, avoidsLowest, avoidsHighest, n: total.n },
    alerts: sessions.length > 0 ? sessions[sessions.length - 1]!.alerts : [],
    history: historyOf(sessions, minRatings),
  };
}

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
  const sessions = orderSessions(input.sessions);
  const S = sessions.list.length;

  const coded = codeRatings(input.ratings, sessions.index, round, lvl);
  const refs = References.of(input, coded, sessions.index, S, lvl);
  const tallies = tallyRatings(coded, refs, unitsOf(coded, S, q), S, q);
  const ctx: Context = {
    sessions,
    tallies,
    q,
    th,
    minRatings,
    middleOnlyMinRatings: options.middleOnlyMinRatings ?? 20,
  };
  const ids = coded.raters.ids;
  const raters = ids
    .map((_, r) => r)
    .sort((a, b) => compareIds(ids[a]!, ids[b]!))
    .map((r) => raterDrift(r, ids[r]!, input.raterNames?.[ids[r]!] ?? ids[r]!, ctx));
  return {
    levels,
    sessions: sessions.list.map((s, i) => ({
      id: s.id,
      date: s.date,
      label: sessions.labels[i]!,
      order: i,
    })),
    raters,
    thresholds: th,
    minRatings,
  };
}
