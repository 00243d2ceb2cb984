// The demo's finished session: its results screen shows exactly what the statistics engine
// computes from the exported ratings, R1..Rn for the room unless the owner shows names, and
// charts with names and tables. Screenshots go to test-results/ and docs/ (the README's picture).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { MethodOutput } from '../../src-main/api/contract.js';
import { parseRatingsCsv } from '../../src-main/formats/ratings-csv.js';
import type { AgreementReport, Stat } from '../../src-main/stats/index.js';
import { computeAgreementReport, POOLED, sessionReading } from '../../src-main/stats/index.js';
import { noRangeWords, verdictValue } from '../../src-main/stats/interpret.js';
import { expect, test } from './fixtures.js';
import { ownerCall } from './meeting-helpers.js';
import { expectNamedControls, goTo, openAsOwner } from './pages.js';

test.use({ demo: true, viewport: { width: 1600, height: 1000 } });

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The engine's figures, computed here from the session's exported ratings. */
async function engineReport(app: Parameters<typeof ownerCall>[0], sessionId: string) {
  const detail = (await ownerCall(app, 'sessions.get', {
    sessionId,
  })) as MethodOutput<'sessions.get'>;
  const rubric = (await ownerCall(app, 'rubrics.get', {
    versionId: detail.rubricVersionId,
  })) as MethodOutput<'rubrics.get'>;
  const exported = (await ownerCall(app, 'exports.ratings', {
    sessionId,
    format: 'long',
  })) as MethodOutput<'exports.ratings'>;
  const report = computeAgreementReport(parseRatingsCsv(exported.files[0]!.text), {
    levels: rubric.levels.map((l) => l.value),
    ci: { kind: 'bootstrap', reps: 1000, seed: 1 },
  });
  return { detail, rubric, report };
}

// Written independently of the screen's code: a share as a whole percentage, a coefficient with
// two decimals.
const share = (v: number) => `${Math.round(v * 100)}%`;
const coefficient = (v: number) => (Object.is(Number(v.toFixed(2)), -0) ? '0.00' : v.toFixed(2));

function expectedCell(
  stat: Stat,
  write: (v: number) => string,
  samples: number,
  options: { meaning?: boolean; value?: string } = {},
): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const value = escape(options.value ?? write(stat.value!));
  const words = noRangeWords(stat, samples);
  const [from, to] = [write(stat.ci95_lower ?? NaN), write(stat.ci95_upper ?? NaN)];
  const interval =
    words ??
    (from === to
      ? `95% interval: about ${from} (a very narrow range)`
      : `95% interval: ${from} to ${to}`);
  const meaning = options.meaning ? (stat.interpretation ?? '') : '';
  return new RegExp(`^${value}${escape(interval)}${escape(meaning)}`);
}

async function expectFigures(page: Page, title: string, report: AgreementReport, key: string) {
  const { statistics: s, counts } = report.criteria[key]!;
  const samples = counts.n_samples_pairable;
  const table = page.getByRole('table', { name: `Agreement on ${title}` });
  const cell = (row: string) => table.getByRole('row', { name: row }).getByRole('cell');
  // Shares say what they mean; coefficients are figures only (the criterion's verdict speaks).
  await expect(cell('Exact agreement')).toHaveText(
    expectedCell(s.exact_agreement!.pooled_pairs, share, samples, { meaning: true }),
  );
  await expect(cell('Agreement within one level')).toHaveText(
    expectedCell(s.adjacent_agreement!.pooled_pairs, share, samples, { meaning: true }),
  );
  const alpha = s.krippendorff_alpha!.ordinal;
  await expect(cell('Krippendorff’s alpha (ordinal)')).toHaveText(
    expectedCell(alpha, coefficient, samples, { value: verdictValue(alpha.value!) }),
  );
  await expect(cell('Weighted kappa (quadratic)')).toHaveText(
    expectedCell(s.cohen_kappa!.mean_over_pairs.quadratic, coefficient, samples),
  );
  await expect(cell('Gwet’s AC2 (quadratic)')).toHaveText(
    expectedCell(s.gwet_ac2_quadratic!.full_scale, coefficient, samples),
  );
  const icc = s.icc!.agreement_single;
  await expect(cell('Intraclass correlation (ICC), one rater’s scores')).toHaveText(
    expectedCell(icc, coefficient, icc.n_used),
  );
}

