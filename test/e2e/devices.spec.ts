// A rater on their own phone or tablet: joins by the link, reads the work (a PDF, fitted to the
// screen), reads every descriptor and scores a whole sample with one tap per criterion. Every
// level tapped must be on screen and the element under the finger, not something pinned over it.
import path from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { expectAccessible } from './accessibility.js';
import { expect, test } from './fixtures.js';
import { expectNoSidewaysScroll } from './layout.js';
import { ownerCall } from './meeting-helpers.js';
import type { ServedApp } from './serve.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

const DEVICES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 820, height: 1180 },
] as const;

const LEVELS = [
  ['Claim', '3 Proficient'],
  ['Evidence', '2 Emerging'],
  ['Reasoning', '4 Advanced'],
  ['Communication', '1 Not yet'],
] as const;

test.describe('scoring on a phone or tablet', () => {
  test.use({ demo: true });

  for (const device of DEVICES) {
    test(`a whole sample scored by tapping on a ${device.name} (${device.width}x${device.height})`, async ({
      app,
      browser,
    }) => {
      const { sessionId, code } = await startSession(app);
      const page = await joinOn(browser, device, `${app.origin}/#/join/${code}`);
      const shot = (what: string) =>
        page.screenshot({ path: `test-results/devices/${device.name}-${what}.png` });

      // The work first: its title in view, the PDF page no wider than the screen.
      await expect(
        page.getByRole('heading', { name: /^Sample S-\w+ \(1 of 2\)$/ }),
      ).toBeInViewport();
      const pdfPage = page
        .getByRole('region', { name: /^Sample S-/ })
        .locator('canvas')
        .last();
      await expect(pdfPage).toBeVisible();
      const box = await pdfPage.boundingBox();
      expect(box, 'the PDF page is drawn').not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(device.width);
      await expectAccessible(page, `scoring a PDF, work view, ${device.name}`);
      await shot('work');

      // Then the rubric: every level of every criterion readable, one tap each.
      await tapUncovered(
        page,
        page.getByRole('button', { name: 'Rubric', exact: true, pressed: false }),
      );
      await expect(
        page.getByRole('button', { name: 'Rubric', exact: true, pressed: true }),
      ).toBeVisible();
      for (const [criterion, level] of LEVELS) {
        const choice = page.getByRole('radio', { name: `${criterion}: ${level}` });
        await tapUncovered(page, choice);
        await expect(choice).toHaveAttribute('aria-checked', 'true');
      }
      await expect(page.getByRole('status').filter({ hasText: /^(All )?[Ss]aved$/ })).toBeVisible();
      await expect(page.getByText('1 of 2 samples')).toBeInViewport();
      await expectAccessible(page, `scoring, rubric view, ${device.name}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot('rubric');
      if (device.name === 'phone') {
        await page.screenshot({ path: path.join(ROOT, 'docs/scoring-phone.png') });
      }

      // What was tapped is what the server holds.
      const scores = (await ownerCall(app, 'scores.list', { sessionId })) as { score: number }[];
      expect(scores.map((s) => s.score).sort()).toEqual([1, 2, 3, 4]);

      // The next sample opens on the same screen; the work is one tap away.
      await tapUncovered(page, page.getByRole('button', { name: 'Next sample →' }));
      await expect(page.getByText(/\(2 of 2\)/)).toBeAttached();
      await tapUncovered(
        page,
        page.getByRole('button', { name: 'Work', exact: true, pressed: false }),
      );
      await expect(
        page.getByRole('heading', { name: /^Sample S-\w+ \(2 of 2\)$/ }),
      ).toBeInViewport();

      // The reveal reaches the same screen, readable without sliding sideways.
      await ownerCall(app, 'sessions.reveal', { sessionId });
      await expect(
        page.getByRole('heading', { name: /Scores of round 1 are revealed/ }),
      ).toBeVisible();
      await expectNoSidewaysScroll(page, `the reveal on a ${device.name}`);
      await expectAccessible(page, `the reveal on a ${device.name}`);
      await shot('reveal');
      await page.context().close();
    });
  }
});

async function startSession(app: ServedApp): Promise<{ sessionId: string; code: string }> {
  const rubrics = (await ownerCall(app, 'rubrics.list', {})) as { latestVersionId: string }[];
  const samples = (await ownerCall(app, 'samples.list', {})) as { id: string; kind: string }[];
  const people = (await ownerCall(app, 'people.list', {})) as { id: string; name: string }[];
  const ofKind = (kind: string) => samples.find((s) => s.kind === kind)!.id;
  const session = (await ownerCall(app, 'sessions.create', {
    title: 'On my phone',
    heldOn: '2026-11-20',
    rubricVersionId: rubrics[0]!.latestVersionId,
    sampleIds: [ofKind('pdf'), ofKind('text')],
    raterIds: [people.find((p) => p.name === 'Marcus Bell')!.id],
    options: { randomizeOrder: false },
  })) as { id: string };
  await ownerCall(app, 'sessions.start', { sessionId: session.id });
  const { code } = (await ownerCall(app, 'room.joinCode', { sessionId: session.id })) as {
    code: string;
  };
  return { sessionId: session.id, code };
}

async function joinOn(
  browser: Browser,
  viewport: { width: number; height: number },
  joinUrl: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(joinUrl);
  await tapUncovered(page, page.getByRole('button', { name: 'Marcus Bell' }));
  await expect(page.getByText('You are')).toContainText('Marcus Bell');
  return page;
}

/** Brings the control into view, proves nothing covers its middle, then taps it there. */
async function tapUncovered(page: Page, control: Locator): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  await expect(control).toBeInViewport({ ratio: 0.99 });
  const onTop = await control.evaluate((element) => {
    const r = element.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  });
  expect(onTop, 'the control is the element under the finger').toBe(true);
  await control.tap();
}
