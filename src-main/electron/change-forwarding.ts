// Pushes the open workspace's change events to the window, following File > Open Workspace….
// Only { topic, sessionId } crosses to the renderer, never anything else a change might carry.
import { hears, listenerOf } from '../api/audience.js';
import type { Change } from '../services/events.js';
import type { WorkspaceController } from './workspace-controller.js';

export type ChangeMessage = Change;

export function forwardChanges(
  workspace: WorkspaceController,
  send: (change: ChangeMessage) => void,
): () => void {
  // The window holds the owner's access, which one-device turns may lock (api/audience.ts).
  const forward = (change: Change) => {
    if (hears(listenerOf(workspace.services(), { role: 'owner' }), change)) {
      send(toChangeMessage(change));
    }
  };
  let unsubscribe = workspace.services().bus.subscribe(forward);
  const stopFollowing = workspace.onSwitch((services) => {
    unsubscribe();
    unsubscribe = services.bus.subscribe(forward);
    send({ topic: 'workspace' });
  });
  return () => {
    stopFollowing();
    unsubscribe();
  };
}

export function toChangeMessage(change: Change): ChangeMessage {
  return change.sessionId === undefined
    ? { topic: change.topic }
    : { topic: change.topic, sessionId: change.sessionId };
}
