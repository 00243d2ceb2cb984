// Comparative judgement sessions: setting one up, the judges' pairs and choices, the live scale
// the facilitator watches and the results. A judge learns only its own pair and count: never
// another judge's choice, nor the scale, nor which samples are anchors.
import type { Actor } from '../domain/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.js';
import type { JudgedSample, JudgingSetup, JudgingTurn, Side } from '../domain/judging.js';
import { MAX_JUDGEMENT_MS } from '../domain/judging.js';
import type { SessionDetail } from '../domain/session.js';
import { fitAbilities, fitBradleyTerry } from '../stats/bradley-terry.js';
import { nextPair } from '../stats/cj-pairing.js';
import type { Judgement } from '../stats/cj-types.js';
import type { Store } from '../store/index.js';
import type { JudgementRow } from '../store/judging-repo.js';
import type { NewSession } from '../store/sessions-repo.js';
import type { ChangeBus } from './events.js';
import type { sessionsService } from './sessions.js';

export type JudgingDraft = Omit<NewSession, 'kind' | 'judging'> & { judging: JudgingSetup };

export interface ChooseInput {
  sessionId: string;
  pairId: string;
  winner: Side;
  note: string;
  /** How long the pair was on the judge's screen, as the screen measured it. */
  ms: number | null;
  /** For the owner judging on behalf of a judge (one device); ignored for a judge. */
  judgeId?: string;
}

export interface JudgeProgress {
  personId: string;
  alias: string;
  name: string;
  done: number;
  total: number;
  joined: boolean;
}

/** The scale as it stands, for the facilitator: refitted after every judgement. */
export interface LiveScale {
  judgements: number;
  /** Connected parts of the comparison graph; above 1, the scale is not yet one scale. */
  components: number;
  samples: {
    sampleId: string;
    code: string;
    isAnchor: boolean;
    ability: number;
    se: number | null;
    wins: number;
    comparisons: number;
  }[];
}

/**
 * A session's last fit: its abilities steer the pairing and start the next fit. The scale with
 * standard errors and sample codes is built only when the facilitator's board asks for it, so a
 * judge's choice pays for the abilities alone.
 */
interface FitCache {
  judged: number;
  abilities: Map<string, number>;
  scale?: LiveScale;
}

