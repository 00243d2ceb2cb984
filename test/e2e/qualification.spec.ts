// A qualification check end to end on the demo: the coach makes a set of anchors with a rule and
// starts an attempt; the rater takes it in a browser of its own with the attempt's own key (never
// the coach's), cannot reach the anchor library, sees no reference level before submitting, gets
// feedback with the anchors' rationales and the verdict, and the attempt shows in the coach's table.
import type { Page, Response } from '@playwright/test';
import { expectAccessible } from './accessibility.js';
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

  test('coach sets a rule, a rater takes the check with its own key and sees feedback', async ({
    page: coach,
    app,
    browser,
  }) => {
    test.setTimeout(90_000);
    const references = (await ownerCall(app, 'anchors.list', {})) as AnchorScore[];
    const anchorIds = [...new Set(references.map((r) => r.sampleId))];
    expect(anchorIds.length).toBeGreaterThanOrEqual(2);

    // ── The coach makes a set: both demo anchors, all within one level, at most 1 far off ──
    await openAsOwner(coach, app.url);
    await goTo(coach, 'Qualification');
    const main = coach.getByRole('main');
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
    await expectNamedControls(coach);
    await main.getByRole('button', { name: 'Save set' }).click();
    await expect(
      coach.getByRole('heading', { level: 1, name: 'Qualification checks' }),
    ).toBeVisible();
    await expect(main.getByRole('rowheader', { name: 'Autumn anchor check' })).toBeVisible();

    // ── The coach starts Priya's attempt; it opens with its own key in a browser of its own ──
    await main.getByRole('link', { name: 'Take the check Autumn anchor check' }).click();
    await main.getByRole('button', { name: 'Priya Raman' }).click();
    const open = main.getByRole('link', { name: 'Open the check for Priya Raman' });
    const address = await open.getAttribute('href');
    expect(address).toMatch(/#\/qualify\?token=[A-Za-z0-9_-]{22}$/);
    const token = new URL(address!.replace('#/qualify', '/qualify')).searchParams.get('token')!;

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const rater = await context.newPage();
    const problems = await watchProblems(rater);
    // Every api answer the rater's screens receive before submission is checked for references.
    const seen: Promise<string>[] = [];
    const watch = (response: Response) => {
      if (response.url().includes('/api/')) seen.push(response.text().catch(() => ''));
    };
    rater.on('response', watch);
    await rater.goto(address!);
    await expect(
      rater.getByRole('heading', { level: 1, name: 'Score each anchor on your own' }),
    ).toBeVisible();
    await expect(rater.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    // The key left the address bar, and the anchor library is out of reach, by page or by api.
    expect(rater.url()).not.toContain(token);
    await rater.goto(`${app.origin}/#/samples/anchors`);
    await expect(
      rater.getByRole('heading', { level: 1, name: 'Score each anchor on your own' }),
    ).toBeVisible();
    await expect(rater.getByRole('heading', { name: /anchor library/i })).toHaveCount(0);
    for (const method of ['anchors.list', 'samples.list', 'qualification.attempts']) {
      const refused = await rater.request.post(`${app.origin}/api/${method}`, {
        headers: { Authorization: `Bearer ${token}` },
        data: {},
      });
      expect(refused.status(), method).toBe(403);
    }
    await expectNamedControls(rater);

    // Priya scores every criterion 3 with the keyboard; the set has the anchors in order.
    const criteria = await rater
      .locator('.scorer__name')
      .allTextContents()
      .then((names) => names.map((n) => n.trim()));
    const given = 3;
    for (let sample = 0; sample < anchorIds.length; sample++) {
      await rater.getByRole('heading', { name: criteria[0]!, exact: true }).click();
      for (let i = 0; i < criteria.length; i++) {
        await rater.keyboard.press(String(given));
        if (i < criteria.length - 1) await rater.keyboard.press('ArrowDown');
      }
      await expect(
        rater.getByRole('radio', { name: new RegExp(`^${criteria.at(-1)}: ${given} `) }),
      ).toHaveAttribute('aria-checked', 'true');
      if (sample < anchorIds.length - 1) {
        await rater.getByRole('button', { name: 'Next sample →' }).click();
      }
    }
    await expect(
      rater.getByText(`${anchorIds.length} of ${anchorIds.length} samples`),
    ).toBeVisible();
    await expect(rater.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    for (const r of references) await expect(rater.getByText(r.rationale)).toHaveCount(0);

    rater.off('response', watch);
    const bodies = await Promise.all(seen);
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) {
      for (const r of references) expect(body).not.toContain(r.rationale);
      expect(body).not.toMatch(/"reference"|"rationale"/);
    }

    // ── Submit: instant feedback with every rationale, and the verdict with its figures ──
    await expectAccessible(rater, 'a qualification check being scored');
    await rater.getByRole('button', { name: 'Submit my check' }).click();
    await rater.getByRole('button', { name: 'Submit and see my feedback' }).click();
    await expect(rater.getByRole('heading', { level: 1, name: 'Your feedback' })).toBeVisible();
    const table = rater.getByRole('table', { name: /Your levels against the reference levels/ });
    await expect(table.locator('tbody tr')).toHaveCount(references.length);
    for (const r of references) await expect(table.getByText(r.rationale)).toBeVisible();

    const exact = references.filter((r) => r.score === given).length;
    const within = references.filter((r) => Math.abs(r.score - given) <= 1).length;
    const far = references.length - within;
    const passed = within === references.length && far <= 1;
    await expect(
      rater.getByRole('heading', { level: 2, name: /Passed|Not passed yet/ }),
    ).toHaveText(`${passed ? 'Passed' : 'Not passed yet'}: Autumn anchor check`);
    const facts = rater.locator('.qualification-verdict dl');
    await expect(facts).toContainText(`Exact matches${exact} of ${references.length}`);
    await expect(facts).toContainText(`Within one level${within} of ${references.length}`);
    await expect(facts).toContainText(`Two or more levels away${far}`);
    await rater.evaluate(() => window.scrollTo(0, 0));
    await rater.screenshot({ path: 'test-results/qualification.png', fullPage: true });
    await expectAccessible(rater, 'the qualification feedback');

    // ── Done: the rater's window asks to hand the device back and forgets the key ──
    await rater.getByRole('button', { name: 'Done: hand back to the coach' }).click();
    await expect(
      rater.getByRole('heading', { level: 1, name: 'Please hand the device back to the coach' }),
    ).toBeVisible();
    await rater.reload();
    await expect(rater.getByRole('heading', { name: 'Score each anchor on your own' })).toHaveCount(
      0,
    );
    expect(problems).toEqual([]);
    await context.close();

    // ── Back to the coach: the attempt is in the table ──
    await coach.getByRole('link', { name: '← Qualification checks' }).click();
    await expect(
      coach.getByRole('heading', { level: 1, name: 'Qualification checks' }),
    ).toBeVisible();
    const row = main.getByRole('row').filter({ hasText: 'Priya Raman' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(passed ? 'Passed' : 'Not passed');
    await expect(row).toContainText(`${exact} of ${references.length}`);
    await expectNamedControls(coach);
    await expect(
      main.getByRole('row').filter({ hasText: 'Autumn anchor check' }).first(),
    ).toContainText(`1 (${passed ? 1 : 0} passed)`);
  });
});

/** Console errors, page errors and CSP violations of a page outside the test's own `page`. */
async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}
