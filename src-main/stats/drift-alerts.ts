// The alerts of computeDrift (drift.ts): which thresholds a rater's session crosses, the alert
// or the held-back note it gives, in words, and the history of every alert with its status.
import type {
  AccuracyFigures,
  AlertKind,
  AlertRecord,
  DriftAlert,
  DriftThresholds,
  HeldBack,
  RaterSessionFigures,
} from './drift-types.js';
import { fmt, pct } from './monitor-words.js';

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

/** The thresholds one session's figures against consensus cross; `earlier` as in sessionAlerts. */
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

/** Who and which session the alerts are about. */
interface Subject {
  rater: string;
  name: string;
  f: RaterSessionFigures;
}

/**
 * One rater's session checked against the thresholds: its alerts, or the note saying why they
 * were held back. `earlier` = exact agreement of the rater's earlier sessions.
 */
export function sessionAlerts(
  rater: string,
  name: string,
  f: RaterSessionFigures,
  earlier: readonly number[],
  th: DriftThresholds,
  minRatings: number,
): { alerts: DriftAlert[]; heldBack: HeldBack | null } {
  const subject = { rater, name, f };
  const found = findingsOf(f.consensus, earlier, th);
  return {
    alerts: f.consensus.n >= minRatings ? alertsOf(subject, found) : [],
    heldBack: heldBackOf(subject, found, minRatings),
  };
}

function alertsOf({ rater, name, f }: Subject, found: readonly Finding[]): DriftAlert[] {
  return found.map((x) => ({
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
function heldBackOf(
  { rater, name, f }: Subject,
  found: readonly Finding[],
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
  if (c.n >= minRatings || found.length === 0) return null;
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
export function historyOf(
  sessions: readonly RaterSessionFigures[],
  minRatings: number,
): AlertRecord[] {
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
