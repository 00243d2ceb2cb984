// Small helpers the specs share: open the app as the owner, and move around by the main nav.
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { expectAccessible } from './accessibility.js';

export const SECTIONS = [
  'Home',
  'Rubrics',
  'Samples',
  'Sessions',
  'Raters',
  'Qualification',
  'Reports',
  'Data',
] as const;
export type Section = (typeof SECTIONS)[number];

export async function openAsOwner(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

export async function goTo(page: Page, section: Section): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section }).click();
  const title = section === 'Home' ? /^(Home|Welcome to Concord)$/ : section;
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectAccessible(page, `the ${section} page`);
}

/** The rows of the main landmark's first table body. */
export function bodyRows(page: Page) {
  return page.getByRole('main').locator('table').first().locator('tbody tr');
}

const CONTROL_ROLES = ['button', 'link', 'textbox', 'checkbox', 'radio', 'combobox', 'spinbutton'];

/** Fails when a control in the main landmark has no accessible name (tests and screen readers need one). */
export async function expectNamedControls(page: Page): Promise<void> {
  const snapshot = await page.getByRole('main').ariaSnapshot();
  const unnamed = snapshot
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => {
      const match = /^- ([a-z]+)(.*)$/.exec(line);
      return match !== null && CONTROL_ROLES.includes(match[1]!) && !/^ "/.test(match[2]!);
    });
  expect(unnamed, 'controls without an accessible name').toEqual([]);
}
