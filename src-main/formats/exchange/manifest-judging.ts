// What a package carries of a comparative judgement session: its setup (`session.judging`, with
// `session.kind: "judgement"`) and, in a scores package, the judgements made (`judgements`). A
// rubric meeting's package has none of these, so it reads exactly as before they existed.
import { z } from 'zod';
import { MAX_JUDGEMENT_MS } from '../../domain/judging.js';
import type { SessionKind } from '../../domain/session.js';
import { id, time } from './manifest-fields.js';

/**
 * The version a package is written with: the lowest whose readers read it correctly. A rubric
 * meeting's package stays version 1; a judgement session's is version 2, because a version-1
 * reader would take it for a rubric meeting and drop its setup and judgements without a word.
 */
export function packageVersionFor(kind: SessionKind): 1 | 2 {
  return kind === 'judgement' ? 2 : 1;
}

/** The setup as `JudgingSetup` has it, within the limits the session wizard sets. */
export const PackageJudgingSetupSchema = z.object({
  question: z.string().trim().min(1).max(500),
  /** A competency of the sending workspace; kept on import only where that competency is here. */
  competencyId: id.nullable(),
  perJudge: z.number().int().min(1).max(500),
});

/** One judgement made: a pair shown to a judge, and the sample the judge chose. */
export const PackageJudgementSchema = z
  .object({
    id,
    /** A rater of the package (`session.raters`): named there by alias, or by name if asked. */
    judgeId: id,
    leftSampleId: id,
    rightSampleId: id,
    winnerSampleId: id,
    note: z.string().max(5_000),
    /** The time the judge's screen measured, in milliseconds; null when unknown. */
    ms: z.number().int().min(0).max(MAX_JUDGEMENT_MS).nullable(),
    shownAt: time,
    judgedAt: time,
  })
  .superRefine((j, ctx) => {
    if (j.leftSampleId === j.rightSampleId) {
      ctx.addIssue({
        code: 'custom',
        message: 'a pair needs two different samples',
        path: ['rightSampleId'],
      });
    } else if (j.winnerSampleId !== j.leftSampleId && j.winnerSampleId !== j.rightSampleId) {
      ctx.addIssue({
        code: 'custom',
        message: 'the winner must be one of the pair',
        path: ['winnerSampleId'],
      });
    }
  });

export type PackageJudgement = z.infer<typeof PackageJudgementSchema>;
