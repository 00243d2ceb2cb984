import type { workspaceMethods } from '../contract/workspace.js';
import type { AreaRoutes } from '../route.js';

export const workspaceRoutes: AreaRoutes<typeof workspaceMethods> = {
  'app.whoami': {
    access: 'anyone',
    handle: (s, _input, actor) => {
      if (actor.role === 'owner') {
        const gate = s.turns.gate();
        return gate.kind === 'open'
          ? { role: 'owner' }
          : { role: 'turns', sessionId: gate.sessionId };
      }
      const name = s.workspace.personName(actor.personId) ?? '';
      if (actor.role === 'candidate') {
        return { role: 'candidate', attemptId: actor.attemptId, raterId: actor.personId, name };
      }
      return {
        role: 'rater',
        sessionId: actor.sessionId,
        raterId: actor.personId,
        name,
      };
    },
  },
  'workspace.info': {
    access: 'owner',
    handle: (s) => {
      const { path, schemaVersion, counts } = s.workspace.info();
      return {
        path,
        schemaVersion,
        counts,
        isEmpty: Object.values(counts).every((n) => n === 0),
        damage: s.integrity.damage(),
      };
    },
  },
  'workspace.loadDemo': { access: 'owner', handle: (s) => ({ loaded: s.demo.load() }) },
};
