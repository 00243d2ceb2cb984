// Qualification check: a rater scores a set of anchor samples alone; the attempt passes when every
// condition of the coach's rule holds. Instant feedback item by item with the anchors' rationales.
//
// Definitions: "exact" = same level as the reference; "adjacent" = one level apart (level index
// positions, as everywhere in the engine); "non-adjacent" = two or more levels apart; "missing" =
// the rater gave no score for an anchor item. Shares are over all anchor items (a missing item
// counts against exact and within-one, and not as non-adjacent). A rule with no condition passes
// when every item was scored.

import type {
  QualificationRule,
  QualificationTally,
  QualificationVerdict,
} from '../domain/qualification.js';
import { percent } from '../domain/percent.js';

export type { QualificationRule, QualificationVerdict };

export interface QualificationScore {
  sampleId: string;
  criterionKey: string;
  score: number | null;
}

export interface AnchorItem {
  sampleId: string;
  criterionKey: string;
  /** Reference score. */
  score: number;
  rationale?: string;
}

export interface QualificationItem {
  sampleId: string;
  criterionKey: string;
  given: number | null;
  reference: number;
  verdict: QualificationVerdict;
  rationale: string | null;
}

export interface QualificationResult extends QualificationTally {
  perItem: QualificationItem[];
}

/**
 * Scores one qualification attempt against the anchor references.
 * @param levels the rubric's ordered scale, for distances in level positions; without it the
 *   scores themselves are taken as positions (right for consecutive integer levels 1, 2, 3, ...)
 * @throws RangeError for a score or reference outside the scale, or a rule value out of range
 */
export function evaluateQualification(
  attempt: readonly QualificationScore[],
  anchors: readonly AnchorItem[],
  rule: QualificationRule,
  levels?: readonly number[],
): QualificationResult {
  const ls = levels ? [...levels].sort((a, b) => a - b) : null;
  const index = ls ? new Map(ls.map((v, i) => [v, i])) : null;
  const lvl = (v: number, what: string): number => {
    if (!Number.isFinite(v)) throw new RangeError(`${what}: ${v} is not a score`);
    if (!index) return v;
    const k = index.get(v);
    if (k === undefined) throw new RangeError(`${what}: ${v} is not a level of the scale`);
    return k;
  };
  for (const [k, v] of [
    ['minExact', rule.minExact],
    ['minWithinOne', rule.minWithinOne],
  ] as const) {
    if (v !== undefined && !(v >= 0 && v <= 1)) throw new RangeError(`${k}: must be 0..1`);
  }
  if (rule.maxNonAdjacent !== undefined && !(rule.maxNonAdjacent >= 0)) {
    throw new RangeError('maxNonAdjacent: must be 0 or more');
  }
  const given = new Map<string, number | null>();
  for (const a of attempt) given.set(`${a.sampleId}\u0000${a.criterionKey}`, a.score);
  let exact = 0;
  let within = 0;
  let nonAdj = 0;
  let missing = 0;
  const perItem: QualificationItem[] = anchors.map((a) => {
    const ref = lvl(a.score, `reference ${a.sampleId}/${a.criterionKey}`);
    const g = given.get(`${a.sampleId}\u0000${a.criterionKey}`) ?? null;
    let verdict: QualificationVerdict;
    if (g === null) {
      verdict = 'missing';
      missing++;
    } else {
      const d = Math.abs(lvl(g, `score ${a.sampleId}/${a.criterionKey}`) - ref);
      verdict = d === 0 ? 'exact' : d === 1 ? 'adjacent' : 'non-adjacent';
      if (d === 0) exact++;
      if (d <= 1) within++;
      else nonAdj++;
    }
    return {
      sampleId: a.sampleId,
      criterionKey: a.criterionKey,
      given: g,
      reference: a.score,
      verdict,
      rationale: a.rationale ?? null,
    };
  });
  const n = anchors.length;
  const exactShare = n > 0 ? exact / n : 0;
  const withinShare = n > 0 ? within / n : 0;
  const reasons: string[] = [];
  const eps = 1e-9;
  if (n === 0) reasons.push('The anchor set is empty.');
  if (missing > 0) {
    reasons.push(`${missing} anchor item${missing === 1 ? ' was' : 's were'} not scored.`);
  }
  if (rule.minExact !== undefined && exactShare < rule.minExact - eps) {
    reasons.push(
      `Exact matches ${percent(exactShare)} (${exact} of ${n}); needed ${percent(rule.minExact)}.`,
    );
  }
  if (rule.minWithinOne !== undefined && withinShare < rule.minWithinOne - eps) {
    reasons.push(
      `Within one level ${percent(withinShare)} (${within} of ${n}); needed ${percent(rule.minWithinOne)}.`,
    );
  }
  if (rule.maxNonAdjacent !== undefined && nonAdj > rule.maxNonAdjacent) {
    reasons.push(
      `${nonAdj} score${nonAdj === 1 ? ' was' : 's were'} two or more levels away; at most ` +
        `${rule.maxNonAdjacent} allowed.`,
    );
  }
  return {
    passed: reasons.length === 0,
    items: n,
    exact,
    withinOne: within,
    nonAdjacent: nonAdj,
    missing,
    exactShare,
    withinOneShare: withinShare,
    reasons,
    perItem,
  };
}
