import { expectAccessible } from './accessibility.js';
import { expect, test } from './fixtures.js';
import { bodyRows, expectNamedControls, goTo, openAsOwner } from './pages.js';

test.describe('first run', () => {
  test('offers the demo, loads it, and every section shows the demo data', async ({
    page,
    app,
  }) => {
    // Eight sections, each checked by axe: on a busy 2-core machine this takes about a minute.
    test.setTimeout(120_000);
    await openAsOwner(page, app.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Concord' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start empty' })).toBeVisible();
    await expectAccessible(page, 'the first-run welcome');
    await page.getByRole('button', { name: 'Load the demo workspace' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'demo workspace is loaded' }),
    ).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: /^1 Rubrics/ })).toBeVisible();
    await expect(main.getByRole('link', { name: /^10 Samples/ })).toBeVisible();
    await expect(main.getByRole('link', { name: /^4 Sessions/ })).toBeVisible();
    await expect(main.getByRole('link', { name: /Harlow Road/ })).toBeVisible();

    await goTo(page, 'Rubrics');
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(bodyRows(page).first()).toContainText('4 criteria × 4 levels');
    await expect(bodyRows(page).first()).toContainText('Frozen');
    await expect(
      main.getByText(/Frozen: used by a session, so edits make a new version/),
    ).toBeVisible();
    await main.getByRole('link', { name: /Argument from Data/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Argument from Data/ })).toBeVisible();
    const grid = main.getByRole('table');
    for (const level of ['Not yet', 'Emerging', 'Proficient', 'Advanced']) {
      await expect(grid.getByRole('columnheader', { name: new RegExp(level) })).toBeVisible();
    }
    for (const criterion of ['Claim', 'Evidence', 'Reasoning', 'Communication']) {
      await expect(grid.getByRole('rowheader', { name: criterion })).toBeVisible();
    }

    await goTo(page, 'Samples');
    await expect(bodyRows(page)).toHaveCount(10);
    await expect(main.locator('tbody').getByText('Anchor', { exact: true })).toHaveCount(2);
    await expect(bodyRows(page).first().getByRole('rowheader')).toHaveText(
      /^S-[2-9A-HJ-NP-Z]{4,8}$/,
    );

    await goTo(page, 'Sessions');
    // Three calibration sessions earlier in the year and October's moderation, newest first.
    await expect(bodyRows(page)).toHaveCount(4);
    await expect(bodyRows(page).first()).toContainText(/Closed|Revealed/);
    await main.getByRole('link', { name: /Harlow Road/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Harlow Road/ })).toBeVisible();
    const raters = main.getByRole('table', { name: 'Raters in this session' });
    await expect(raters.locator('tbody tr')).toHaveCount(6);
    await expect(raters.getByRole('rowheader', { name: 'R1' })).toBeVisible();
    await expect(main.getByRole('table', { name: 'Samples in this session' })).toBeVisible();

    await goTo(page, 'Raters');
    await expect(bodyRows(page)).toHaveCount(7);
    await expectNamedControls(page);
    await page.getByRole('textbox', { name: 'Name' }).fill('Robin Ellis');
    await page.getByRole('checkbox', { name: /Rater/ }).uncheck();
    await page.getByRole('checkbox', { name: /Coach/ }).check();
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Robin Ellis was added' }),
    ).toBeVisible();
    await expect(main.getByRole('row', { name: /Robin Ellis\s+Coach/ })).toBeVisible();

    await goTo(page, 'Reports');
    await expect(main.getByRole('link', { name: /Harlow Road/ })).toBeVisible();
    await expect(main.getByRole('button', { name: 'Show report' })).toBeEnabled();

    await goTo(page, 'Home');
    await expect(main.getByRole('link', { name: /^8 People/ })).toBeVisible();
  });
});
