// Qualification checks: the coach (owner) builds sets and starts attempts; the rater takes an
// attempt with that attempt's own token (a candidate), which opens only the `attempt` methods
// below and only for its own attempt. The attempt view carries no reference score before submit.
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
  'qualification.resumeAttempt': {
    access: 'owner',
    handle: (s, input) => s.qualification.resumeAttempt(input.attemptId),
  },
  'qualification.attempt': {
    access: 'attempt',
    handle: (s, input) => s.qualification.attempt(input.attemptId),
  },
  'qualification.score': {
    access: 'attempt',
    handle: (s, { attemptId, ...score }) => s.qualification.recordScore(attemptId, score),
  },
  'qualification.submit': {
    access: 'attempt',
    handle: (s, input) => s.qualification.submit(input.attemptId),
  },
  'qualification.sample': {
    access: 'attempt',
    handle: (s, input) => s.qualification.sampleContent(input.attemptId, input.sampleId),
  },
};
