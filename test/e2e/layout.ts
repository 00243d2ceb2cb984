// Checks on how a page sits on its screen, shared by the screen-size and device specs.
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * Nothing is still loading, and charts have had their frame to draw. A page's first results are
 * computed with their intervals, which a busy machine can stretch past the usual ten seconds.
 */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 30_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

/** A page wider than the screen makes the whole page slide sideways under the finger. */
export async function expectNoSidewaysScroll(page: Page, state: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect.soft(overflow, `${state}: the page is wider than the screen by`).toBeLessThanOrEqual(0);
}
