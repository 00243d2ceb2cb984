import type { rubricMethods } from '../contract/rubrics.js';
import type { AreaRoutes } from '../route.js';

export const rubricsRoutes: AreaRoutes<typeof rubricMethods> = {
  'rubrics.list': { access: 'owner', handle: (s) => s.rubrics.list() },
  'rubrics.get': { access: 'owner', handle: (s, input) => s.rubrics.get(input.versionId) },
  'rubrics.create': { access: 'owner', handle: (s, input) => s.rubrics.create(input) },
};
