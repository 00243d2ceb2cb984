// The coach's drift pages on the demo: a rater's figures as shown equal the engine's (read here
// through the api), a threshold change changes the alerts, and the Rasch view opens.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import type { MethodOutput } from '../../src-main/api/contract.js';
import { expect, test } from './fixtures.js';
import type { ServedApp } from './serve.js';
import { expectNamedControls, goTo, openAsOwner } from './pages.js';

type Report = MethodOutput<'drift.report'>;
type Rasch = MethodOutput<'rasch.estimate'>;

async function call<T>(request: APIRequestContext, app: ServedApp, method: string): Promise<T> {
  const response = await request.post(`${app.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${app.token}` },
    data: {},
  });
  expect(response.status(), method).toBe(200);
  return (await response.json()) as T;
}

// How the page is meant to write the figures (rounded percent, signed levels with a real minus).
const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
const signed = (v: number) => {
  const text = Math.abs(v).toFixed(2);
  return Number(text) === 0 ? text : `${v < 0 ? '\u2212' : '+'}${text}`;
};
const lean = (v: number | null) =>
  v === null
    ? '—'
    : Number(Math.abs(v).toFixed(2)) === 0
      ? `${signed(v)} levels (in line)`
      : `${signed(v)} levels (${v < 0 ? 'harsher' : 'more lenient'})`;

