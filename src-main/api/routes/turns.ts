import type { turnMethods } from '../contract/turns.js';
import type { AreaRoutes } from '../route.js';
import { DONE } from '../route.js';

export const turnsRoutes: AreaRoutes<typeof turnMethods> = {
  'turns.start': {
    access: 'owner',
    handle: (s, input, actor) => s.turns.start(input.sessionId, input.pin, actor),
  },
  'turns.state': { access: 'device', handle: (s) => s.turns.state() },
  'turns.begin': {
    access: 'device',
    handle: (s, input, actor) => s.turns.begin(input.personId, input.pin, actor),
  },
  'turns.end': { access: 'device', handle: (s, _input, actor) => s.turns.end(actor) },
  'turns.unlock': {
    access: 'device',
    handle: (s, input, actor) => {
      s.turns.unlock(input.pin, actor);
      return DONE;
    },
  },
};
