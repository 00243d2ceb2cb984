import type { driftMethods } from '../contract/drift.js';
import type { AreaRoutes } from '../route.js';

// Rater identities and drift are the coach's and owner's business only.
export const driftRoutes: AreaRoutes<typeof driftMethods> = {
  'drift.versions': { access: 'owner', handle: (s) => s.drift.versions() },
  'drift.report': { access: 'owner', handle: (s, input) => s.drift.report(input.rubricVersionId) },
  'drift.thresholds': { access: 'owner', handle: (s) => s.drift.thresholds() },
  'drift.setThresholds': { access: 'owner', handle: (s, input) => s.drift.setThresholds(input) },
  'rasch.estimate': { access: 'owner', handle: (s, input) => s.drift.rasch(input.rubricVersionId) },
};
