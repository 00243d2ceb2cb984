import type { scoringMethods } from '../contract/scoring.js';
import type { AreaRoutes } from '../route.js';
import { DONE } from '../route.js';

export const scoringRoutes: AreaRoutes<typeof scoringMethods> = {
  'scores.list': {
    access: 'session',
    handle: (s, input, actor) => s.scoring.list(input.sessionId, actor, input.round),
  },
  'scores.record': {
    access: 'session',
    handle: (s, input, actor) => s.scoring.recordGrouped(input, actor),
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
