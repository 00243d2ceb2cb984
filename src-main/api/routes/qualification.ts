// Qualification checks are run on the coach's device (a rater takes a turn there, as in the
// one-device session flow), so every method is the owner's. What a rater may see during an
// attempt is decided by the service: the attempt view carries no reference score before submit.
import type { qualificationMethods } from '../contract/qualification.js';
import type { AreaRoutes } from '../route.js';

export const qualificationRoutes: AreaRoutes<typeof qualificationMethods> = {
  'qualification.anchors': {
    access: 'owner',
    handle: (s, input) => s.qualification.eligibleAnchors(input.rubricVersionId),
  },
  'qualification.sets': { access: 'owner', handle: (s) => s.qualification.listSets() },
  'qualification.set': {
    access: 'owner',
    handle: (s, input) => s.qualification.getSet(input.setId),
  },
  'qualification.createSet': {
    access: 'owner',
    handle: (s, input) => s.qualification.createSet(input),
  },
  'qualification.updateSet': {
    access: 'owner',
    handle: (s, { setId, ...draft }) => s.qualification.updateSet(setId, draft),
  },
  'qualification.attempts': {
    access: 'owner',
    handle: (s, input) => s.qualification.listAttempts(input.setId),
  },
  'qualification.startAttempt': {
    access: 'owner',
    handle: (s, input) => s.qualification.startAttempt(input.setId, input.personId),
  },
  'qualification.attempt': {
    access: 'owner',
    handle: (s, input) => s.qualification.attempt(input.attemptId),
  },
  'qualification.score': {
    access: 'owner',
    handle: (s, { attemptId, ...score }) => s.qualification.recordScore(attemptId, score),
  },
  'qualification.submit': {
    access: 'owner',
    handle: (s, input) => s.qualification.submit(input.attemptId),
  },
};
