// How the coach's pages say drift figures: percentages, signed leans in levels, trends, and the
// one-line explanations beside each figure. Pure, so the pages and their tests say the same.
import type { MethodOutput } from '../../../src-main/api/contract.js';
import { percent as percentOf } from '../../../src-main/domain/percent.js';

export type DriftReport = MethodOutput<'drift.report'>['report'];
export type RaterDrift = DriftReport['raters'][number];
export type RaterSessionDrift = RaterDrift['sessions'][number];
export type DriftThresholds = DriftReport['thresholds'];
export type DriftAlert = RaterDrift['alerts'][number];
export type HeldBackNote = NonNullable<RaterSessionDrift['heldBack']>;
export type AlertRecord = RaterDrift['history'][number];
export type RaschResult = MethodOutput<'rasch.estimate'>['result'];

const MINUS = '\u2212';

/** 0.5625 -> "56%"; null -> "—" (nothing to compare against). */
export function percent(share: number | null): string {
  return share === null ? '—' : percentOf(share);
}

/** A signed number with two decimals and a real minus sign: "−0.45", "+0.13", "0.00". */
export function signed(value: number, digits = 2): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return `${value < 0 ? MINUS : '+'}${text}`;
}

/** Mean lean against a reference in levels, in words: "−0.45 levels (harsher)". */
export function lean(severity: number | null): string {
  const [amount, word] = leanParts(severity);
  return word === null ? amount : `${amount} ${word}`;
}

/** The lean's two halves, ["−0.45 levels", "(harsher)"], so a narrow cell can break between. */
export function leanParts(severity: number | null): [string, string | null] {
  if (severity === null) return ['—', null];
  const amount = `${signed(severity)} levels`;
  if (Number(Math.abs(severity).toFixed(2)) === 0) return [amount, '(in line)'];
  return [amount, `(${severity < 0 ? 'harsher' : 'more lenient'})`];
}

/** The trend slope (share per session) in points per session. */
export function trendWords(slope: number | null): string {
  if (slope === null) return 'Needs two sessions';
  const points = slope * 100;
  if (Math.abs(points) < 0.5) return 'Steady';
  return `${points < 0 ? 'Falling' : 'Rising'} ${Math.abs(points).toFixed(1)} points a session`;
}

/** One plain sentence on how a rater uses the scale, from the engine's middle-only figures. */
export function scaleUseWords(rater: RaterDrift, levelNames: readonly string[]): string {
  const lowest = levelNames[0] ?? 'the lowest level';
  const highest = levelNames[levelNames.length - 1] ?? 'the highest level';
  const m = rater.middleOnly;
  if (m.flag) return `Only uses the middle levels: never ${lowest}, never ${highest}`;
  if (m.avoidsLowest) return `Never uses ${lowest}, though colleagues do`;
  if (m.avoidsHighest) return `Never uses ${highest}, though colleagues do`;
  return 'Uses the whole scale';
}

/** Each kind of alert in a few words, for a table cell. */
export const ALERT_KIND_WORDS: Record<DriftAlert['kind'], string> = {
  exact: 'Exact agreement low',
  'within-one': 'Within one level low',
  severity: 'Leans too far',
  decline: 'Falling against own record',
};

/** A session's alerts, or why none were raised, for a table cell. */
export function sessionAlertWords(session: RaterSessionDrift): string {
  if (session.alerts.length > 0) {
    return session.alerts.map((a) => ALERT_KIND_WORDS[a.kind]).join('; ');
  }
  const held = session.heldBack;
  if (held === null) return 'None';
  if (held.reason === 'no-consensus') return 'Not checked: no consensus scores';
  return `Held back: only ${held.compared} scores with a consensus (${held.needed} needed)`;
}

/** Why alerts need a minimum number of scores, in one line. */
export function heldBackExplain(minRatings: number): string {
  return (
    `An alert needs at least ${minRatings} scores with a consensus score in a session: with ` +
    'fewer, one or two scores move the figures too much to be sure. These sessions crossed a ' +
    'threshold, or could not be checked, so no alert was raised.'
  );
}

/** Where an alert of the history stands now, in words (beside its "Resolved" or "Earlier" tag). */
export function alertStatusWords(record: AlertRecord, date: (iso: string) => string): string {
  if (record.status === 'current') return 'Still open: this is the latest session';
  if (record.status === 'resolved' && record.resolvedIn !== null) {
    const back = record.resolvedIn;
    return `Back within the threshold from ${back.label} (${date(back.date)})`;
  }
  if (record.cameBackIn !== null) {
    const again = record.cameBackIn;
    return `The same alert came back in ${again.label} (${date(again.date)})`;
  }
  return 'No later session had enough scores with a consensus score to check it again';
}

/** One line for each figure the coach sees, for people new to the words. */
export const EXPLAIN = {
  consensusExact: 'Share of this rater’s scores that equal the score the group agreed on.',
  consensusWithin:
    'Share of scores at most one level away from the group’s agreed score (exact included).',
  lean: 'Average of (own score − agreed score) in levels: below zero scores harder, above zero more generously.',
  anchors:
    'The same, against the reference scores of anchor samples: a fixed answer, not this group’s agreement.',
  colleagues:
    'How often this rater gives the same level as each colleague on the same work: agreement with people, not with an answer.',
  trend:
    'Straight-line change of exact agreement with the agreed score from one session to the next.',
  scaleUse: 'How many of this rater’s scores fall on each level of the scale.',
} as const;

export const RASCH_EXPLAIN = {
  severity:
    'In logits (the Rasch scale): higher is harsher, 0 is the average rater, and 1 logit is a large gap.',
  se: 'How far the severity could be off by chance; about twice this either way is the 95% range.',
  infit:
    'Mean square of the surprises in typical scores: near 1 is as predictable as the model expects; above 1.5 erratic, below 0.5 too uniform.',
  outfit: 'The same, unweighted, so a few very surprising scores (outliers) count more.',
  fair: 'The score this rater would give an average sample on an average criterion, on the rubric’s scale.',
  reliability:
    'Separation reliability: how surely the raters really differ in severity (0 = no real differences, near 1 = clearly different).',
} as const;

/** The thresholds form's fields: what the team sets, in the units people think in. */
export const THRESHOLD_FIELDS: {
  key: keyof DriftThresholds;
  label: string;
  hint: string;
  /** From the stored value to what the form shows, and back. */
  scale: number;
  min: number;
  max: number;
  step: number;
}[] = [
  {
    key: 'exactWithConsensus',
    label: 'Alert when exact agreement with consensus is below (%)',
    hint: 'Default 70%.',
    scale: 100,
    min: 0,
    max: 100,
    step: 1,
  },
  {
    key: 'withinOneWithConsensus',
    label: 'Alert when agreement within one level is below (%)',
    hint: 'Default 90%.',
    scale: 100,
    min: 0,
    max: 100,
    step: 1,
  },
  {
    key: 'meanSeverity',
    label: 'Alert when the average lean is beyond (levels, either way)',
    hint: 'Default 0.5 level.',
    scale: 1,
    min: 0,
    max: 10,
    step: 0.05,
  },
  {
    key: 'declinePoints',
    label: 'Alert when exact agreement falls against the rater’s own history by (points)',
    hint: 'Default 10 percentage points below the average of their earlier sessions.',
    scale: 1,
    min: 0,
    max: 100,
    step: 1,
  },
];