test('the demo session results equal the engine’s figures, with R1..Rn for the room', async ({
  page,
  app,
}) => {
  const sessions = (await ownerCall(app, 'sessions.list', {})) as MethodOutput<'sessions.list'>;
  // The demo's finished moderation session: the latest closed one.
  const session = sessions
    .filter((s) => s.phase === 'closed')
    .sort((a, b) => b.heldOn.localeCompare(a.heldOn))[0]!;
  const { detail, rubric, report } = await engineReport(app, session.id);

  await openAsOwner(page, app.url);
  await goTo(page, 'Sessions');
  await page.getByRole('link', { name: session.title }).click();
  await page.getByRole('link', { name: 'Results' }).click();
  // The first view computes the figures with their intervals (a thousand bootstrap draws), which
  // a busy machine can stretch well past the usual ten seconds.
  await expect(
    page.getByRole('heading', { level: 1, name: `Results: ${session.title}` }),
  ).toBeVisible({ timeout: 30_000 });

  // The one-line reading is the engine's, from the same figures.
  await expect(page.getByText(sessionReading(report), { exact: false })).toBeVisible();

  await expectFigures(page, 'All criteria together', report, POOLED);
  for (const criterion of rubric.criteria) {
    await expectFigures(page, criterion.name, report, criterion.name);
  }

  // Every statistic is explained in a line.
  const glossary = page.getByRole('region', { name: 'What the figures mean' });
  for (const name of [
    'Exact agreement',
    'Krippendorff’s alpha (ordinal)',
    'Gwet’s AC2 (quadratic)',
  ]) {
    await expect(glossary.getByRole('term').filter({ hasText: name })).toBeVisible();
  }

  // Each criterion's score-pair chart has a name whose counts match the engine's exact agreement.
  for (const criterion of rubric.criteria) {
    const chart = page.getByRole('img', { name: new RegExp(`^Score pairs on ${criterion.name}:`) });
    await expect(chart).toBeVisible();
    const label = (await chart.getAttribute('aria-label'))!;
    const [, same, pairs] = /: (\d+) of (\d+) rater pairs/.exec(label)!;
    const exact = report.criteria[criterion.name]!.statistics.exact_agreement!.pooled_pairs;
    expect(Number(same) / Number(pairs)).toBeCloseTo(exact.value!, 12);
    expect(Number(pairs)).toBeGreaterThan(0);
  }
  await expect(page.getByRole('img', { name: /^Heat map of each rater/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Bar chart of the distance/ })).toBeVisible();

  // As the session asks (hidden by default): the heat map's table lists R1..Rn in order, and no
  // name; aliases are drawn at random, so names come in alias order too.
  const seats = [...detail.raters].sort(
    (a, b) => Number(a.alias.slice(1)) - Number(b.alias.slice(1)),
  );
  const aliases = seats.map((r) => r.alias);
  expect(aliases).toEqual(aliases.map((_, i) => `R${i + 1}`));
  const names = seats.map((r) => r.name);
  const hidden = detail.options.hideRaterNames;
  const severity = page.getByRole('table', { name: /^Average difference from/ });
  const rowNames = () => severity.locator('tbody th').allTextContents();
  expect(await rowNames()).toEqual(hidden ? aliases : names);
  const main = page.getByRole('main');
  if (hidden) for (const name of names) await expect(main).not.toContainText(name);

  // Every control has a name; a chart's table can be shown to everyone.
  await expectNamedControls(page);
  const toggle = page.getByRole('button', { name: 'Show as a table: who leans which way' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  const hide = page.getByRole('button', { name: 'Hide the table: who leans which way' });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await expect(severity).toBeInViewport();
  await hide.click();

  await page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, 'test-results/results.png'), fullPage: true });
  await page.screenshot({ path: path.join(ROOT, 'docs/results.png') });

  // The owner switches between names and R1..Rn on their own screen.
  await page.getByRole('checkbox', { name: 'Show raters as R1..Rn for the room' }).click();
  await expect.poll(rowNames).toEqual(hidden ? names : aliases);
});

