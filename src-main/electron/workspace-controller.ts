// The one open workspace of the app, which File > Open Workspace… can swap for another. Pure of
// Electron: `open` is openApp in the app and a fake in tests.
import type { OpenedApp } from '../app.js';
import type { Services } from '../services/index.js';

export interface WorkspaceController {
  path(): string;
  services(): Services;
  /** Opens the new file first, so a file that cannot be opened leaves the current one in use. */
  switchTo(path: string): void;
  onSwitch(listener: (services: Services) => void): () => void;
  close(): void;
}

export function createWorkspaceController(
  open: (path: string) => OpenedApp,
  initialPath: string,
): WorkspaceController {
  let currentPath = initialPath;
  let current: OpenedApp | null = open(initialPath);
  const listeners = new Set<(services: Services) => void>();

  const opened = (): OpenedApp => {
    if (current === null) throw new Error('The workspace is closed.');
    return current;
  };

  return {
    path: () => currentPath,
    services: () => opened().services,
    switchTo(path) {
      const next = open(path);
      const previous = current;
      current = next;
      currentPath = path;
      previous?.close();
      for (const listener of listeners) listener(next.services);
    },
    onSwitch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      current?.close();
      current = null;
    },
  };
}
