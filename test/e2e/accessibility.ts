// axe-core against the page as it stands: a serious or critical finding fails the test, named by
// the page state it was found in, the rule and the elements it concerns.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

const FAILING_IMPACTS = new Set(['serious', 'critical']);

export async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const findings = results.violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} — ` +
        violation.nodes
          .slice(0, 5)
          .map((node) => node.target.join(' '))
          .join(' | '),
    );
  expect.soft(findings, `axe findings on ${state}`).toEqual([]);
}
