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
    const data = sessionReportData(app.store, fx.sessionId, 'team', await sourcesOf(fx.sessionId));
    expect(data.rounds.map((r) => r.round)).toEqual([1, 2]);
    const first = data.samples[0]!.criteria[0]!;
    expect(first.criterion).toBe('Claim');
    expect(first.rounds).toEqual([
      { round: 1, counts: [1, 1, 1, 0], cannotScore: 0 },
      { round: 2, counts: [0, 3, 0, 0], cannotScore: 0 },
    ]);
  });

  it('compares exact agreement of round 1 and round 2 with the change in points', async () => {
    const data = sessionReportData(app.store, fx.sessionId, 'team', await sourcesOf(fx.sessionId));
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

describe('a report on two samples', () => {
  it('says in words that they are too few for a range, and gives each round its verdicts and details', async () => {
    const data = sessionReportData(app.store, fx.sessionId, 'team', await sourcesOf(fx.sessionId));
    const html = renderSessionReport(data);
    // Two samples (four units pooled): no interval is printed, "0% [0%, 0%]" least of all.
    expect(html).toContain('too few samples for a range');
    expect(html).not.toMatch(/\[-?\d[\d.]*%?, -?\d[\d.]*%?\]/);
    for (const round of [1, 2]) {
      expect(html).toContain(`Round ${round}: agreement per criterion`);
      expect(html).toContain(`Round ${round}, details: other agreement figures`);
    }
    // Both criteria rest on two samples: the caution is one sentence.
    expect(html.split('not stable yet')).toHaveLength(2);
    expect(html).toContain('Only 2 samples were scored by two or more raters on each criterion');
  });
});

describe('the verdict in a report', () => {
  it('follows the unrounded alpha, and its value never reads as the next band', async () => {
    // A copy: the results service keeps its figures for the next view.
    const data = structuredClone(
      sessionReportData(app.store, fx.sessionId, 'team', await sourcesOf(fx.sessionId)),
    );
    const alpha = data.rounds[1]!.report.criteria['Claim']!.statistics.krippendorff_alpha!.ordinal;
    alpha.value = 0.79996;
    const html = renderSessionReport(data);
    const table = html.slice(html.indexOf('Round 2: agreement per criterion'));
    const from = table.slice(table.indexOf('<th scope="row">Claim</th>'));
    const row = from.slice(0, from.indexOf('</tr>'));
    // Three decimals would write 0.800 beside "Tentative": four, cut, instead.
    expect(row).toContain('Tentative');
    expect(row).toContain('0.7999');
    expect(row).not.toContain('0.800');
    // The before-and-after table writes it the same way.
    const compare = html.slice(html.indexOf('before and after discussion'));
    const claim = compare.slice(compare.indexOf('<th scope="row">Claim</th>'));
    expect(claim.slice(0, claim.indexOf('</tr>'))).toContain('>0.7999<');
  });
});
