// Fixtures for the end-to-end tests: a served app per test, and a page that fails the test on any
// console error, uncaught exception or Content-Security-Policy violation.
import { expect, test as base } from '@playwright/test';
import type { ServedApp } from './serve.js';
import { serveConcord } from './serve.js';

interface Fixtures {
  /** Start the server with the demo workspace already loaded. */
  demo: boolean;
  app: ServedApp;
  /** Console errors, page errors and CSP violations seen so far; checked after every test. */
  problems: string[];
}

export const test = base.extend<Fixtures>({
  demo: [false, { option: true }],

  app: async ({ demo }, use) => {
    const app = await serveConcord({ demo });
    await use(app);
    await app.stop();
  },

  problems: [
    // Depends on `app` so that it is checked before the server stops: a page that outlives its
    // server logs a failed WebSocket reconnect, which is no fault of the test.
    async ({ page, app: _app }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // Reported through the console so the listener above sees it, even for violations that
      // Chromium itself does not log.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      await use(problems);
      expect(problems, 'console errors, page errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
