import { DEFAULT_SESSION_OPTIONS } from '../../domain/session.js';
import type { sessionMethods } from '../contract/sessions.js';
import type { AreaRoutes } from '../route.js';
import { DONE } from '../route.js';

export const sessionsRoutes: AreaRoutes<typeof sessionMethods> = {
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
  'room.addresses': { access: 'owner', handle: (s) => s.room.addresses() },
  'room.host': {
    access: 'owner',
    handle: (s, input) => s.room.host(input.sessionId, input.address),
  },
  'room.info': { access: 'owner', handle: (s, input) => s.room.info(input.sessionId) },
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
};
