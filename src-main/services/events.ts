// Change notifications: services announce what changed, transports push it to open screens.
import type { ChangeTopic } from '../domain/change.js';

export interface Change {
  topic: ChangeTopic;
  sessionId?: string;
  /** Set when the change concerns one rater only (a nudge, a rater's own score). */
  personId?: string;
}

export type ChangeListener = (change: Change) => void;

export class ChangeBus {
  private readonly listeners = new Set<ChangeListener>();

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private held = 0;

  emit(change: Change): void {
    if (this.held > 0) return;
    for (const listener of this.listeners) listener(change);
  }

  /**
   * Runs a bulk write (the demo: hundreds of scores) with its per-row changes held back, then
   * announces `after` once, so open screens refetch once rather than once per row.
   */
  quietly<T>(write: () => T, after: Change): T {
    this.held++;
    try {
      return write();
    } finally {
      this.held--;
      if (this.held === 0) this.emit(after);
    }
  }
}
