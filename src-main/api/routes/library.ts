import type { libraryMethods } from '../contract/library.js';
import type { AreaRoutes } from '../route.js';

export const libraryRoutes: AreaRoutes<typeof libraryMethods> = {
  'gradeBands.list': { access: 'owner', handle: (s) => s.library.gradeBands() },
  'competencies.list': { access: 'owner', handle: (s) => s.library.competencies() },
  'competencies.create': {
    access: 'owner',
    handle: (s, input) => s.library.addCompetency(input.name, input.description),
  },
  'people.list': { access: 'owner', handle: (s) => s.library.people() },
  'people.create': {
    access: 'owner',
    handle: (s, input) => s.library.addPerson(input.name, input.roles),
  },
};
