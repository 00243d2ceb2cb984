// A session scored twice (blind, then again after discussion): the report compares the rounds
// with the engine's figures for each round, and counts each round's scores per sample.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src-main/domain/actor.js';
import { sessionReportData } from '../../src-main/reports/session-data.js';
import { renderSessionReport } from '../../src-main/reports/session-report.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';
import type { ScoringFixture, TempApp } from '../helpers/workspace.js';

const OWNER: Actor = { role: 'owner' };
let app: TempApp;
let fx: ScoringFixture;

// [round][rater][sample][criterion]
const SCORES = [
  [
    [
      [1, 2],
      [3, 4],
    ],
    [
      [2, 2],
      [3, 4],
    ],
    [
      [3, 1],
      [2, 4],
    ],
  ],
  [
    [
      [2, 2],
      [3, 4],
    ],
    [
      [2, 2],
      [3, 4],
    ],
    [
      [2, 1],
      [3, 4],
    ],
  ],
];

function score(round: number) {
  fx.raterIds.forEach((raterId, r) => {
    const rater: Actor = { role: 'rater', sessionId: fx.sessionId, personId: raterId };
    fx.sampleIds.forEach((sampleId, s) => {
      fx.criterionIds.forEach((criterionId, c) => {
        app.services.scoring.record(
          {
            sessionId: fx.sessionId,
            sampleId,
            criterionId,
            score: SCORES[round - 1]![r]![s]![c]!,
            note: '',
          },
          rater,
        );
      });
    });
  });
}

beforeAll(() => {
  app = openTempApp();
  fx = scoringFixture(app.services);
  score(1);
  app.services.sessions.reveal(fx.sessionId, undefined, OWNER);
  app.services.sessions.startSecondRound(fx.sessionId, OWNER);
  score(2);
  app.services.sessions.reveal(fx.sessionId, undefined, OWNER);
});
afterAll(() => app.dispose());

const sourcesOf = async (sessionId: string) => ({
  results: await app.services.results.session(sessionId, OWNER),
  drift: app.services.drift,
});

describe('a two-round session report', () => {
  it('holds both rounds and counts each round’s scores per level', async () => {
    const data = sessionReportData(
      app.services.store,
      fx.sessionId,
      'team',
      await sourcesOf(fx.sessionId),
    );
    expect(data.rounds.map((r) => r.round)).toEqual([1, 2]);
    const first = data.samples[0]!.criteria[0]!;
    expect(first.criterion).toBe('Claim');
    expect(first.rounds).toEqual([
      { round: 1, counts: [1, 1, 1, 0], cannotScore: 0 },
      { round: 2, counts: [0, 3, 0, 0], cannotScore: 0 },
    ]);
  });

  it('compares exact agreement of round 1 and round 2 with the change in points', async () => {
    const data = sessionReportData(
      app.services.store,
      fx.sessionId,
      'team',
      await sourcesOf(fx.sessionId),
    );
    const html = renderSessionReport(data);
    const exact = (round: number, name: string) =>
      data.rounds[round - 1]!.report.criteria[name]!.statistics.exact_agreement!.pooled_pairs
        .value!;
    // Claim: round 1 has no equal pair on sample 1 and one of three on sample 2; round 2 agrees
    // fully on both samples.
    expect(exact(1, 'Claim')).toBeCloseTo(1 / 6, 10);
    expect(exact(2, 'Claim')).toBe(1);
    const row = html.slice(html.indexOf('<th scope="row">Claim</th>', html.indexOf('Change')));
    const cells = row.slice(0, row.indexOf('</tr>'));
    expect(cells).toContain('>17%<');
    expect(cells).toContain('>100%<');
    expect(cells).toContain('+83 points');
    expect(html).toContain('Round 2: agreement per criterion');
  });
});
