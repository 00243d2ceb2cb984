// Change notifications: services announce what changed, transports push it to open screens.
import type { ChangeTopic } from '../domain/change.js';

export interface Change {
  topic: ChangeTopic;
  sessionId?: string;
  /** Set when the change concerns one rater only (a nudge). */
  personId?: string;
}

export type ChangeListener = (change: Change) => void;

export class ChangeBus {
  private readonly listeners = new Set<ChangeListener>();

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: Change): void {
    for (const listener of this.listeners) listener(change);
  }
}
