// Where each rater stands in the current round, as the facilitator's screens say it.
import type { MethodOutput } from '../../src-main/api/contract.js';

export type RaterProgressRow = MethodOutput<'sessions.progress'>[number];

export type RaterStatus = 'not-joined' | 'scoring' | 'submitted';

export const RATER_STATUS_WORDS: Record<RaterStatus, string> = {
  'not-joined': 'Not joined yet',
  scoring: 'Scoring',
  submitted: 'Submitted',
};

export function raterStatus(row: Pick<RaterProgressRow, 'joined' | 'submitted'>): RaterStatus {
  // Ending scoring for everyone marks a rater who never came in as submitted, yet they scored
  // nothing: saying "Submitted" would hide that.
  if (!row.joined) return 'not-joined';
  return row.submitted ? 'submitted' : 'scoring';
}

/** The raters who have not handed in their scores, in board order. */
export function notSubmitted(rows: RaterProgressRow[]): RaterProgressRow[] {
  return rows.filter((row) => raterStatus(row) !== 'submitted');
}
