// Qualification checks: the coach builds a set of anchors with a pass rule; a rater scores the
// anchors alone and, on submitting, sees each of their levels against the reference with the
// anchor's rationale and the verdict. Reference scores never leave this service before an attempt
// is submitted: the attempt view carries them only in its result.
import type {
  AttemptHead,
  AttemptResult,
  AttemptScore,
  AttemptSummary,
  EligibleAnchor,
  FeedbackItem,
  QualificationSet,
  QualificationSetSummary,
} from '../domain/qualification.js';
import { ruleProblems } from '../domain/qualification.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.js';
import type { Problem } from '../domain/errors.js';
import type { RubricVersion } from '../domain/rubric.js';
import type { AnchorEntry, SampleKind } from '../domain/sample.js';
import type { QualificationResult } from '../stats/qualification.js';
import { evaluateQualification } from '../stats/qualification.js';
import { newAccessToken } from '../store/access-repo.js';
import type { Store } from '../store/index.js';
import type { ChangeBus } from './events.js';
import type { AttemptRow, SetDraft } from '../store/qualification-repo.js';

/** What a rater sees of an attempt: the anchors as plain samples, and the result once submitted. */
export interface AttemptView extends AttemptHead {
  rubric: RubricVersion;
  samples: { id: string; code: string; kind: SampleKind; mediaType: string }[];
  scores: AttemptScore[];
  result: AttemptResult | null;
}

