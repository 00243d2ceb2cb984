// Plain words for a qualification rule and its verdicts, shared by the coach's pages and the
// rater's feedback screen.
import type {
  QualificationRule,
  QualificationVerdict,
} from '../../src-main/domain/qualification.js';
import { percent } from '../../src-main/domain/percent.js';

/** One sentence per condition of the rule, e.g. "At least 80% of scores exactly at the reference level". */
export function ruleWords(rule: QualificationRule): string[] {
  const words: string[] = [];
  if (rule.minExact !== undefined) {
    words.push(
      rule.minExact === 1
        ? 'Every score exactly at the reference level'
        : `At least ${percent(rule.minExact)} of scores exactly at the reference level`,
    );
  }
  if (rule.minWithinOne !== undefined) {
    words.push(
      rule.minWithinOne === 1
        ? 'Every score within one level of the reference'
        : `At least ${percent(rule.minWithinOne)} of scores within one level of the reference`,
    );
  }
  if (rule.maxNonAdjacent !== undefined) {
    words.push(
      rule.maxNonAdjacent === 0
        ? 'No score two or more levels away from the reference'
        : `At most ${rule.maxNonAdjacent} score${rule.maxNonAdjacent === 1 ? '' : 's'} two or more levels away from the reference`,
    );
  }
  return words;
}

export const VERDICT_WORDS: Record<QualificationVerdict, string> = {
  exact: 'Exact match',
  adjacent: 'One level apart',
  'non-adjacent': 'Two or more levels apart',
  missing: 'Not scored',
};
