import type { sampleMethods } from '../contract/samples.js';
import type { AreaRoutes } from '../route.js';
import { DONE } from '../route.js';

export const samplesRoutes: AreaRoutes<typeof sampleMethods> = {
  'samples.list': { access: 'owner', handle: (s) => s.samples.list() },
  'samples.identity': { access: 'owner', handle: (s, input) => s.samples.identity(input.sampleId) },
  'anchors.list': { access: 'owner', handle: (s) => s.samples.anchors() },
  'samples.content': {
    // A rater names its session so the dispatcher can check it; the service checks the sample.
    access: 'session-optional',
    handle: (s, input, actor) => s.samples.content(input.sampleId, actor, input.sessionId),
  },
  // Everything below is owner-only: originals, identities, suggested names and redactions never
  // reach a rater; a rater gets only samples.content of its own session's samples.
  'samples.import': {
    access: 'owner',
    handle: async (s, input) => {
      s.samples.checkTags(input.gradeBandId, input.competencyId);
      const files = input.files.map((f) => ({
        name: f.name,
        bytes: Buffer.from(f.base64, 'base64'),
      }));
      const results = await s.sampleImport.importFiles(files, {
        roster: input.roster,
        gradeBandId: input.gradeBandId,
        competencyId: input.competencyId,
      });
      return { results };
    },
  },
  'samples.parseRoster': {
    access: 'owner',
    handle: (s, input) => ({ names: s.sampleImport.parseRoster(input.text, input.fileName) }),
  },
  'samples.reviewQueue': { access: 'owner', handle: (s) => s.sampleImport.reviewQueue() },
  'samples.redactions': {
    access: 'owner',
    handle: (s, input) => s.sampleImport.redactions(input.sampleId),
  },
  'samples.candidates': {
    access: 'owner',
    handle: (s, input) => s.sampleImport.candidates(input.sampleId),
  },
  'samples.confirmNames': {
    access: 'owner',
    handle: (s, input) => s.sampleImport.confirmNames(input.sampleId, input.names),
  },
  'samples.dismissNames': {
    access: 'owner',
    handle: (s, input) => {
      s.sampleImport.dismissNames(input.sampleId, input.names);
      return DONE;
    },
  },
  'samples.addRedactionBox': {
    access: 'owner',
    handle: (s, { sampleId, ...box }) => s.sampleImport.addRedactionBox(sampleId, box),
  },
  'samples.removeRedactionBox': {
    access: 'owner',
    handle: (s, input) => s.sampleImport.removeRedactionBox(input.sampleId, input.redactionId),
  },
  'samples.original': {
    access: 'owner',
    handle: (s, input, actor) => s.sampleImport.original(input.sampleId, actor),
  },
  'samples.setAnchor': { access: 'owner', handle: (s, input) => s.samples.setAnchor(input) },
  'samples.clearAnchor': {
    access: 'owner',
    handle: (s, input) => {
      s.samples.clearAnchor(input.sampleId);
      return DONE;
    },
  },
  'anchors.library': { access: 'owner', handle: (s) => s.samples.anchorLibrary() },
};
