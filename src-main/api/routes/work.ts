import type { workMethods } from '../contract/work.js';
import type { AreaRoutes } from '../route.js';

export const workRoutes: AreaRoutes<typeof workMethods> = {
  'work.list': { access: 'owner', handle: (s) => s.work.list() },
};
