import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { SessionResults } from '../../src-main/services/results.js';
import { criterionVerdict, READING } from '../../src-main/stats/interpret.js';
import type { ScoringFixture, TempApp } from '../helpers/workspace.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';
import { runConcord } from '../helpers/cli.js';

let app: TempApp;
beforeEach(() => {
  app = openTempApp();
});
afterEach(() => app.dispose());

describe('session results', () => {
  it('equal, figure for figure, what concord stats computes from the exported ratings', async () => {
    app.services.demo.load();
    const [session] = app.services.sessions.list();
    const results = await app.services.results.session(session!.id, { role: 'owner' });
    expect(results.rounds.map((r) => r.round)).toEqual([1]);

    const [file] = app.services.exchange.exportRatings({ sessionId: session!.id, format: 'long' });
    const csv = join(app.dir, 'ratings.csv');
    writeFileSync(csv, file!.text);
    const levels = results.levels.map((l) => l.value).join(',');
    const run = await runConcord(['stats', csv, '--levels', levels, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(results.rounds[0]!.report)));
  });

  it('carry through the api the verdicts, the reading scheme and the ICC with its interval', async () => {
    app.services.demo.load();
    const [session] = app.services.sessions.list();
    const answer = await dispatch(app.services, { role: 'owner' }, 'results.session', {
      sessionId: session!.id,
    });
    expect(answer.ok).toBe(true);
    const results = answer.ok ? (answer.result as SessionResults) : null;
    expect(results!.scheme).toEqual(READING);
    const [round] = results!.rounds;
    expect(Object.keys(round!.verdicts).sort()).toEqual(Object.keys(round!.report.criteria).sort());
    for (const [key, c] of Object.entries(round!.report.criteria)) {
      expect(round!.verdicts[key]).toEqual(criterionVerdict(c));
      const icc = c.statistics.icc![READING.icc.form];
      expect(icc.defined, key).toBe(true);
      expect(icc.ci95_lower).toBeLessThan(icc.value!);
      expect(icc.ci95_upper).toBeGreaterThan(icc.value!);
    }
    // The demo's criteria all rest on the same samples: one caution for the page.
    expect(round!.warnings).toHaveLength(1);
    expect(round!.warnings[0]!.criteria).toEqual(results!.criteria.map((c) => c.name));
  });

  it('opens to raters only after reveal, with names hidden as the session asks', async () => {
    const f: ScoringFixture = scoringFixture(app.services);
    const ana = { role: 'rater' as const, sessionId: f.sessionId, personId: f.raterIds[0] };
    for (const [i, raterId] of f.raterIds.entries()) {
      app.services.scoring.record(
        {
          sessionId: f.sessionId,
          sampleId: f.sampleIds[0]!,
          criterionId: f.criterionIds[0]!,
          score: 1 + i,
          note: '',
          raterId,
        },
        { role: 'owner' },
      );
    }
    expect(
      await dispatch(app.services, ana, 'results.session', { sessionId: f.sessionId }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    app.services.sessions.reveal(f.sessionId, undefined, { role: 'owner' });
    const seen = await dispatch(app.services, ana, 'results.session', { sessionId: f.sessionId });
    expect(seen.ok).toBe(true);
    const results = seen.ok ? (seen.result as SessionResults) : null;
    const anaAlias = app.services.sessions
      .get(f.sessionId, { role: 'owner' })
      .raters.find((r) => r.name === 'Ana')!.alias;
    // A rater's device gets aliases in alias order, its own marked, no person ids, no names.
    expect(results?.raters).toEqual(
      ['R1', 'R2', 'R3'].map((label) => ({
        label,
        personId: null,
        name: null,
        you: label === anaAlias,
      })),
    );
    const owner = await app.services.results.session(f.sessionId, { role: 'owner' });
    expect(owner.raters.map((r) => r.name).sort()).toEqual(['Ana', 'Ben', 'Cleo']);
    expect(owner.raters.map((r) => r.label)).toEqual(['R1', 'R2', 'R3']);
    // Three raters gave 1, 2 and 3 on one sample: no pair agrees exactly, two of three are adjacent.
    const claim = owner.rounds[0]!.report.criteria['Claim']!;
    expect(claim.statistics.exact_agreement!.pooled_pairs.value).toBe(0);
    expect(claim.statistics.adjacent_agreement!.pooled_pairs.value).toBeCloseTo(2 / 3, 12);
  });
});
