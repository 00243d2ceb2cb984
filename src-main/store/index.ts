// The store's front: one object with every repository over one open workspace.
import { accessRepo } from './access-repo.js';
import { exchangeRepo } from './exchange-repo.js';
import { groupCommit } from './group-commit.js';
import { workspaceCounts } from './counts.js';
import { judgingRepo } from './judging-repo.js';
import { libraryRepo } from './library-repo.js';
import { qualificationRepo } from './qualification-repo.js';
import { rubricsRepo } from './rubrics-repo.js';
import { samplesRepo } from './samples-repo.js';
import { scoresRepo } from './scores-repo.js';
import { sessionsRepo } from './sessions-repo.js';
import { settingsRepo } from './settings-repo.js';
import { turnsRepo } from './turns-repo.js';
import { storageErrorOf } from './storage-errors.js';
import type { Workspace } from './workspace.js';

export function createStore(workspace: Workspace) {
  const { db } = workspace;
  return {
    workspace,
    rubrics: rubricsRepo(db),
    library: libraryRepo(db),
    samples: samplesRepo(db),
    sessions: sessionsRepo(db),
    scores: scoresRepo(db),
    access: accessRepo(db),
    exchange: exchangeRepo(db),
    settings: settingsRepo(db),
    qualification: qualificationRepo(db),
    turns: turnsRepo(db),
    judging: judgingRepo(db),
    /** A disk or file failure (full, read-only, busy) as a clear StorageError; else undefined. */
    explainFailure(error: unknown) {
      return storageErrorOf(error, workspace.path);
    },
    /** Runs fn in one transaction: every multi-row write is all or nothing. */
    transaction<T>(fn: () => T): T {
      return db.transaction(fn)();
    },
    /** Runs fn in a transaction shared with the writes arriving at the same moment (group commit). */
    grouped: groupCommit(db),
    counts: () => workspaceCounts(db),
  };
}
export type Store = ReturnType<typeof createStore>;
export { openWorkspace, WorkspaceError } from './workspace.js';
export { StorageError, storageErrorOf } from './storage-errors.js';
export type { Workspace } from './workspace.js';
