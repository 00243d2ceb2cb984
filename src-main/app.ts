// Opens a workspace and wires the layers over it: what every shell (CLI, room server, Electron)
// starts from.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createServices } from './services/index.js';
import type { Services } from './services/index.js';
import { createStore, openWorkspace } from './store/index.js';

export interface OpenedApp {
  services: Services;
  close(): void;
}

export function openApp(workspacePath: string): OpenedApp {
  mkdirSync(dirname(workspacePath), { recursive: true });
  const workspace = openWorkspace(workspacePath);
  const services = createServices(createStore(workspace));
  return { services, close: () => workspace.close() };
}
