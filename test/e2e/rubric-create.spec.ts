import { expect, test } from './fixtures.js';
import { bodyRows, expectNamedControls, goTo, openAsOwner } from './pages.js';

test.describe('rubrics', () => {
  test('"Start empty" leads to an empty overview, and a rubric can be created', async ({
    page,
    app,
  }) => {
    await openAsOwner(page, app.url);
    await page.getByRole('button', { name: 'Start empty' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await expect(page.getByRole('main').getByText('No sessions yet')).toBeVisible();

    await goTo(page, 'Rubrics');
    await expect(page.getByRole('heading', { name: 'No rubrics yet' })).toBeVisible();
    await page.getByRole('link', { name: 'New rubric' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New rubric' })).toBeVisible();
    await expectNamedControls(page);

    // An incomplete form is refused with the reasons next to it.
    await page.getByRole('button', { name: 'Save rubric' }).click();
    const problems = page.getByRole('alert');
    await expect(problems).toContainText('Title: A rubric needs a title');
    await expect(problems).toContainText('Criterion 1:');

    await page.getByRole('textbox', { name: 'Title' }).fill('Lab report');
    await page.getByRole('textbox', { name: 'Label for level 1' }).fill('Beginning');
    await page.getByRole('button', { name: 'Add level' }).click();
    await expect(page.getByRole('textbox', { name: 'Label for level 5' })).toBeVisible();
    await page.getByRole('button', { name: /^Remove level 5/ }).click();
    await expect(page.getByRole('textbox', { name: 'Label for level 5' })).toHaveCount(0);

    const levels = ['Beginning', 'Emerging', 'Proficient', 'Advanced'];
    await page.getByRole('textbox', { name: 'Name of criterion 1' }).fill('Method');
    await page.getByRole('button', { name: 'Add criterion' }).click();
    await page.getByRole('textbox', { name: 'Name of criterion 2' }).fill('Analysis');
    for (const criterion of ['Method', 'Analysis']) {
      for (const [i, label] of levels.entries()) {
        await page
          .getByRole('textbox', {
            name: `Descriptor for ${criterion} at level ${i + 1} (${label})`,
          })
          .fill(`${criterion} ${label.toLowerCase()} descriptor`);
      }
    }
    await expectNamedControls(page);
    await page.getByRole('button', { name: 'Save rubric' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Lab report' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Lab report' })).toBeVisible();
    const grid = page.getByRole('main').getByRole('table');
    await expect(grid.getByRole('columnheader', { name: /Beginning/ })).toBeVisible();
    await expect(grid.getByRole('rowheader', { name: 'Analysis' })).toBeVisible();
    await expect(grid.getByRole('cell', { name: 'Analysis proficient descriptor' })).toBeVisible();

    await page.getByRole('link', { name: '← All rubrics' }).click();
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(bodyRows(page).first()).toContainText('Lab report');
    await expect(bodyRows(page).first()).toContainText('2 criteria × 4 levels');
  });
});
