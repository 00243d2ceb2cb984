import { InputError, ValidationError } from '../../domain/errors.js';
import type { exchangeMethods } from '../contract/exchange.js';
import type { AreaRoutes } from '../route.js';

const publicInfo = ({
  name,
  kind,
  takenAt,
  size,
}: {
  name: string;
  kind: 'auto' | 'manual' | 'before-restore';
  takenAt: string;
  size: number;
}) => ({
  name,
  kind,
  takenAt,
  size,
});

export const exchangeRoutes: AreaRoutes<typeof exchangeMethods> = {
  'exports.ratings': {
    access: 'owner',
    handle: (s, input) => ({
      files: s.exchange.exportRatings({
        format: input.format,
        ...(input.sessionId !== undefined ? { sessionId: input.sessionId } : {}),
        ...(input.sessionIds !== undefined ? { sessionIds: input.sessionIds } : {}),
        ...(input.round !== undefined ? { round: input.round } : {}),
        ...(input.names !== undefined ? { names: input.names } : {}),
      }),
    }),
  },
  'packages.exportSession': {
    access: 'owner',
    handle: (s, input) => {
      const { fileName, bytes } = s.exchange.exportPackage(input.sessionId, {
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.names !== undefined ? { names: input.names } : {}),
      });
      return { fileName, base64: Buffer.from(bytes).toString('base64') };
    },
  },
  'packages.import': {
    access: 'owner',
    handle: async (s, input) => {
      try {
        return await s.exchange.importPackage(
          Buffer.from(input.base64, 'base64'),
          input.fileName ?? 'package.concord',
        );
      } catch (error) {
        // A refused package is bad input to this call, with the package's own explanation.
        if (error instanceof InputError) throw ValidationError.at(['package'], error.message);
        throw error;
      }
    },
  },
  'backups.list': { access: 'owner', handle: (s) => s.backups.list().map(publicInfo) },
  'backups.now': { access: 'owner', handle: async (s) => publicInfo(await s.backups.backupNow()) },
  'backups.preview': { access: 'owner', handle: (s, input) => s.backups.preview(input.name) },
  'backups.restore': {
    access: 'owner',
    handle: async (s, input) => {
      const { restored, safetyCopy, roomClosed } = await s.backups.restore(input.name);
      return { restored, safetyCopy: publicInfo(safetyCopy), roomClosed };
    },
  },
};
