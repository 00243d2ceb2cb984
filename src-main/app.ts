// Opens a workspace and wires the layers over it: what every shell (CLI, room server, Electron)
// starts from.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { JobRunner } from './jobs/runner.js';
import { createServices } from './services/index.js';
import type { Services } from './services/index.js';
import type { Store } from './store/index.js';
import { createStore, openWorkspace, WorkspaceError } from './store/index.js';
import { networkRefusal } from './store/network-storage.js';
import { messageOf } from './domain/errors.js';

export interface OpenedApp {
  services: Services;
  /**
   * The store under the services, for the shells' own wiring and for tests that set up or read
   * rows directly. The api and the transports get only the services.
   */
  store: Store;
  close(): void;
}

export interface OpenAppOptions {
  /**
   * 'before-open' (the default) refuses a damaged workspace outright. 'soon' opens after the quick
   * check (every page's structure; a 300,000-score workspace opens in a third of the time) and
   * runs the full one a moment later, reporting damage to `report` and on the owner's screens:
   * for the app and the room server, which stay open.
   */
  fullCheck?: 'before-open' | 'soon';
  /** Where what the later full check finds (damage, or that it could not run) is logged. */
  report?: (message: string) => void;
  /** Where heavy work runs (worker threads for the app and the room server); here by default. */
  jobs?: JobRunner;
}

/** How long after a quick open the full check runs: the first screen has been served by then. */
export const FULL_CHECK_DELAY_MS = 3000;

export function openApp(workspacePath: string, options: OpenAppOptions = {}): OpenedApp {
  // Refused before its folder is made: nothing is left behind on a network drive.
  const refusal = networkRefusal(workspacePath);
  if (refusal) throw new WorkspaceError(refusal);
  mkdirSync(dirname(workspacePath), { recursive: true });
  const soon = options.fullCheck === 'soon';
  const workspace = openWorkspace(workspacePath, { check: soon ? 'quick' : 'full' });
  const store = createStore(workspace);
  const services = createServices(store, { jobs: options.jobs });
  const fullCheck = soon
    ? setTimeout(() => {
        try {
          const damage = services.integrity.checkFully();
          if (damage) options.report?.(damage);
        } catch (error) {
          // A busy or vanished disk: the app goes on; the check runs again at the next start.
          options.report?.(
            `The full integrity check of ${workspacePath} could not run: ${messageOf(error)}`,
          );
        }
      }, FULL_CHECK_DELAY_MS).unref()
    : undefined;
  return {
    services,
    store,
    close: () => {
      clearTimeout(fullCheck);
      workspace.close();
    },
  };
}
