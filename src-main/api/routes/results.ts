import type { resultMethods } from '../contract/results.js';
import type { AreaRoutes } from '../route.js';

export const resultsRoutes: AreaRoutes<typeof resultMethods> = {
  'results.session': {
    access: 'session',
    handle: (s, input, actor) => s.results.session(input.sessionId, actor),
  },
  'results.charts': {
    access: 'owner',
    handle: (s, input, actor) => s.results.charts(input.sessionId, actor),
  },
  'results.mine': {
    access: 'session',
    handle: (s, input, actor) => s.results.mine(input.sessionId, actor, input.personId),
  },
};