test('a rater sees only their own results after the reveal', async ({ app, browser }) => {
  const rubrics = (await ownerCall(app, 'rubrics.list', {})) as MethodOutput<'rubrics.list'>;
  const rubric = (await ownerCall(app, 'rubrics.get', {
    versionId: rubrics[0]!.latestVersionId,
  })) as MethodOutput<'rubrics.get'>;
  const samples = (await ownerCall(app, 'samples.list', {})) as MethodOutput<'samples.list'>;
  const anchor = samples.find((s) => s.isAnchor)!;
  const chosen = [anchor, ...samples.filter((s) => !s.isAnchor).slice(0, 2)];
  const people = (await ownerCall(app, 'people.list', {})) as { id: string; name: string }[];
  const idOf = (name: string) => people.find((p) => p.name === name)!.id;
  const [marcus, priya] = [idOf('Marcus Bell'), idOf('Priya Raman')];
  const session = (await ownerCall(app, 'sessions.create', {
    title: 'Own results',
    heldOn: '2026-11-02',
    rubricVersionId: rubric.id,
    sampleIds: chosen.map((s) => s.id),
    raterIds: [marcus, priya],
    options: { randomizeOrder: false },
  })) as { id: string };
  await ownerCall(app, 'sessions.start', { sessionId: session.id });
  // Everyone gives 3 and the consensus is 3, except Marcus gives 2 on Evidence.
  const marcusScore = (criterion: string) => (criterion === 'Evidence' ? 2 : 3);
  for (const sample of chosen) {
    for (const criterion of rubric.criteria) {
      for (const [raterId, score] of [
        [marcus, marcusScore(criterion.name)],
        [priya, 3],
      ] as const) {
        await ownerCall(app, 'scores.record', {
          sessionId: session.id,
          sampleId: sample.id,
          criterionId: criterion.id,
          score,
          raterId,
        });
      }
    }
  }
  await ownerCall(app, 'sessions.reveal', { sessionId: session.id });
  for (const sample of chosen) {
    for (const criterion of rubric.criteria) {
      await ownerCall(app, 'consensus.record', {
        sessionId: session.id,
        sampleId: sample.id,
        criterionId: criterion.id,
        score: 3,
        rationale: 'agreed',
      });
    }
  }
  // Marcus against the anchor's reference scores, worked out here.
  const references = ((await ownerCall(app, 'anchors.list', {})) as MethodOutput<'anchors.list'>)
    .filter((a) => a.sampleId === anchor.id)
    .flatMap((a) => {
      const criterion = rubric.criteria.find((c) => c.key === a.criterionKey);
      return criterion ? [{ criterion: criterion.name, score: a.score }] : [];
    });
  const anchorExact =
    references.filter((r) => marcusScore(r.criterion) === r.score).length / references.length;

  const { token } = (await ownerCall(app, 'sessions.issueRaterToken', {
    sessionId: session.id,
    personId: marcus,
  })) as { token: string };
  const asMarcus = (method: string, input: unknown) =>
    fetch(`${app.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
  expect((await asMarcus('results.mine', { sessionId: session.id, personId: priya })).status).toBe(
    403,
  );
  expect((await asMarcus('results.charts', { sessionId: session.id })).status).toBe(403);

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const rater = await context.newPage();
  await rater.goto(`${app.origin}/#/?token=${token}`);
  const own = rater.getByRole('region', { name: 'Your scores against the team' });
  // 12 scores: 9 equal the consensus, 3 are one level lower (Evidence).
  await expect(own.getByText('lower than the consensus on Evidence')).toBeVisible();
  const consensusCard = own.locator('.card').filter({ hasText: 'Same score as the consensus' });
  await expect(consensusCard).toContainText('75%');
  await expect(consensusCard).toContainText('on average 0.25 levels lower (harsher)');
  const anchorCard = own.locator('.card').filter({ hasText: 'Same score as the anchors' });
  await expect(anchorCard).toContainText(`${Math.round(anchorExact * 100)}%`);
  await expect(anchorCard).toContainText(`${references.length} scores compared`);
  await expect(own).not.toContainText('Priya');
  await rater.screenshot({
    path: path.join(ROOT, 'test-results/results-rater.png'),
    fullPage: true,
  });
  await context.close();
});