export function qualificationService(store: Store, bus: ChangeBus) {
  const q = store.qualification;
  // A topic of its own, so a set or an attempt refreshes the qualification screens and nothing
  // else; api/audience.ts gives it to the owner's screens only.
  const changed = () => bus.emit({ topic: 'qualification' });

  const versionOf = (rubricVersionId: string, field = 'rubricVersionId'): RubricVersion => {
    const version = store.rubrics.getVersion(rubricVersionId);
    if (!version)
      throw ValidationError.at([field], `there is no rubric version ${rubricVersionId}`);
    return version;
  };

  /** The anchors with reference scores for this rubric, keyed by sample. */
  const anchorsFor = (version: RubricVersion): Map<string, AnchorEntry> =>
    new Map(
      store.samples
        .anchorLibrary()
        .filter((a) => a.rubricId === version.rubricId)
        .map((a) => [a.sampleId, a]),
    );

  const missingCriteria = (version: RubricVersion, anchor: AnchorEntry | undefined): string[] => {
    const have = new Set(anchor?.scores.map((s) => s.criterionKey) ?? []);
    return version.criteria.filter((c) => !have.has(c.key)).map((c) => c.name);
  };

  /** Every problem of a draft, each naming the field and the sample at fault. */
  const check = (draft: SetDraft): void => {
    const problems: Problem[] = [];
    const add = (path: Problem['path'], message: string) => problems.push({ path, message });
    if (draft.title.trim() === '') add(['title'], 'a set needs a title');
    const version = versionOf(draft.rubricVersionId);
    const anchors = anchorsFor(version);
    if (draft.sampleIds.length === 0) add(['sampleIds'], 'choose at least one anchor');
    const seen = new Set<string>();
    draft.sampleIds.forEach((sampleId, i) => {
      const field = ['sampleIds', i];
      if (seen.has(sampleId)) {
        add(field, `sample ${sampleId} is listed twice`);
        return;
      }
      seen.add(sampleId);
      const sample = store.samples.get(sampleId);
      if (!sample) {
        add(field, `there is no sample ${sampleId}`);
        return;
      }
      const anchor = anchors.get(sampleId);
      if (!sample.isAnchor || !anchor) {
        add(field, `${sample.code} is not an anchor with reference scores for "${version.title}"`);
        return;
      }
      const missing = missingCriteria(version, anchor);
      if (missing.length > 0) {
        add(
          field,
          `${sample.code} has no reference score for ${missing.map((m) => `"${m}"`).join(', ')}`,
        );
      }
    });
    problems.push(...ruleProblems(draft.rule));
    if (problems.length > 0) throw new ValidationError(problems);
  };

  const setOf = (setId: string): QualificationSet => {
    const set = q.getSet(setId);
    if (!set) throw new NotFoundError(`There is no qualification set ${setId}.`);
    return set;
  };

  const attemptOf = (attemptId: string): AttemptRow => {
    const attempt = q.getAttempt(attemptId);
    if (!attempt) throw new NotFoundError(`There is no attempt ${attemptId}.`);
    return attempt;
  };

  const personName = (personId: string): string =>
    store.library.findPerson(personId)?.name ?? 'Unknown person';

  const headOf = (attempt: AttemptRow, setTitle: string): AttemptHead => ({
    id: attempt.id,
    setId: attempt.setId,
    setTitle,
    personId: attempt.personId,
    personName: personName(attempt.personId),
    startedAt: attempt.startedAt,
    finishedAt: attempt.finishedAt,
  });

  const view = (attempt: AttemptRow): AttemptView => {
    const set = setOf(attempt.setId);
    return {
      ...headOf(attempt, set.title),
      rubric: versionOf(set.rubricVersionId),
      samples: set.sampleIds.map((id) => {
        const sample = store.samples.get(id);
        if (!sample) throw new NotFoundError(`There is no sample ${id}.`);
        return { id, code: sample.code, kind: sample.kind, mediaType: sample.mediaType };
      }),
      scores: q.scoresOf(attempt.id),
      // The only place references and rationales appear: after submission.
      result: attempt.finishedAt === null ? null : attempt.result,
    };
  };

  const judge = (set: QualificationSet, scores: AttemptScore[]): AttemptResult => {
    const version = versionOf(set.rubricVersionId);
    const anchors = anchorsFor(version);
    const items = set.sampleIds.flatMap((sampleId) => {
      const anchor = anchors.get(sampleId);
      const code = store.samples.get(sampleId)?.code ?? sampleId;
      return version.criteria.map((c) => {
        const ref = anchor?.scores.find((s) => s.criterionKey === c.key);
        if (!ref) {
          throw new ConflictError(
            `Anchor ${code} no longer has a reference score for "${c.name}"; the coach needs to edit the set.`,
          );
        }
        return { ...ref, sampleId, code, criterionName: c.name };
      });
    });
    const inSet = new Set(items.map((i) => `${i.sampleId}\u0000${i.criterionKey}`));
    const given = scores.filter((s) => inSet.has(`${s.sampleId}\u0000${s.criterionKey}`));
    let evaluated: QualificationResult;
    try {
      evaluated = evaluateQualification(
        given,
        items.map((i) => ({
          sampleId: i.sampleId,
          criterionKey: i.criterionKey,
          score: i.score,
          rationale: i.rationale,
        })),
        set.rule,
        version.levels.map((l) => l.value),
      );
    } catch (error) {
      // A reference outside the rubric's levels (the rubric changed after the anchor was scored).
      if (error instanceof RangeError) {
        throw new ConflictError(`The set cannot be judged: ${error.message}. Edit the set.`);
      }
      throw error;
    }
    const feedback: FeedbackItem[] = evaluated.perItem.map((p, k) => ({
      sampleId: p.sampleId,
      sampleCode: items[k]!.code,
      criterionKey: p.criterionKey,
      criterionName: items[k]!.criterionName,
      given: p.given,
      reference: p.reference,
      verdict: p.verdict,
      rationale: p.rationale ?? '',
    }));
    return {
      passed: evaluated.passed,
      rule: set.rule,
      items: evaluated.items,
      exact: evaluated.exact,
      withinOne: evaluated.withinOne,
      nonAdjacent: evaluated.nonAdjacent,
      missing: evaluated.missing,
      exactShare: evaluated.exactShare,
      withinOneShare: evaluated.withinOneShare,
      reasons: evaluated.reasons,
      feedback,
    };
  };

  /** Issues the attempt's token; the person's other unfinished attempts are abandoned. */
  const handOver = (attemptId: string, personId: string): string => {
    const token = newAccessToken();
    store.transaction(() => {
      store.access.revokeOpenAttemptTokens(personId);
      store.access.grantAttemptToken(token, attemptId);
    });
    bus.emit({ topic: 'access' });
    return token;
  };

  return {
    /** The anchors of a rubric version's rubric, each with the criteria it still lacks. */
    eligibleAnchors(rubricVersionId: string): EligibleAnchor[] {
      const version = versionOf(rubricVersionId);
      return [...anchorsFor(version).values()].map((a) => ({
        sampleId: a.sampleId,
        code: a.code,
        missingCriteria: missingCriteria(version, a),
      }));
    },

    listSets(): QualificationSetSummary[] {
      const counts = q.attemptCounts();
      return q.listSets().map((set) => ({
        ...set,
        rubricTitle: store.rubrics.getVersion(set.rubricVersionId)?.title ?? '',
        attempts: counts.get(set.id)?.attempts ?? 0,
        passed: counts.get(set.id)?.passed ?? 0,
      }));
    },

    getSet: setOf,

    createSet(draft: SetDraft): QualificationSet {
      check(draft);
      const id = q.createSet({ ...draft, title: draft.title.trim() });
      changed();
      return setOf(id);
    },

    /** Past attempts keep the verdict they got; only attempts judged later use the new set. */
    updateSet(setId: string, draft: SetDraft): QualificationSet {
      setOf(setId);
      check(draft);
      q.updateSet(setId, { ...draft, title: draft.title.trim() });
      changed();
      return setOf(setId);
    },

    /**
     * Starts an attempt and issues the token the rater takes it with: the owner's token never
     * reaches the attempt screen, so the anchors' references stay out of reach until submission.
     * The person's earlier unfinished attempts are abandoned: their tokens stop working.
     */
    startAttempt(setId: string, personId: string): { attempt: AttemptView; token: string } {
      const set = setOf(setId);
      const person = store.library.findPerson(personId);
      if (!person || person.archived) {
        throw ValidationError.at(['personId'], `there is no active person ${personId}`);
      }
      // A set whose anchors lost references since it was made cannot be judged: say so now.
      judge(set, []);
      const { id, token } = store.transaction(() => {
        const attemptId = q.startAttempt(setId, personId);
        return { id: attemptId, token: handOver(attemptId, personId) };
      });
      changed();
      return { attempt: view(attemptOf(id)), token };
    },

    /** A fresh token to continue an unfinished attempt; earlier tokens of the person stop. */
    resumeAttempt(attemptId: string): { attempt: AttemptView; token: string } {
      const attempt = attemptOf(attemptId);
      if (attempt.finishedAt !== null) {
        throw new ConflictError('This attempt is submitted; it cannot be continued.');
      }
      return { attempt: view(attempt), token: handOver(attemptId, attempt.personId) };
    },

    attempt: (attemptId: string): AttemptView => view(attemptOf(attemptId)),

    /** An anchor's anonymized file, only for a sample of the attempt's set. */
    sampleContent(attemptId: string, sampleId: string): { mediaType: string; base64: string } {
      const set = setOf(attemptOf(attemptId).setId);
      if (!set.sampleIds.includes(sampleId)) {
        throw new ForbiddenError('This sample is not part of your qualification check.');
      }
      const file = store.samples.fileOf(sampleId);
      if (!file) throw new NotFoundError(`There is no sample ${sampleId}.`);
      return { mediaType: file.mediaType, base64: file.bytes.toString('base64') };
    },

    recordScore(attemptId: string, score: AttemptScore): AttemptView {
      const attempt = attemptOf(attemptId);
      if (attempt.finishedAt !== null) {
        throw new ConflictError('This attempt is submitted; its scores can no longer change.');
      }
      const set = setOf(attempt.setId);
      if (!set.sampleIds.includes(score.sampleId)) {
        throw ValidationError.at(['sampleId'], `sample ${score.sampleId} is not in this set`);
      }
      const version = versionOf(set.rubricVersionId);
      if (!version.criteria.some((c) => c.key === score.criterionKey)) {
        throw ValidationError.at(
          ['criterionKey'],
          `the rubric has no criterion ${score.criterionKey}`,
        );
      }
      if (!version.levels.some((l) => l.value === score.score)) {
        throw ValidationError.at(
          ['score'],
          `${score.score} is not a level of the rubric (${version.levels.map((l) => l.value).join(', ')})`,
        );
      }
      q.putScore(attemptId, score);
      return view(attemptOf(attemptId));
    },

    /** Judges the attempt against the set's rule and the anchors' references; once only. */
    submit(attemptId: string): AttemptView {
      const submitted = store.transaction(() => {
        const attempt = attemptOf(attemptId);
        if (attempt.finishedAt !== null) {
          throw new ConflictError('This attempt is already submitted.');
        }
        const result = judge(setOf(attempt.setId), q.scoresOf(attemptId));
        q.finishAttempt(attemptId, result);
        return view(attemptOf(attemptId));
      });
      changed();
      return submitted;
    },

    listAttempts(setId?: string): AttemptSummary[] {
      const titles = new Map(q.listSets().map((s) => [s.id, s.title]));
      return q.listAttempts(setId).map((a) => ({
        ...headOf(a, titles.get(a.setId) ?? ''),
        result: a.result
          ? {
              passed: a.result.passed,
              items: a.result.items,
              exact: a.result.exact,
              withinOne: a.result.withinOne,
              nonAdjacent: a.result.nonAdjacent,
              missing: a.result.missing,
              exactShare: a.result.exactShare,
              withinOneShare: a.result.withinOneShare,
            }
          : null,
      }));
    },
  };
}
