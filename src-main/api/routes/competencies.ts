import type { competencyMethods } from '../contract/competencies.js';
import type { AreaRoutes } from '../route.js';

export const competenciesRoutes: AreaRoutes<typeof competencyMethods> = {
  'competencies.update': { access: 'owner', handle: (s, input) => s.competencies.update(input) },
  'competencies.reorder': {
    access: 'owner',
    handle: (s, input) => s.competencies.reorder(input.ids),
  },
  'gradeBands.create': {
    access: 'owner',
    handle: (s, input) => s.competencies.createGradeBand(input.name),
  },
  'gradeBands.rename': {
    access: 'owner',
    handle: (s, input) => s.competencies.renameGradeBand(input.id, input.name),
  },
  'gradeBands.reorder': {
    access: 'owner',
    handle: (s, input) => s.competencies.reorderGradeBands(input.ids),
  },
  'continuum.get': {
    access: 'owner',
    handle: (s, input) => s.competencies.continuum(input.competencyId),
  },
  'continuum.set': {
    access: 'owner',
    handle: (s, input) =>
      s.competencies.setContinuum(input.competencyId, input.gradeBandId, input.levels),
  },
};