test.describe('rater drift', () => {
  test.use({ demo: true });

  test('a rater’s drift page shows the engine’s figures, thresholds move the alerts, Rasch opens', async ({
    page,
    app,
    request,
  }, testInfo) => {
    const { report } = await call<Report>(request, app, 'drift.report');
    const hannah = report.raters.find((r) => r.name === 'Hannah Kowalski')!;
    expect(hannah.sessions).toHaveLength(4);

    await openAsOwner(page, app.url);
    await goTo(page, 'Raters');
    const main = page.getByRole('main');
    const overview = main.getByRole('table', { name: 'Raters on this rubric version' });
    await expect(overview.locator('tbody tr')).toHaveCount(report.raters.length);
    const alerts = main.getByRole('list', { name: 'Alerts' });
    const current = report.raters.flatMap((r) => r.alerts);
    await expect(alerts.getByRole('listitem')).toHaveCount(current.length);
    for (const a of current) await expect(alerts).toContainText(a.message);
    await expect(main.getByRole('img', { name: /exact agreement with consensus/ })).toBeVisible();
    await expectNamedControls(page);
    await page.screenshot({ path: testInfo.outputPath('raters.png'), fullPage: true });

    // One rater's page.
    await overview.getByRole('link', { name: 'Hannah Kowalski' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Hannah Kowalski: drift across sessions' }),
    ).toBeVisible();
    const overall = main.getByRole('table', { name: 'Figures over all sessions' });
    const value = (figure: string) =>
      overall
        .getByRole('row', { name: new RegExp(`^${figure}`) })
        .getByRole('cell')
        .first();
    const o = hannah.overall;
    await expect(value('Exact agreement with consensus')).toHaveText(pct(o.consensus.exact));
    await expect(value('Within one level of consensus')).toHaveText(pct(o.consensus.withinOne));
    await expect(value('Lean against consensus')).toHaveText(lean(o.consensus.severity));
    await expect(value('Exact agreement with anchors')).toHaveText(pct(o.anchors.exact));
    await expect(value('Lean against anchors')).toHaveText(lean(o.anchors.severity));
    await expect(value('Exact agreement with colleagues')).toHaveText(pct(o.colleagues.exact));
    const bySession = main.getByRole('table', { name: 'Hannah Kowalski, session by session' });
    const rows = bySession.locator('tbody tr');
    await expect(rows).toHaveCount(hannah.sessions.length);
    for (const [i, s] of hannah.sessions.entries()) {
      const cells = rows.nth(i).getByRole('cell');
      await expect(rows.nth(i).getByRole('rowheader')).toContainText(s.label);
      await expect(cells.nth(0)).toHaveText(String(s.n));
      await expect(cells.nth(1)).toHaveText(pct(s.consensus.exact));
      await expect(cells.nth(2)).toHaveText(pct(s.consensus.withinOne));
      await expect(cells.nth(3)).toHaveText(lean(s.consensus.severity));
      await expect(cells.nth(4)).toHaveText(pct(s.anchors.exact));
      await expect(cells.nth(6)).toHaveText(pct(s.colleagues.exact));
    }
    const raterAlerts = main.getByRole('list', { name: 'Alerts' });
    await expect(raterAlerts.getByRole('listitem')).toHaveCount(hannah.alerts.length);
    for (const a of hannah.alerts) await expect(raterAlerts).toContainText(a.message);
    await expect(
      main.getByRole('img', { name: /Line chart of Hannah Kowalski’s agreement/ }),
    ).toBeVisible();
    await expect(
      main.getByRole('img', { name: /Line chart of Hannah Kowalski’s lean/ }),
    ).toBeVisible();
    await expectNamedControls(page);
    const png = await page.screenshot({ fullPage: true });
    // At fixed places for people to look at: test-results/drift.png and docs/drift.png.
    for (const folder of ['test-results', 'docs']) {
      mkdirSync(path.resolve(folder), { recursive: true });
      writeFileSync(path.resolve(folder, 'drift.png'), png);
    }

    // A lower exact-agreement threshold: the exact alerts below it go, the others stay.
    await main.getByRole('link', { name: '← Raters' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Raters' })).toBeVisible();
    const exactField = main.getByRole('spinbutton', {
      name: 'Alert when exact agreement with consensus is below (%)',
    });
    await expect(exactField).toHaveValue('70');
    await exactField.fill('50');
    await main.getByRole('button', { name: 'Save thresholds' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'thresholds were saved' }),
    ).toBeVisible();
    const after = (await call<Report>(request, app, 'drift.report')).report;
    expect(after.thresholds.exactWithConsensus).toBe(0.5);
    const now = after.raters.flatMap((r) => r.alerts);
    expect(now.length).toBeLessThan(current.length);
    await expect(alerts.getByRole('listitem')).toHaveCount(now.length);
    for (const a of now) await expect(alerts).toContainText(a.message);
    for (const gone of current.filter((a) => !now.some((b) => b.message === a.message))) {
      await expect(alerts).not.toContainText(gone.message);
    }

    // The Rasch view.
    const { result } = await call<Rasch>(request, app, 'rasch.estimate');
    await main.getByRole('link', { name: 'Rasch measurement (for coaches)' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Rasch measurement (for coaches)' }),
    ).toBeVisible();
    const severity = main.getByRole('table', { name: 'Rater severity (Rasch)' });
    await expect(severity.locator('tbody tr')).toHaveCount(result.raters.elements.length);
    const marcus = report.raters.find((r) => r.name === 'Marcus Bell')!;
    const measured = result.raters.elements.find((e) => e.id === marcus.rater)!;
    const marcusCells = severity.getByRole('row', { name: /^Marcus Bell/ }).getByRole('cell');
    await expect(marcusCells.nth(0)).toHaveText(signed(measured.measure));
    await expect(marcusCells.nth(1)).toHaveText(measured.se.toFixed(2));
    await expect(marcusCells.nth(4)).toHaveText(measured.fairAverage.toFixed(2));
    // The harshest rater comes first.
    const harshest = [...result.raters.elements].sort((a, b) => b.measure - a.measure)[0]!;
    const harshestName = report.raters.find((r) => r.rater === harshest.id)!.name;
    await expect(severity.locator('tbody tr').first().getByRole('rowheader')).toHaveText(
      harshestName,
    );
    const reliability = main
      .getByRole('term')
      .filter({ hasText: /^Rater separation reliability$/ })
      .locator('xpath=following-sibling::dd[1]');
    await expect(reliability).toHaveText(result.raters.reliability.toFixed(2));
    await expectNamedControls(page);
    await page.screenshot({ path: testInfo.outputPath('rasch.png'), fullPage: true });
  });
});
