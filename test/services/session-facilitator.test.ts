// The wizard records who ran the meeting when the session is created; the report names them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { Actor } from '../../src-main/domain/actor.js';
import type { ScoringFixture, TempApp } from '../helpers/workspace.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';

const OWNER: Actor = { role: 'owner' };
let app: TempApp;
let f: ScoringFixture;

beforeEach(() => {
  app = openTempApp();
  f = scoringFixture(app.services);
});
afterEach(() => app.dispose());

const draft = (facilitatorId?: string | null) => ({
  title: 'November moderation',
  heldOn: '2026-11-04',
  rubricVersionId: f.rubricVersionId,
  sampleIds: f.sampleIds,
  raterIds: f.raterIds,
  ...(facilitatorId === undefined ? {} : { facilitatorId }),
});

describe('sessions.create and the facilitator', () => {
  it('records the facilitator chosen at creation, for the owner to see', async () => {
    const dana = app.services.library.addPerson('Dana Whitfield', ['facilitator']);
    const created = await dispatch(app.services, OWNER, 'sessions.create', draft(dana.id));
    if (!created.ok) throw new Error(created.error.message);
    const { id, facilitatorId } = created.result as { id: string; facilitatorId: string | null };
    expect(facilitatorId).toBe(dana.id);
    expect(app.services.sessions.get(id, OWNER).facilitatorId).toBe(dana.id);
  });

  it('leaves it unrecorded when none is chosen', async () => {
    const created = await dispatch(app.services, OWNER, 'sessions.create', draft());
    if (!created.ok) throw new Error(created.error.message);
    expect((created.result as { facilitatorId: string | null }).facilitatorId).toBeNull();
  });

  it('refuses a facilitator who is not in the workspace, naming the field', async () => {
    const refused = await dispatch(app.services, OWNER, 'sessions.create', draft('per_nobody'));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('invalid_input');
    expect(refused.error.message).toMatch(/^facilitatorId: no person per_nobody/);
    expect(app.services.sessions.list()).toHaveLength(1);
  });
});
