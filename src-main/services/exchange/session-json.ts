// One session as the session JSON export writes it: set-up, rubric, samples by code, raters as
// labelled, scores, consensus and clarifications.
import type { SessionDetail } from '../../domain/session.js';
import type { SessionJson } from '../../formats/exchange/index.js';
import type { RaterLabeling } from './rater-labeling.js';
import type { SessionReads } from './reads.js';
import { sessionHeading } from './reads.js';

export function sessionJson(
  reads: SessionReads,
  session: SessionDetail,
  raters: RaterLabeling,
): SessionJson {
  const { store } = reads;
  const rubric = reads.rubricOf(session);
  const criterionName = new Map(rubric.criteria.map((c) => [c.id, c.name]));
  const samples = reads.samplesOf(session);
  const codes = new Map(samples.map((s) => [s.id, s.code]));
  const seats = new Map(session.raters.map((r) => [r.personId, r]));
  const names = raters.labels === 'name';
  return {
    ...sessionHeading(session),
    rubric: {
      title: rubric.title,
      version: rubric.version,
      levels: rubric.levels,
      criteria: rubric.criteria.map((c) => ({
        key: c.key,
        name: c.name,
        descriptors: c.descriptors,
      })),
    },
    samples: samples.map((s) => ({
      code: s.code,
      kind: s.kind,
      mediaType: s.mediaType,
      sha256: s.sha256,
      isAnchor: s.isAnchor,
    })),
    raters: raters.order(session.raters).map((r) => {
      const sessionAlias = raters.sessionAlias(r);
      return {
        alias: raters.alias(r),
        ...(sessionAlias !== undefined ? { sessionAlias } : {}),
        ...(names ? { name: r.name } : {}),
      };
    }),
    scores: store.scores.current(session.id).map((s) => {
      const seat = seats.get(s.raterId);
      return {
        round: s.round,
        sample: codes.get(s.sampleId) ?? s.sampleId,
        rater: seat ? raters.of(seat) : s.raterId,
        criterion: criterionName.get(s.criterionId) ?? s.criterionId,
        score: s.score,
        note: s.note,
        recordedAt: s.recordedAt,
      };
    }),
    consensus: store.scores.consensus(session.id).map((c) => ({
      sample: codes.get(c.sampleId) ?? c.sampleId,
      criterion: criterionName.get(c.criterionId) ?? c.criterionId,
      score: c.score,
      rationale: c.rationale,
    })),
    clarifications: store.scores.clarifications(session.id).map((c) => ({
      criterion: c.criterionId === null ? null : (criterionName.get(c.criterionId) ?? null),
      text: c.text,
    })),
  };
}
