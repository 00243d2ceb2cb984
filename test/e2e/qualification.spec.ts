// A qualification check end to end on the demo: the coach makes a set of anchors with a rule, a
// rater takes it on the coach's device without seeing any reference level, gets feedback with the
// anchors' rationales and the verdict, and the attempt shows in the coach's table.
import type { Response } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { ownerCall } from './meeting-helpers.js';
import { expectNamedControls, goTo, openAsOwner } from './pages.js';

interface AnchorScore {
  sampleId: string;
  criterionKey: string;
  score: number;
  rationale: string;
}

test.describe('qualification check', () => {
  test.use({ demo: true });

  test('coach sets a rule, a rater takes the check and sees feedback', async ({ page, app }) => {
    test.setTimeout(90_000);
    const references = (await ownerCall(app, 'anchors.list', {})) as AnchorScore[];
    const anchorIds = [...new Set(references.map((r) => r.sampleId))];
    expect(anchorIds.length).toBeGreaterThanOrEqual(2);

    // ── The coach makes a set: both demo anchors, all within one level, at most 1 far off ──
    await openAsOwner(page, app.url);
    await goTo(page, 'Qualification');
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'New qualification set' }).click();
    await main.getByRole('textbox', { name: 'Title' }).fill('Autumn anchor check');
    await main.getByRole('radio', { name: /Argument from Data/ }).check();
    const anchorBoxes = main.getByRole('checkbox', { name: /^Use anchor S-/ });
    await expect(anchorBoxes).toHaveCount(anchorIds.length);
    for (const box of await anchorBoxes.all()) await box.check();
    await main
      .getByRole('button', { name: 'Use: All within one level, at most 1 two or more away' })
      .click();
    await expect(main.getByText(/To pass:/)).toContainText(
      'Every score within one level of the reference; At most 1 score two or more levels away',
    );
    await expectNamedControls(page);
    await main.getByRole('button', { name: 'Save set' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Qualification checks' }),
    ).toBeVisible();
    await expect(main.getByRole('rowheader', { name: 'Autumn anchor check' })).toBeVisible();

    // ── A rater takes it on this device ──
    // Every api answer the rater's screens receive before submission is checked for references.
    const seen: Promise<string>[] = [];
    const watch = (response: Response) => {
      if (response.url().includes('/api/')) seen.push(response.text().catch(() => ''));
    };
    page.on('response', watch);

    await main.getByRole('link', { name: 'Take the check Autumn anchor check' }).click();
    await main.getByRole('button', { name: 'Priya Raman' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Score each anchor on your own' }),
    ).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

    await expectNamedControls(page);

    // Priya scores every criterion 3 with the keyboard; the set has the anchors in order.
    const criteria = await page
      .locator('.scorer__name')
      .allTextContents()
      .then((names) => names.map((n) => n.trim()));
    const given = 3;
    for (let sample = 0; sample < anchorIds.length; sample++) {
      await page.getByRole('heading', { name: criteria[0]!, exact: true }).click();
      for (let i = 0; i < criteria.length; i++) {
        await page.keyboard.press(String(given));
        if (i < criteria.length - 1) await page.keyboard.press('ArrowDown');
      }
      await expect(
        page.getByRole('radio', { name: new RegExp(`^${criteria.at(-1)}: ${given} `) }),
      ).toHaveAttribute('aria-checked', 'true');
      if (sample < anchorIds.length - 1) {
        await page.getByRole('button', { name: 'Next sample →' }).click();
      }
    }
    await expect(
      page.getByText(`${anchorIds.length} of ${anchorIds.length} samples`),
    ).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    for (const r of references) await expect(page.getByText(r.rationale)).toHaveCount(0);

    page.off('response', watch);
    const bodies = await Promise.all(seen);
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) {
      for (const r of references) expect(body).not.toContain(r.rationale);
      expect(body).not.toMatch(/"reference"|"rationale"/);
    }

    // ── Submit: instant feedback with every rationale, and the verdict with its figures ──
    await page.getByRole('button', { name: 'Submit my check' }).click();
    await page.getByRole('button', { name: 'Submit and see my feedback' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your feedback' })).toBeVisible();
    const table = page.getByRole('table', { name: /Your levels against the reference levels/ });
    await expect(table.locator('tbody tr')).toHaveCount(references.length);
    for (const r of references) await expect(table.getByText(r.rationale)).toBeVisible();

    const exact = references.filter((r) => r.score === given).length;
    const within = references.filter((r) => Math.abs(r.score - given) <= 1).length;
    const far = references.length - within;
    const passed = within === references.length && far <= 1;
    await expect(page.getByRole('heading', { level: 2, name: /Passed|Not passed yet/ })).toHaveText(
      `${passed ? 'Passed' : 'Not passed yet'}: Autumn anchor check`,
    );
    const facts = page.locator('.qualification-verdict dl');
    await expect(facts).toContainText(`Exact matches${exact} of ${references.length}`);
    await expect(facts).toContainText(`Within one level${within} of ${references.length}`);
    await expect(facts).toContainText(`Two or more levels away${far}`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'test-results/qualification.png', fullPage: true });

    // ── Back to the coach: the attempt is in the table ──
    await page.getByRole('button', { name: 'Done: hand back to the coach' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Qualification checks' }),
    ).toBeVisible();
    const row = main.getByRole('row').filter({ hasText: 'Priya Raman' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(passed ? 'Passed' : 'Not passed');
    await expect(row).toContainText(`${exact} of ${references.length}`);
    await expectNamedControls(page);
    await expect(
      main.getByRole('row').filter({ hasText: 'Autumn anchor check' }).first(),
    ).toContainText(`1 (${passed ? 1 : 0} passed)`);
  });
});
