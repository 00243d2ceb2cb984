// Every owner page of the demo workspace at the four screens a school uses: a phone, a tablet
// held upright, a projector and a laptop. Each must pass axe (no serious or critical finding)
// and show its heading with nothing wider than the screen; a screenshot of each is kept in
// test-results/screens/ to be looked at.
import path from 'node:path';
import { expectAccessible } from './accessibility.js';
import { expect, test } from './fixtures.js';
import { ownerCall } from './meeting-helpers.js';
import { expectNoSidewaysScroll, settled } from './layout.js';
import { openAsOwner } from './pages.js';
import type { ServedApp } from './serve.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

const SCREENS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 820, height: 1180 },
  { name: 'projector', width: 1024, height: 768 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;

interface PageState {
  name: string;
  path: string;
  heading: RegExp;
}

async function ownerPages(app: ServedApp): Promise<PageState[]> {
  const sessions = (await ownerCall(app, 'sessions.list', {})) as {
    id: string;
    title: string;
    phase: string;
  }[];
  const rubrics = (await ownerCall(app, 'rubrics.list', {})) as { latestVersionId: string }[];
  const samples = (await ownerCall(app, 'samples.list', {})) as { id: string; kind: string }[];
  const people = (await ownerCall(app, 'people.list', {})) as { id: string; name: string }[];
  const moderation = sessions.find((s) => s.title.startsWith('Grade 7 moderation'))!;
  const practice = sessions.find((s) => s.title.startsWith('Calibration practice'))!;
  const pdf = samples.find((s) => s.kind === 'pdf')!;
  const marcus = people.find((p) => p.name === 'Marcus Bell')!;
  return [
    { name: 'home', path: '', heading: /^Home$/ },
    { name: 'rubrics', path: 'rubrics', heading: /^Rubrics$/ },
    {
      name: 'rubric',
      path: `rubrics/${rubrics[0]!.latestVersionId}`,
      heading: /Argument from Data/,
    },
    { name: 'competencies', path: 'rubrics/competencies', heading: /ompetenc/ },
    { name: 'samples', path: 'samples', heading: /^Samples$/ },
    { name: 'sample-pdf', path: `samples/${pdf.id}`, heading: /^Sample S-/ },
    { name: 'anchors', path: 'samples/anchors', heading: /nchor/ },
    { name: 'sessions', path: 'sessions', heading: /^Sessions$/ },
    { name: 'new-session', path: 'sessions/new', heading: /^New session$/ },
    { name: 'session', path: `sessions/${moderation.id}`, heading: /Grade 7 moderation/ },
    { name: 'results', path: `sessions/${moderation.id}/results`, heading: /Results/ },
    { name: 'practice-results', path: `sessions/${practice.id}/results`, heading: /Results/ },
    { name: 'raters', path: 'raters', heading: /^Raters$/ },
    { name: 'rater-drift', path: `raters/${marcus.id}`, heading: /Marcus Bell/ },
    { name: 'rasch', path: 'raters/rasch', heading: /./ },
    { name: 'qualification', path: 'qualification', heading: /^Qualification checks$/ },
    { name: 'reports', path: 'reports', heading: /^Reports$/ },
    { name: 'data', path: 'data', heading: /^Data and backups$/ },
  ];
}

test.describe('every page at four screen sizes', () => {
  test.use({ demo: true });
  // One server per size: the sizes share nothing, so both workers can take them.
  test.describe.configure({ mode: 'parallel' });

  for (const screen of SCREENS) {
    test(`owner pages on a ${screen.name} (${screen.width}x${screen.height})`, async ({
      page,
      app,
    }) => {
      // Eighteen pages, each checked by axe and photographed: minutes, not seconds.
      test.setTimeout(300_000);
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await openAsOwner(page, app.url);
      for (const state of await ownerPages(app)) {
        await page.goto(`${app.origin}/#/${state.path}`);
        await expect(page.getByRole('heading', { level: 1, name: state.heading })).toBeVisible();
        await settled(page);
        await expectAccessible(page, `${state.name} on a ${screen.name}`);
        await expectNoSidewaysScroll(page, `${state.name} on a ${screen.name}`);
        // The first three screenfuls: enough to judge a page, and long pages stay quick to take.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({
          path: `test-results/screens/${screen.name}/${state.name}.png`,
          fullPage: true,
          clip: { x: 0, y: 0, width: screen.width, height: Math.min(height, 3 * screen.height) },
        });
        // The README's first picture.
        if (screen.name === 'laptop' && state.name === 'home') {
          await page.screenshot({ path: path.join(ROOT, 'docs/home.png') });
        }
      }
    });
  }
});
