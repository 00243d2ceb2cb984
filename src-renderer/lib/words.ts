// The words screens use for the contract's codes, so every page says the same thing.
import type { PersonRole } from '../../src-main/domain/people.js';
import type { SampleKind } from '../../src-main/domain/sample.js';
import type { SessionPhase } from '../../src-main/domain/session.js';

export const PHASE_WORDS: Record<SessionPhase, string> = {
  draft: 'Draft',
  scoring: 'Scoring',
  revealed: 'Revealed',
  closed: 'Closed',
};

/** One line each, for people who have not run a calibration session before. */
export const PHASE_EXPLANATIONS: Record<SessionPhase, string> = {
  draft: 'Being prepared; nobody is scoring yet.',
  scoring: 'Raters are scoring on their own, without seeing each other’s scores.',
  revealed: 'Scores are shown to the team for discussion.',
  closed: 'Finished; the scores and consensus are final.',
};

export const KIND_WORDS: Record<SampleKind, string> = {
  pdf: 'PDF',
  image: 'Image',
  text: 'Text',
  markdown: 'Text (Markdown)',
  docx: 'Word document',
};

export const ROLE_WORDS: Record<PersonRole, string> = {
  rater: 'Rater',
  facilitator: 'Facilitator',
  coach: 'Coach',
};

export const ROLE_EXPLANATIONS: Record<PersonRole, string> = {
  rater: 'scores samples in sessions',
  facilitator: 'runs a session, reveals scores and records the consensus',
  coach: 'follows agreement and drift across sessions and reads reports',
};

export const FROZEN_EXPLANATION = 'Frozen: used by a session, so edits make a new version';

export const ANCHOR_EXPLANATION =
  'Anchor: a sample with agreed reference scores, used to check scoring against a known answer';

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

/** "2026-03-14" (or a full timestamp) as "14 March 2026" in the reader's language. */
export function formatDate(value: string): string {
  return dateWords(value, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "2026-03-14" as "14 Mar" in the reader's language: where a full date does not fit. */
export function formatShortDate(value: string): string {
  return dateWords(value, { day: 'numeric', month: 'short' });
}

function dateWords(value: string, parts: Intl.DateTimeFormatOptions): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  // A bare date is a calendar day: read it as local noon so no time zone moves it a day.
  const date = new Date(dateOnly ? `${value}T12:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(undefined, parts);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
