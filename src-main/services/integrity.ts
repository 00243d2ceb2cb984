// The rest of the workspace's integrity check when it opened with the quick one (the app and the
// room server open large workspaces that way): what the full check found, for the owner to see.
import type { Store } from '../store/index.js';
import type { ChangeBus } from './events.js';

export function integrityService(store: Store, bus: ChangeBus) {
  let damage: string | null = null;
  return {
    /** Runs the full check now; damage found is kept and every open screen is told. */
    checkFully(): string | null {
      const found = store.workspace.checkFully();
      damage = found && `${found} Restore the workspace from a backup (Data page) before going on.`;
      if (damage) bus.emit({ topic: 'workspace' });
      return damage;
    },
    /** What the last full check found, or null (sound, or not checked since a quick open). */
    damage: () => damage,
    /** A restore replaced the whole content with a checked backup. */
    forget(): void {
      damage = null;
    },
  };
}
