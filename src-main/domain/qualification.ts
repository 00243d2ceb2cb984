// Qualification checks: a coach's set of anchor samples with a pass rule, and raters' attempts at
// it. The rule is evaluated in stats/qualification.ts.
import type { Problem } from './errors.js';

export interface QualificationRule {
  /** Least share of items scored exactly (0..1). */
  minExact?: number;
  /** Least share of items within one level (0..1). */
  minWithinOne?: number;
  /** Most items two or more levels away. */
  maxNonAdjacent?: number;
}

/** How one anchor item compares with its reference score (stats/qualification.ts). */
export type QualificationVerdict = 'exact' | 'adjacent' | 'non-adjacent' | 'missing';

/**
 * A rater takes an attempt with the attempt's own key, which dies when the attempt is abandoned
 * or this many minutes after it is submitted (time enough to read the feedback).
 */
export const ATTEMPT_FEEDBACK_MINUTES = 15;

export interface QualificationSet {
  id: string;
  title: string;
  rubricVersionId: string;
  /** The anchors in the order a rater sees them. */
  sampleIds: string[];
  rule: QualificationRule;
  createdAt: string;
  updatedAt: string;
}

/** A set as the coach's list shows it. */
export interface QualificationSetSummary extends QualificationSet {
  rubricTitle: string;
  attempts: number;
  passed: number;
}

/** An anchor the coach may (or may not yet) put in a set for one rubric version. */
export interface EligibleAnchor {
  sampleId: string;
  code: string;
  /** Criteria of the rubric version with no reference score on this anchor (empty: usable). */
  missingCriteria: string[];
}

/** One rater's level on one anchor and criterion during an attempt. */
export interface AttemptScore {
  sampleId: string;
  criterionKey: string;
  score: number;
}

/** One line of the feedback: the rater's level against the reference, with its rationale. */
export interface FeedbackItem {
  sampleId: string;
  sampleCode: string;
  criterionKey: string;
  criterionName: string;
  given: number | null;
  reference: number;
  verdict: QualificationVerdict;
  rationale: string;
}

/** How an attempt's scores compare with the anchors' references, and whether it passes. */
export interface QualificationTally {
  passed: boolean;
  /** Items in the anchor set. */
  items: number;
  exact: number;
  withinOne: number;
  nonAdjacent: number;
  missing: number;
  exactShare: number;
  withinOneShare: number;
  /** One sentence per condition not met (empty when passed). */
  reasons: string[];
}

/** The verdict of a submitted attempt, as judged at submission. */
export interface AttemptResult extends QualificationTally {
  rule: QualificationRule;
  feedback: FeedbackItem[];
}

/** Whose attempt at which set, and when: what every view of an attempt begins with. */
export interface AttemptHead {
  id: string;
  setId: string;
  setTitle: string;
  personId: string;
  personName: string;
  startedAt: string;
  finishedAt: string | null;
}

/** An attempt as the coach's table lists it. */
export interface AttemptSummary extends AttemptHead {
  /** Null while the attempt is in progress. */
  result: Omit<AttemptResult, 'feedback' | 'rule' | 'reasons'> | null;
}

/** Rules a set's pass rule must meet, each naming its field. Shares are 0..1. */
export function ruleProblems(rule: QualificationRule): Problem[] {
  const problems: Problem[] = [];
  const { minExact, minWithinOne, maxNonAdjacent } = rule;
  if (minExact === undefined && minWithinOne === undefined && maxNonAdjacent === undefined) {
    problems.push({
      path: ['rule'],
      message:
        'set at least one condition (exact matches, within one level, or non-adjacent scores)',
    });
  }
  for (const [field, v] of [
    ['minExact', minExact],
    ['minWithinOne', minWithinOne],
  ] as const) {
    if (v !== undefined && !(Number.isFinite(v) && v >= 0 && v <= 1)) {
      problems.push({ path: ['rule', field], message: 'must be a share from 0% to 100%' });
    }
  }
  if (maxNonAdjacent !== undefined && !(Number.isInteger(maxNonAdjacent) && maxNonAdjacent >= 0)) {
    problems.push({
      path: ['rule', 'maxNonAdjacent'],
      message: 'must be a whole number, 0 or more',
    });
  }
  return problems;
}
