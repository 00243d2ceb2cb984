import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { Actor } from '../../src-main/domain/actor.js';
import { scoringFixture, tempApps } from '../helpers/workspace.js';

const OWNER: Actor = { role: 'owner' };
const temp = tempApps();

describe('exchange api', () => {
  it('exports ratings, packages and backups for the owner only', async () => {
    const a = temp();
    const fx = scoringFixture(a.services);
    const rater: Actor = { role: 'rater', sessionId: fx.sessionId, personId: fx.raterIds[0] };
    a.services.scoring.record(
      {
        sessionId: fx.sessionId,
        sampleId: fx.sampleIds[0]!,
        criterionId: fx.criterionIds[0]!,
        score: 3,
        note: '',
      },
      rater,
    );
    for (const method of ['exports.ratings', 'packages.exportSession', 'backups.list']) {
      const denied = await dispatch(a.services, rater, method, {
        sessionId: fx.sessionId,
        format: 'long',
      });
      expect(denied.ok, method).toBe(false);
    }

    const long = await dispatch(a.services, OWNER, 'exports.ratings', {
      sessionId: fx.sessionId,
      format: 'long',
    });
    expect(long).toMatchObject({ ok: true, result: { files: [{ mediaType: 'text/csv' }] } });
    if (!long.ok) throw new Error('export failed');
    expect((long.result as { files: { text: string }[] }).files[0]!.text).toContain(
      `,${fx.aliases[0]},Claim,3`,
    );
    const facets = await dispatch(a.services, OWNER, 'exports.ratings', {
      sessionId: fx.sessionId,
      format: 'facets',
    });
    expect(facets.ok && (facets.result as { files: unknown[] }).files).toHaveLength(2);
    const bad = await dispatch(a.services, OWNER, 'exports.ratings', { format: 'xlsx' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const pkg = await dispatch(a.services, OWNER, 'packages.exportSession', {
      sessionId: fx.sessionId,
    });
    if (!pkg.ok) throw new Error('package export failed');
    const b = temp();
    const imported = await dispatch(b.services, OWNER, 'packages.import', {
      base64: (pkg.result as { base64: string }).base64,
    });
    expect(imported).toMatchObject({ ok: true, result: { created: { sessions: 1, samples: 2 } } });
    const evil = Buffer.from(zipSync({ '../evil': strToU8('x') })).toString('base64');
    const refused = await dispatch(b.services, OWNER, 'packages.import', { base64: evil });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringContaining('package: package.concord: entry "../evil": refused'),
      },
    });

    const now = await dispatch(a.services, OWNER, 'backups.now', {});
    if (!now.ok) throw new Error('backup failed');
    const name = (now.result as { name: string }).name;
    const list = await dispatch(a.services, OWNER, 'backups.list', {});
    expect(list).toMatchObject({ ok: true, result: [{ name, kind: 'manual' }] });
    expect(JSON.stringify(list)).not.toContain(a.dir); // names only, never paths
    const preview = await dispatch(a.services, OWNER, 'backups.preview', { name });
    expect(preview).toMatchObject({ ok: true, result: { counts: { sessions: 1, scores: 1 } } });
    const outside = await dispatch(a.services, OWNER, 'backups.preview', {
      name: '../workspace.sqlite',
    });
    expect(outside.ok).toBe(false);
  });
});
