// The open workspace as the shells and the api see it: what it holds, who a token stands for, and
// a disk failure in plain words. The store stays behind the services; this is its front desk.
import type { Actor } from '../domain/actor.js';
import type { Store } from '../store/index.js';

export function workspaceService(store: Store) {
  return {
    info() {
      return {
        path: store.workspace.path,
        schemaVersion: store.workspace.schemaVersion,
        counts: store.counts(),
      };
    },

    /** The actor a rater's or a candidate's token stands for, or null (revoked, closed, unknown). */
    actorForToken(token: string): Actor | null {
      const grant = store.access.resolveRaterToken(token);
      if (grant) return { role: 'rater', sessionId: grant.sessionId, personId: grant.personId };
      const attempt = store.access.resolveAttemptToken(token);
      return attempt
        ? { role: 'candidate', attemptId: attempt.attemptId, personId: attempt.personId }
        : null;
    },

    personName: (personId: string): string | undefined => store.library.findPerson(personId)?.name,

    /** A full disk, a read-only file or a busy workspace as a clear StorageError; else undefined. */
    explainFailure: (error: unknown) => store.explainFailure(error),

    /** A copy of the whole workspace at `destination` (File → Back up to…). */
    backupTo: (destination: string) => store.workspace.backupTo(destination),
  };
}
export type WorkspaceService = ReturnType<typeof workspaceService>;