export function judgingService(
  store: Store,
  bus: ChangeBus,
  sessions: ReturnType<typeof sessionsService>,
) {
  const fits = new Map<string, FitCache>();

  const judgingSession = (sessionId: string): SessionDetail & { judging: JudgingSetup } => {
    const session = store.sessions.get(sessionId);
    if (!session) throw new NotFoundError(`No session ${sessionId}.`);
    if (session.kind !== 'judgement' || !session.judging) {
      throw ValidationError.at(['sessionId'], `${session.title} is a rubric meeting`);
    }
    return { ...session, judging: session.judging };
  };

  /** The judge a call acts for: a judge always itself, the owner whoever it names. */
  const judgeFor = (session: SessionDetail, actor: Actor, judgeId: string | undefined) => {
    const id = actor.role === 'rater' ? actor.personId : judgeId;
    if (id === undefined) throw ValidationError.at(['judgeId'], 'say whose judgements these are');
    const judge = session.raters.find((r) => r.personId === id);
    if (!judge) throw new ForbiddenError('This person is not a judge in this session.');
    return judge;
  };

  const judged = (rows: readonly JudgementRow[]): Judgement[] =>
    rows.flatMap((r) =>
      r.winnerId === null
        ? []
        : [{ judge: r.judgeId, left: r.leftId, right: r.rightId, winner: r.winnerId, ms: r.ms }],
    );

  /** The session's abilities for its current judgements, refitted only when a judgement came in. */
  const fitOf = (session: SessionDetail, judgements: readonly Judgement[]): FitCache => {
    const cached = fits.get(session.id);
    if (cached && cached.judged === judgements.length) return cached;
    const fit = fitAbilities(session.sampleIds, judgements, cached?.abilities);
    const next: FitCache = {
      judged: judgements.length,
      abilities: new Map(fit.samples.map((s) => [s.sample, s.ability])),
    };
    fits.set(session.id, next);
    return next;
  };

  /** The live scale: the same abilities with their standard errors, labelled by sample code. */
  const scaleOf = (session: SessionDetail): LiveScale => {
    const judgements = judged(store.judging.all(session.id));
    const current = fitOf(session, judgements);
    if (current.scale) return current.scale;
    const fit = fitBradleyTerry(session.sampleIds, judgements, current.abilities);
    const samples = new Map(session.sampleIds.map((id) => [id, store.samples.get(id)]));
    current.scale = {
      judgements: judgements.length,
      components: fit.components,
      samples: fit.samples.map((s) => ({
        sampleId: s.sample,
        code: samples.get(s.sample)?.code ?? s.sample,
        isAnchor: samples.get(s.sample)?.isAnchor ?? false,
        ability: s.ability,
        se: s.se,
        wins: s.wins,
        comparisons: s.comparisons,
      })),
    };
    return current.scale;
  };

  const shownSample = (sampleId: string): JudgedSample => {
    const sample = store.samples.get(sampleId);
    if (!sample) throw new NotFoundError(`No sample ${sampleId}.`);
    return { id: sample.id, code: sample.code, kind: sample.kind, mediaType: sample.mediaType };
  };

  /**
   * The judge's turn; when judging is open and the judge has no pair waiting and judgements
   * left to make, the next pair is chosen and kept (so a reload shows the same pair).
   */
  const turnOf = (session: SessionDetail & { judging: JudgingSetup }, judgeId: string) => {
    const judge = session.raters.find((r) => r.personId === judgeId)!;
    const done = store.judging.madeBy(session.id).get(judgeId) ?? 0;
    const total = session.judging.perJudge;
    let open = store.judging.open(session.id, judgeId);
    if (!open && session.phase === 'scoring' && done < total) {
      const rows = store.judging.all(session.id);
      const pair = nextPair({
        samples: session.sampleIds,
        shown: rows.map((r) => ({ judge: r.judgeId, left: r.leftId, right: r.rightId })),
        abilities: fitOf(session, judged(rows)).abilities,
        judge: judgeId,
        random: Math.random,
      });
      if (pair) {
        const id = store.judging.show(session.id, judgeId, pair.left, pair.right);
        open = store.judging.get(session.id, id);
      }
    }
    const turn: JudgingTurn = {
      sessionId: session.id,
      title: session.title,
      question: session.judging.question,
      phase: session.phase,
      judgeId,
      judgeName: judge.name,
      done,
      total,
      pair:
        open && session.phase === 'scoring'
          ? { pairId: open.id, left: shownSample(open.leftId), right: shownSample(open.rightId) }
          : null,
    };
    return turn;
  };

  return {
    create(draft: JudgingDraft): SessionDetail {
      if (draft.sampleIds.length < 3) {
        throw ValidationError.at(['sampleIds'], 'choose at least three samples to compare');
      }
      const { competencyId } = draft.judging;
      if (
        competencyId !== null &&
        !store.library.listCompetencies().some((c) => c.id === competencyId)
      ) {
        throw ValidationError.at(['judging', 'competencyId'], `no competency ${competencyId}`);
      }
      // The shared checks (samples, people, rubric) and the rubric frozen, as for a meeting.
      return sessions.create({
        ...draft,
        kind: 'judgement',
        judging: { ...draft.judging, question: draft.judging.question.trim() },
        // A judge works alone and blind: one round, no reveal per sample, no protocol clock.
        options: { ...draft.options, blind: true, rounds: 1, protocol: [] },
      });
    },

    turn(sessionId: string, actor: Actor, judgeId?: string): JudgingTurn {
      const session = judgingSession(sessionId);
      const judge = judgeFor(session, actor, judgeId);
      return store.transaction(() => turnOf(session, judge.personId));
    },

    /**
     * Records the judge's choice for the pair on its screen and hands out the next pair, in one
     * transaction. Sending the same choice again (a retry after a dropped answer) records
     * nothing more; a different choice for a pair already judged is refused.
     */
    choose(input: ChooseInput, actor: Actor): JudgingTurn {
      const session = judgingSession(input.sessionId);
      const judge = judgeFor(session, actor, input.judgeId);
      if (session.phase !== 'scoring') {
        throw new ConflictError(`Judging is not open in this session (it is ${session.phase}).`);
      }
      if (input.ms !== null && (input.ms < 0 || input.ms > MAX_JUDGEMENT_MS)) {
        throw ValidationError.at(['ms'], 'a judging time must be between 0 and one hour');
      }
      const turn = store.transaction(() => {
        const pair = store.judging.get(session.id, input.pairId);
        if (!pair || pair.judgeId !== judge.personId) {
          throw new NotFoundError('This pair is not on your screen.');
        }
        const winnerId = input.winner === 'left' ? pair.leftId : pair.rightId;
        if (pair.winnerId !== null) {
          if (pair.winnerId === winnerId) return turnOf(session, judge.personId);
          throw new ConflictError('You already chose the other sample of this pair.');
        }
        store.judging.choose(pair.id, winnerId, input.note.trim(), input.ms);
        return turnOf(session, judge.personId);
      });
      bus.emit({ topic: 'judgements', sessionId: session.id, personId: judge.personId });
      return turn;
    },

    /** Who has judged how much: counts only, never a choice. */
    progress(sessionId: string): JudgeProgress[] {
      const session = judgingSession(sessionId);
      const made = store.judging.madeBy(sessionId);
      const joined = new Set(store.sessions.joinedRaters(sessionId, session.currentRound));
      return session.raters.map((r) => ({
        personId: r.personId,
        alias: r.alias,
        name: r.name,
        done: made.get(r.personId) ?? 0,
        total: session.judging.perJudge,
        joined: joined.has(r.personId) || made.has(r.personId),
      }));
    },

    /** The facilitator's live scale: the samples with their current abilities. */
    scale(sessionId: string): LiveScale {
      return scaleOf(judgingSession(sessionId));
    },

    /** The session's judgements, judged ones only, oldest first. */
    judgements(sessionId: string): JudgementRow[] {
      judgingSession(sessionId);
      return store.judging.all(sessionId).filter((r) => r.winnerId !== null);
    },

    /** Forgets a session's cached fit (after an import or a restore replaced its judgements). */
    forget(sessionId?: string): void {
      if (sessionId === undefined) fits.clear();
      else fits.delete(sessionId);
    },
  };
}
