// The Reports page on the demo: the owner's copy of the finished session's report previews in the
// page (under the app's strict CSP), downloads as HTML, and prints to PDF on the server (or
// says to use the browser's print dialog where the server has no Chrome, Edge or Chromium).
import { readFileSync } from 'node:fs';
import { expectAccessible } from './accessibility.js';
import { expect, test } from './fixtures.js';
import { expectNamedControls, goTo, openAsOwner } from './pages.js';

test.describe('reports', () => {
  test.use({ demo: true });

  test('preview the owner’s copy, download it as HTML and as a PDF', async ({ page, app }) => {
    test.setTimeout(90_000);
    await openAsOwner(page, app.url);
    await goTo(page, 'Reports');
    await expectNamedControls(page);

    const session = page.getByRole('combobox', { name: 'Session' });
    const october = session.locator('option', { hasText: 'Harlow Road' });
    await session.selectOption((await october.getAttribute('value'))!);
    await page.getByRole('radio', { name: 'Owner’s copy' }).check();
    await page.getByRole('button', { name: 'Show report' }).click();
    const preview = page.getByRole('region', { name: /^Preview:/ });
    await expect(preview).toBeVisible({ timeout: 30_000 });
    await expect(
      preview.getByRole('heading', { level: 1, name: 'Grade 7 moderation: Harlow Road argument' }),
    ).toBeVisible();
    await expect(
      preview.getByRole('heading', { name: 'Raters flagged for follow-up (owner’s copy only)' }),
    ).toBeVisible();
    await expect(preview.locator('svg').first()).toBeVisible();
    // The report's own <main> becomes an article in the preview: one main landmark on the page.
    await expect(page.getByRole('main')).toHaveCount(1);
    await expectAccessible(page, 'the report preview');

    const htmlDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download HTML' }).click();
    const html = await htmlDownload;
    expect(html.suggestedFilename()).toMatch(/-owner-copy\.html$/);
    expect(readFileSync((await html.path())!, 'utf8')).toContain('Raters flagged for follow-up');

    // Where the server has a Chromium it prints the PDF; otherwise the page says to use Print….
    const how = page.getByText(
      /^(The PDF is printed by|This computer has no Chrome, Edge or Chromium)/,
    );
    await expect(how).toBeVisible();
    if ((await how.textContent())!.startsWith('This computer has no Chrome')) {
      await expect(page.getByRole('button', { name: 'Print…' })).toBeEnabled();
      return;
    }
    const pdfDownload = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toMatch(/-owner-copy\.pdf$/);
    expect(
      readFileSync((await pdf.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});
