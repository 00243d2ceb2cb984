// Who may call what: every method's access rule and its handler over the services.
import type { Actor } from '../domain/actor.js';
import type { Services } from '../services/index.js';
import { loadDemo } from '../services/demo/load.js';
import { DEFAULT_SESSION_OPTIONS } from '../domain/session.js';
import type { MethodName, MethodOutput, ParsedInput } from './contract.js';

/**
 * owner: only the person at the desktop (or holding the owner token).
 * session: the owner, or a rater of the session named by the input's `sessionId`.
 * session-optional: the owner with or without a session; a rater only naming its own session.
 * anyone: every authenticated caller.
 */
export type Access = 'owner' | 'session' | 'session-optional' | 'anyone';

const DONE = { done: true } as const;

export interface Route<M extends MethodName> {
  access: Access;
  handle(services: Services, input: ParsedInput<M>, actor: Actor): MethodOutput<M>;
}

export type Routes = { [M in MethodName]: Route<M> };

export const routes: Routes = {
  'app.whoami': {
    access: 'anyone',
    handle: (s, _input, actor) => {
      if (actor.role === 'owner') return { role: 'owner' };
      const person = s.store.library.findPerson(actor.personId);
      return {
        role: 'rater',
        sessionId: actor.sessionId,
        raterId: actor.personId,
        name: person?.name ?? '',
      };
    },
  },
  'workspace.info': {
    access: 'owner',
    handle: (s) => {
      const counts = s.store.counts();
      return {
        path: s.store.workspace.path,
        schemaVersion: s.store.workspace.schemaVersion,
        counts,
        isEmpty: Object.values(counts).every((n) => n === 0),
      };
    },
  },
  'workspace.loadDemo': { access: 'owner', handle: (s) => ({ loaded: loadDemo(s) }) },

  'gradeBands.list': { access: 'owner', handle: (s) => s.library.gradeBands() },
  'competencies.list': { access: 'owner', handle: (s) => s.library.competencies() },
  'competencies.create': {
    access: 'owner',
    handle: (s, input) => s.library.addCompetency(input.name, input.description),
  },

  'rubrics.list': { access: 'owner', handle: (s) => s.rubrics.list() },
  'rubrics.get': { access: 'owner', handle: (s, input) => s.rubrics.get(input.versionId) },
  'rubrics.create': { access: 'owner', handle: (s, input) => s.rubrics.create(input) },

  'samples.list': { access: 'owner', handle: (s) => s.samples.list() },
  'samples.identity': { access: 'owner', handle: (s, input) => s.samples.identity(input.sampleId) },
  'anchors.list': { access: 'owner', handle: (s) => s.samples.anchors() },

  'people.list': { access: 'owner', handle: (s) => s.library.people() },
  'people.create': {
    access: 'owner',
    handle: (s, input) => s.library.addPerson(input.name, input.roles),
  },

  'sessions.list': { access: 'owner', handle: (s) => s.sessions.list() },
  'sessions.get': {
    access: 'session',
    handle: (s, input, actor) => s.sessions.get(input.sessionId, actor),
  },
  'sessions.create': {
    access: 'owner',
    handle: (s, input) =>
      s.sessions.create({ ...input, options: { ...DEFAULT_SESSION_OPTIONS, ...input.options } }),
  },
  'sessions.start': {
    access: 'owner',
    handle: (s, input, actor) => s.sessions.start(input.sessionId, actor),
  },
  'sessions.progress': {
    access: 'owner',
    handle: (s, input) => s.sessions.progress(input.sessionId),
  },
  'sessions.nudge': {
    access: 'owner',
    handle: (s, input) => {
      s.sessions.nudge(input.sessionId, input.raterId);
      return DONE;
    },
  },
  'sessions.endScoring': {
    access: 'owner',
    handle: (s, input, actor) => {
      s.sessions.endScoring(input.sessionId, actor);
      return DONE;
    },
  },
  'sessions.reveal': {
    access: 'owner',
    handle: (s, input, actor) => s.sessions.reveal(input.sessionId, input.sampleId, actor),
  },
  'sessions.startSecondRound': {
    access: 'owner',
    handle: (s, input, actor) => s.sessions.startSecondRound(input.sessionId, actor),
  },
  'sessions.close': {
    access: 'owner',
    handle: (s, input, actor) => s.sessions.close(input.sessionId, actor),
  },
  'sessions.startTimer': {
    access: 'owner',
    handle: (s, input) => s.sessions.startTimer(input.sessionId, input.phaseIndex),
  },
  'room.joinCode': {
    access: 'owner',
    handle: (s, input) => ({ code: s.room.joinCode(input.sessionId) }),
  },
  'room.resetRater': {
    access: 'owner',
    handle: (s, input) => {
      s.room.resetRater(input.sessionId, input.personId);
      return DONE;
    },
  },
  'sessions.issueRaterToken': {
    access: 'owner',
    handle: (s, input) => ({ token: s.sessions.issueRaterToken(input.sessionId, input.personId) }),
  },

  'scores.list': {
    access: 'session',
    handle: (s, input, actor) => s.scoring.list(input.sessionId, actor, input.round),
  },
  'scores.record': {
    access: 'session',
    handle: (s, input, actor) => s.scoring.record(input, actor),
  },
  'scores.submit': {
    access: 'session',
    handle: (s, input, actor) => {
      s.scoring.submit(input.sessionId, actor, input.raterId);
      return DONE;
    },
  },
  'scoring.assignment': {
    access: 'session',
    handle: (s, input, actor) => s.scoring.assignment(input.sessionId, actor, input.raterId),
  },
  'samples.content': {
    // A rater names its session so the dispatcher can check it; the service checks the sample.
    access: 'session-optional',
    handle: (s, input, actor) => s.samples.content(input.sampleId, actor, input.sessionId),
  },
  'reveal.view': {
    access: 'session',
    handle: (s, input, actor) => s.discussion.revealView(input.sessionId, actor, input.round),
  },
  'consensus.list': {
    access: 'session',
    handle: (s, input, actor) => s.discussion.consensus(input.sessionId, actor),
  },
  'consensus.record': {
    access: 'owner',
    handle: (s, input, actor) => s.discussion.recordConsensus(input, actor),
  },
  'clarifications.list': {
    access: 'session',
    handle: (s, input) => s.discussion.clarifications(input.sessionId),
  },
  'clarifications.add': {
    access: 'owner',
    handle: (s, input) =>
      s.discussion.addClarification(input.sessionId, input.criterionId, input.text),
  },
};
