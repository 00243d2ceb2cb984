// After the reveal: what the room sees, the consensus it records, the clarifications it agrees.
import { newId } from '../store/ids.js';
import type { Actor } from '../domain/actor.js';
import { actorLabel } from '../domain/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.js';
import type { RevealSample } from '../domain/reveal.js';
import { mostContestedFirst, revealCell, revealSample } from '../domain/reveal.js';
import type { Clarification, ConsensusScore } from '../domain/scores.js';
import { inAliasOrder, othersScoreVisible } from '../domain/session.js';
import type { Store } from '../store/index.js';
import type { ChangeBus } from './events.js';

export interface RevealView {
  round: number;
  /** Most contested first. */
  samples: RevealSample[];
}

export function discussionService(store: Store, bus: ChangeBus) {
  const sessionOf = (sessionId: string) => {
    const session = store.sessions.get(sessionId);
    if (!session) throw new NotFoundError(`No session ${sessionId}.`);
    return session;
  };

  return {
    /**
     * The reveal board. The owner sees every sample (revealed or not, to prepare); a rater only
     * revealed ones. Raters get colleagues by alias only (DESIGN: names are the owner's alone);
     * whether the owner's screen shows names or aliases is the owner's choice on that screen.
     */
    revealView(sessionId: string, actor: Actor, round?: number): RevealView {
      const session = sessionOf(sessionId);
      const shownRound = round ?? session.currentRound;
      if (shownRound < 1 || shownRound > session.currentRound) {
        throw ValidationError.at(['round'], `this session has rounds 1 to ${session.currentRound}`);
      }
      const rubric = store.rubrics.getVersion(session.rubricVersionId)!;
      const scores = store.scores.current(sessionId, { round: shownRound });
      const consensus = store.scores.consensus(sessionId);
      const anchors = store.samples.listAnchorScores();
      const owner = actor.role === 'owner';
      const me = actor.role === 'rater' ? actor.personId : undefined;
      // In alias order, never in the order raters were chosen, which a rater could guess.
      const raters = inAliasOrder(session.raters);
      const byCell = new Map(scores.map((s) => [`${s.sampleId}|${s.criterionId}|${s.raterId}`, s]));
      const samples = session.sampleIds
        .map((sampleId) => ({
          sampleId,
          revealed: othersScoreVisible(session, shownRound, sampleId),
        }))
        .filter(({ revealed }) => actor.role === 'owner' || revealed)
        .map(({ sampleId, revealed }) => {
          const cells = rubric.criteria.map((criterion) => {
            const given = raters.flatMap((rater) => {
              const entry = byCell.get(`${sampleId}|${criterion.id}|${rater.personId}`);
              if (!entry) return [];
              return [
                {
                  alias: rater.alias,
                  name: owner ? rater.name : null,
                  you: rater.personId === me,
                  score: entry.score,
                },
              ];
            });
            const reference = anchors.find(
              (a) => a.sampleId === sampleId && a.criterionKey === criterion.key,
            );
            const agreed = consensus.find(
              (c) => c.sampleId === sampleId && c.criterionId === criterion.id,
            );
            return revealCell(criterion.id, given, reference?.score ?? null, agreed?.score ?? null);
          });
          return revealSample(sampleId, store.samples.get(sampleId)!.code, revealed, cells);
        });
      return { round: shownRound, samples: mostContestedFirst(samples) };
    },

    consensus(sessionId: string, actor: Actor): ConsensusScore[] {
      const session = sessionOf(sessionId);
      const all = store.scores.consensus(sessionId);
      if (actor.role === 'owner') return all;
      return all.filter((c) => othersScoreVisible(session, 1, c.sampleId));
    },

    recordConsensus(entry: Omit<ConsensusScore, 'recordedAt'>, actor: Actor): ConsensusScore {
      const session = sessionOf(entry.sessionId);
      if (session.phase === 'closed') throw new ConflictError('This session is closed.');
      const revealedOnce =
        session.currentRound > 1 || session.revealedSampleIds.includes(entry.sampleId);
      if (!revealedOnce)
        throw new ConflictError('Reveal this sample before recording its consensus.');
      const rubric = store.rubrics.getVersion(session.rubricVersionId)!;
      if (!rubric.criteria.some((c) => c.id === entry.criterionId)) {
        throw ValidationError.at(
          ['criterionId'],
          `${entry.criterionId} is not a criterion of this rubric`,
        );
      }
      if (!rubric.levels.some((l) => l.value === entry.score)) {
        throw ValidationError.at(['score'], `${entry.score} is not a level of this rubric`);
      }
      const saved = store.transaction(() => {
        const result = store.scores.putConsensus(entry, actorLabel(actor));
        store.access.audit({
          actor: actorLabel(actor),
          action: 'consensus.recorded',
          subjectType: 'session',
          subjectId: entry.sessionId,
          details: { sampleId: entry.sampleId, criterionId: entry.criterionId, score: entry.score },
        });
        return result;
      });
      bus.emit({ topic: 'consensus', sessionId: entry.sessionId });
      return saved;
    },

    clarifications(sessionId: string): Clarification[] {
      sessionOf(sessionId);
      return store.scores.clarifications(sessionId);
    },

    addClarification(sessionId: string, criterionId: string | null, text: string): Clarification {
      const session = sessionOf(sessionId);
      if (criterionId !== null) {
        const rubric = store.rubrics.getVersion(session.rubricVersionId)!;
        if (!rubric.criteria.some((c) => c.id === criterionId)) {
          throw ValidationError.at(
            ['criterionId'],
            `${criterionId} is not a criterion of this rubric`,
          );
        }
      }
      const id = newId();
      store.scores.addClarification(sessionId, criterionId, text, id);
      bus.emit({ topic: 'consensus', sessionId });
      return store.scores.clarifications(sessionId).find((c) => c.id === id)!;
    },
  };
}
