import type { sampleMethods } from '../contract/samples.js';
import type { AreaRoutes } from '../route.js';

export const samplesRoutes: AreaRoutes<typeof sampleMethods> = {
  'samples.list': { access: 'owner', handle: (s) => s.samples.list() },
  'samples.identity': { access: 'owner', handle: (s, input) => s.samples.identity(input.sampleId) },
  'anchors.list': { access: 'owner', handle: (s) => s.samples.anchors() },
  'samples.content': {
    // A rater names its session so the dispatcher can check it; the service checks the sample.
    access: 'session-optional',
    handle: (s, input, actor) => s.samples.content(input.sampleId, actor, input.sessionId),
  },
};
