import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.js';
import { goTo, openAsOwner, SECTIONS } from './pages.js';

test.describe('with the demo loaded', () => {
  test.use({ demo: true });

  test('the home screen is drawn, not blank', async ({ page, app, context }, testInfo) => {
    await openAsOwner(page, app.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: /Harlow Road/ })).toBeVisible();
    const png = await page.screenshot({ path: testInfo.outputPath('home.png'), fullPage: true });
    // Also at a fixed place (test-results/home.png), for people to look at.
    writeFileSync(path.join(testInfo.project.outputDir, 'home.png'), png);
    expect(png.byteLength).toBeGreaterThan(20_000);

    // Decode the PNG in a blank page (no CSP there) and look at its pixels.
    const blank = await context.newPage();
    const pixels = await blank.evaluate(
      async (dataUrl) => {
        const image = new Image();
        image.src = dataUrl;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context2d = canvas.getContext('2d');
        if (!context2d) throw new Error('no 2d canvas');
        context2d.drawImage(image, 0, 0);
        const { data } = context2d.getImageData(0, 0, image.width, image.height);
        const counts = new Map<number, number>();
        let samples = 0;
        for (let i = 0; i < data.length; i += 4 * 5) {
          const colour = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
          counts.set(colour, (counts.get(colour) ?? 0) + 1);
          samples += 1;
        }
        const dominant = Math.max(...counts.values());
        return { width: image.width, distinct: counts.size, dominantShare: dominant / samples };
      },
      `data:image/png;base64,${png.toString('base64')}`,
    );
    await blank.close();

    expect(pixels.width).toBeGreaterThan(500);
    expect(pixels.distinct).toBeGreaterThan(50);
    expect(pixels.dominantShare).toBeLessThan(0.9);
  });

  test('every section opens from the navigation', async ({ page, app }) => {
    await openAsOwner(page, app.url);
    for (const section of [...SECTIONS.slice(1), 'Home' as const]) {
      await goTo(page, section);
      await expect(
        page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section }),
      ).toHaveAttribute('aria-current', 'page');
    }
  });

  test('a change made elsewhere shows up without a reload', async ({ page, app, request }) => {
    await openAsOwner(page, app.url);
    await goTo(page, 'Raters');
    await expect(page.getByText('Up to date')).toBeVisible();
    const response = await request.post(`${app.origin}/api/people.create`, {
      headers: { Authorization: `Bearer ${app.token}` },
      data: { name: 'Added Elsewhere', roles: ['rater'] },
    });
    expect(response.status()).toBe(200);
    await expect(
      page.getByRole('main').getByRole('rowheader', { name: 'Added Elsewhere' }),
    ).toBeVisible();
  });
});
