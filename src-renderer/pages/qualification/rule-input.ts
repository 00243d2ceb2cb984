// The pass rule as the coach types it (percentages, a count, blanks for no condition) and back.
import type { QualificationRule } from '../../../src-main/domain/qualification.js';

export interface RuleInput {
  minExact: string;
  minWithinOne: string;
  maxNonAdjacent: string;
}

/** The rule from what was typed, or the first problem in plain words. */
export function toRule(draft: RuleInput): QualificationRule | string {
  const rule: QualificationRule = {};
  const share = (typed: string, what: string): number | string | undefined => {
    if (typed.trim() === '') return undefined;
    const n = Number(typed);
    if (!Number.isFinite(n) || n < 0 || n > 100) return `${what}: type a percentage from 0 to 100.`;
    return n / 100;
  };
  const exact = share(draft.minExact, 'Exact matches');
  if (typeof exact === 'string') return exact;
  if (exact !== undefined) rule.minExact = exact;
  const within = share(draft.minWithinOne, 'Within one level');
  if (typeof within === 'string') return within;
  if (within !== undefined) rule.minWithinOne = within;
  if (draft.maxNonAdjacent.trim() !== '') {
    const n = Number(draft.maxNonAdjacent);
    if (!Number.isInteger(n) || n < 0) {
      return 'Two or more levels away: type a whole number, 0 or more.';
    }
    rule.maxNonAdjacent = n;
  }
  if (Object.keys(rule).length === 0) return 'Set at least one condition to pass.';
  return rule;
}

/** A stored rule value as the box shows it (shares as percentages). */
export const typed = (v: number | undefined, scale = 1) =>
  v === undefined ? '' : String(Math.round(v * scale * 100) / 100);
