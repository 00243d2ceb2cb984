import type { judgingMethods } from '../contract/judging.js';
import { DEFAULT_SESSION_OPTIONS } from '../../domain/session.js';
import type { AreaRoutes } from '../route.js';

export const judgingRoutes: AreaRoutes<typeof judgingMethods> = {
  'judging.create': {
    access: 'owner',
    handle: (s, { judgeIds, hideRaterNames, ...draft }) =>
      s.judging.create({
        ...draft,
        raterIds: judgeIds,
        options: { ...DEFAULT_SESSION_OPTIONS, hideRaterNames },
      }),
  },
  'judging.turn': {
    access: 'session',
    handle: (s, input, actor) => s.judging.turn(input.sessionId, actor, input.judgeId),
  },
  'judging.choose': {
    access: 'session',
    handle: (s, input, actor) => s.judging.choose(input, actor),
  },
  'judging.progress': {
    access: 'owner',
    handle: (s, input) => s.judging.progress(input.sessionId),
  },
  'judging.scale': {
    access: 'owner',
    handle: (s, input) => s.judging.scale(input.sessionId),
  },
  'judging.results': {
    access: 'owner',
    handle: (s, input) => s.judgingResults.results(input.sessionId),
  },
  'judging.export': {
    access: 'owner',
    handle: (s, input) => s.judgingResults.export(input.sessionId, input.what),
  },
};
