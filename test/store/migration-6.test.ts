// Format 6: aliases of sessions whose scores no rater has seen are drawn again at random (they
// used to follow the order raters were chosen in); revealed sessions keep theirs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/app.js';
import { olderWorkspaceLike } from '../helpers/older-workspace.js';
import type { TempApp } from '../helpers/workspace.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';

let app: TempApp;
beforeEach(() => {
  app = openTempApp();
});
afterEach(() => app.dispose());

/** Sets a session's aliases to the old rule: R1..Rn in the order raters were chosen. */
function oldStyleAliases(sessionId: string): void {
  const db = app.store.workspace.db;
  db.prepare("UPDATE session_raters SET alias = 'x' || position WHERE session_id = ?").run(
    sessionId,
  );
  db.prepare("UPDATE session_raters SET alias = 'R' || (position + 1) WHERE session_id = ?").run(
    sessionId,
  );
}

const aliasesOf = (services: TempApp['services'], sessionId: string) =>
  services.sessions.get(sessionId, { role: 'owner' }).raters.map((r) => r.alias);

describe('migration 6', () => {
  it('draws the aliases of unrevealed sessions again, and leaves revealed ones alone', () => {
    const scoring = Array.from({ length: 12 }, () => scoringFixture(app.services).sessionId);
    const revealed = scoringFixture(app.services).sessionId;
    app.services.sessions.reveal(revealed, undefined, { role: 'owner' });
    for (const id of [...scoring, revealed]) oldStyleAliases(id);
    const path = olderWorkspaceLike(app, 5);
    const upgraded = openApp(path);
    try {
      const after = scoring.map((id) => aliasesOf(upgraded.services, id));
      for (const aliases of after) expect([...aliases].sort()).toEqual(['R1', 'R2', 'R3']);
      // Twelve sessions all left in chosen order by chance: (1/6)^12.
      expect(after.some((a) => a.join() !== 'R1,R2,R3')).toBe(true);
      expect(aliasesOf(upgraded.services, revealed)).toEqual(['R1', 'R2', 'R3']);
      expect(upgraded.store.workspace.schemaVersion).toBeGreaterThanOrEqual(6);
    } finally {
      upgraded.close();
    }
  });
});
