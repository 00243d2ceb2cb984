// Who may call what: every method's access rule and its handler over the services.
import type { Actor } from '../domain/actor.js';
import type { Services } from '../services/index.js';
import { loadDemo } from '../services/demo/load.js';
import type { MethodName, MethodOutput, ParsedInput } from './contract.js';

/**
 * owner: only the person at the desktop (or holding the owner token).
 * session: the owner, or a rater of the session named by the input's `sessionId`.
 * anyone: every authenticated caller.
 */
export type Access = 'owner' | 'session' | 'anyone';

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
  'consensus.list': {
    access: 'session',
    handle: (s, input, actor) => s.scoring.consensus(input.sessionId, actor),
  },
};
