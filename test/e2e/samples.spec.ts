// Importing work samples through the UI with a class roster, reviewing a suggested name, drawing a
// redaction box with the mouse, and previewing what a rater receives.
import { makeTextPdf } from '../../src-main/services/demo/pdf.js';
import { expect, test } from './fixtures.js';
import { expectNamedControls, goTo, openAsOwner } from './pages.js';

const ESSAY = `Name: Maya Okafor
Build the Footbridge

My partner Sofia Ramirez and I counted the cars. Okafor, M. thinks the bridge is cheaper.
`;

test('import samples with a roster, review a name, draw a box, preview as a rater', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  await openAsOwner(page, app.url);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await goTo(page, 'Samples');
  await expectNamedControls(page);

  await page
    .getByRole('textbox', { name: 'Class roster (optional)' })
    .fill('Maya Okafor\nEli Brooks');
  await page.getByLabel('Choose files to import').setInputFiles([
    { name: 'maya-essay.txt', mimeType: 'text/plain', buffer: Buffer.from(ESSAY) },
    {
      name: 'maya-proposal.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(
        makeTextPdf('Proposal by Maya Okafor', [
          'Maya Okafor, Grade 8',
          'The footbridge costs less.',
          // Enough text for a second page, so the viewer shows its page thumbnails.
          ...Array.from(
            { length: 60 },
            (_, i) => `Traffic count ${i + 1}: more walkers than cars.`,
          ),
        ]),
      ),
    },
    { name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 not really') },
  ]);
  const results = page.getByRole('list', { name: 'Import results' });
  await expect(page.getByText('3 of 3 files — done')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('progressbar')).toHaveAttribute('value', '3');
  await expect(results.getByRole('listitem')).toHaveCount(3);
  await expect(results.getByRole('listitem').filter({ hasText: 'broken.pdf' })).toContainText(
    'Skipped: the PDF cannot be read',
  );
  const essay = results.getByRole('listitem').filter({ hasText: 'maya-essay.txt' });
  await expect(essay).toContainText(/Imported as S-\w{4}.*1 roster name removed.*suggested name/);
  await expect(page.getByText('2 imported, 0 already there, 1 skipped.')).toBeVisible();
  await expect(page.getByRole('main').locator('table')).toContainText('1 name to review');
  await page.screenshot({ path: 'test-results/samples-import.png', fullPage: true });

  // Review the suggested name on the essay.
  await essay.getByRole('link', { name: /^S-/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Sample S-/ })).toBeVisible();
  const preview = page.getByRole('region', { name: /^Sample S-\w+ \(/ });
  await expect(preview).toContainText('Name: [name]');
  await expect(preview).toContainText('Sofia Ramirez');
  const suggested = page.getByRole('list', { name: 'Suggested names' });
  await expect(suggested).toContainText('My partner Sofia Ramirez and I');
  await page.getByRole('button', { name: 'Redact Sofia Ramirez' }).click();
  await expect(page.getByText('No suggested names waiting.')).toBeVisible();
  await expect(preview).toContainText('My partner [name] and I counted the cars. [name] thinks');
  for (const name of ['Maya', 'Okafor', 'Sofia', 'Ramirez'])
    await expect(preview).not.toContainText(name);
  // Identity only behind the toggle.
  await expect(page.getByRole('region', { name: 'Student identity' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show student' }).click();
  await expect(page.getByRole('region', { name: 'Student identity' })).toContainText('Maya Okafor');
  await page.getByRole('button', { name: 'Hide student' }).click();
  await expectNamedControls(page);

  // Draw a redaction box on the PDF's page with the mouse.
  await page.getByRole('link', { name: '← Samples' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samples' })).toBeVisible();
  const rows = page.getByRole('main').locator('table tbody tr').filter({ hasText: 'PDF' });
  await rows.getByRole('link', { name: /^S-/ }).click();
  await expect(page.getByRole('img', { name: /page 1$/ })).toBeVisible({ timeout: 20_000 });
  const secondPage = page.getByRole('button', { name: 'Page 2' });
  await expect
    .poll(() => secondPage.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width))
    .toBeGreaterThan(0);
  await secondPage.click();
  await expect(page.getByRole('img', { name: /page 2$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Page 1' }).click();
  await page.getByRole('button', { name: 'Draw a redaction box' }).click();
  const layer = page.getByTestId('box-layer-page-1');
  // The page fills the pane's width, so it is taller than the window: draw near its top.
  await layer.scrollIntoViewIfNeeded();
  const box = (await layer.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.1);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.15, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.85, box.y + box.height * 0.2, { steps: 5 });
  await page.mouse.up();
  const boxes = page.getByRole('list', { name: 'Redaction boxes' });
  await expect(boxes).toContainText(/Box 1: page 1, from 55(\.\d)?% across/);
  await page.getByRole('button', { name: 'Stop drawing' }).click();
  await expect(page.getByRole('img', { name: /page 1$/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/samples.png', fullPage: true });
});

test.describe('anchors', () => {
  test.use({ demo: true });

  test('an anchor’s reference scores are edited on its page and listed in the library', async ({
    page,
    app,
  }) => {
    await openAsOwner(page, app.url);
    await goTo(page, 'Samples');
    await page.getByRole('link', { name: 'Anchor library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Anchor library' })).toBeVisible();
    const rows = page.getByRole('main').locator('table tbody tr');
    await expect(rows.first()).toBeVisible();
    await rows.first().getByRole('link', { name: /^S-/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Sample S-/ })).toBeVisible();
    const rationale = page.getByRole('textbox', { name: /^Rationale for / }).first();
    await expect(rationale).not.toHaveValue('');
    await rationale.fill('Names the claim in the first sentence and keeps to it.');
    await page.getByRole('button', { name: 'Save anchor' }).click();
    await expect(page.getByText('Saved as an anchor.')).toBeVisible();
    await expectNamedControls(page);
    await page.getByRole('link', { name: '← Samples' }).click();
    await page.getByRole('link', { name: 'Anchor library' }).click();
    await expect(page.getByRole('main').locator('table')).toContainText(
      'Names the claim in the first sentence and keeps to it.',
    );
  });
});
