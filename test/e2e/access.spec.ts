import { expect, test } from './fixtures.js';
import { openAsOwner } from './pages.js';

test.describe('access', () => {
  test.use({ demo: true });

  test('the token leaves the address bar and survives a reload', async ({ page, app }) => {
    await openAsOwner(page, app.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    expect(page.url()).not.toContain(app.token);
    expect(page.url()).not.toContain('token=');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  });

  test('without the token the browser is told which address to open', async ({ page, app }) => {
    await page.goto(`${app.origin}/`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Open the address printed by concord serve' }),
    ).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
  });

  test('the api refuses a call without the token', async ({ request, app }) => {
    const anonymous = await request.post(`${app.origin}/api/sessions.list`, { data: {} });
    expect(anonymous.status()).toBe(401);
    const wrong = await request.post(`${app.origin}/api/sessions.list`, {
      data: {},
      headers: { Authorization: 'Bearer not-the-token' },
    });
    expect(wrong.status()).toBe(401);
    const owner = await request.post(`${app.origin}/api/sessions.list`, {
      data: {},
      headers: { Authorization: `Bearer ${app.token}` },
    });
    expect(owner.status()).toBe(200);
  });
});
