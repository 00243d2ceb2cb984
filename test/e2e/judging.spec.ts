// A comparative judgement session end to end: the facilitator sets it up with the wizard and
// hosts it, three judges join from their own browsers and judge by keyboard and by tap, and the
// facilitator ends judging and reads the results. Every api answer a judge's browser receives is
// checked: no other judge's name, id or note, and nothing of a choice, an ability or an anchor.
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { expectAccessible } from './accessibility.js';
import { expectNoSidewaysScroll, settled } from './layout.js';
import { openAsOwner } from './pages.js';
import type { RaterSpec } from './meeting-helpers.js';
import { ownerCall, trackRater } from './meeting-helpers.js';

const PER_JUDGE = 3;
const SCREENS = {
  phone: { width: 390, height: 844 },
  tablet: { width: 820, height: 1180 },
  projector: { width: 1024, height: 768 },
  laptop: { width: 1280, height: 800 },
};
const JUDGES = ['Marcus Bell', 'Priya Raman', 'Luis Navarro'];
/** Keys of an answer that would tell a judge more than its own pair. */
const SECRET_KEYS = ['winner', 'winnerId', 'ability', 'isAnchor', 'wins', 'comparisons'];

function secretKeys(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => secretKeys(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => [
    ...(SECRET_KEYS.includes(key) ? [`${path}.${key}`] : []),
    ...secretKeys(item, `${path}.${key}`),
  ]);
}

interface Judge extends ReturnType<typeof trackRater> {
  spec: RaterSpec;
  page: Page;
  answers: unknown[];
}

async function joinAsJudge(
  browser: Browser,
  address: string,
  spec: RaterSpec,
  all: RaterSpec[],
  viewport: { width: number; height: number },
): Promise<Judge> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const tracked = trackRater(page, spec, all);
  const answers: unknown[] = [];
  page.on('response', (response) => {
    if (!response.url().includes('/api/')) return;
    void response
      .json()
      .then((body: unknown) => answers.push(body))
      .catch(() => undefined);
  });
  await page.goto(address);
  await expect(page.getByRole('heading', { name: 'Which one are you?' })).toBeVisible();
  await page.getByRole('button', { name: spec.name }).click();
  await expect(page.getByText('You are')).toContainText(spec.name);
  await expect(page.getByText(`0 of ${PER_JUDGE}`)).toBeVisible();
  return { spec, page, answers, ...tracked };
}

test.describe('comparative judgement', () => {
  test.use({ demo: true });

  test('set up, join, judge blind, end judging, read the scale', async ({ page, app, browser }) => {
    test.setTimeout(180_000);
    const owner = page;
    await openAsOwner(owner, app.url);
    const main = owner.getByRole('main');

    // ── The wizard: the kind of session, the rubric, samples, judges, the question ──
    await owner.goto(`${app.origin}/#/sessions/new`);
    await owner.getByRole('radio', { name: /^Comparative judgement/ }).check();
    await owner.getByRole('textbox', { name: 'Title' }).fill('E2E judging');
    await owner.getByRole('button', { name: 'Next: Rubric' }).click();
    await owner.getByRole('radio', { name: /Argument from Data/ }).check();
    await owner.getByRole('button', { name: 'Next: Samples' }).click();
    const include = main.getByRole('checkbox', { name: /^Include / });
    await expect(include.first()).toBeVisible();
    for (let i = 0; i < 5; i++) await include.nth(i).check();
    await owner.getByRole('button', { name: 'Next: Judges' }).click();
    for (const name of JUDGES) await owner.getByRole('checkbox', { name }).check();
    await owner.getByRole('button', { name: 'Next: Judging' }).click();
    await owner
      .getByRole('textbox', { name: 'Question judges answer' })
      .fill('Which piece argues from its data better?');
    await owner.getByRole('spinbutton', { name: 'Judgements per judge' }).fill(String(PER_JUDGE));
    // 3 judges x 3 judgements x 2 samples over 5 samples: below the usual minimum, and said so.
    await expect(main.getByText(/seldom stable/)).toBeVisible();
    await expectAccessible(owner, 'the judging step of the wizard');
    await owner.getByRole('button', { name: 'Next: Review' }).click();
    await owner.getByRole('button', { name: 'Create and start judging' }).click();
    await expect(owner.getByRole('heading', { level: 1, name: 'E2E judging' })).toBeVisible();
    const sessionId = /#\/sessions\/([^/?]+)/.exec(owner.url())?.[1] ?? '';
    const detail = (await ownerCall(app, 'sessions.get', { sessionId })) as {
      kind: string;
      raters: { personId: string; name: string }[];
    };
    expect(detail.kind).toBe('judgement');

    // ── Hosting, and three judges joining on a laptop, a tablet and a phone ──
    await main.getByRole('button', { name: 'Host on this network' }).click();
    const code = (await owner.getByTestId('join-code').textContent())?.trim() ?? '';
    const specs: RaterSpec[] = JUDGES.map((name) => ({
      name,
      personId: detail.raters.find((r) => r.name === name)!.personId,
      note: `note-by-${name.split(' ')[0]!.toLowerCase()}`,
    }));
    const viewports = [
      { width: 1280, height: 800 },
      { width: 820, height: 1180 },
      { width: 390, height: 844 },
    ];
    const judges = await Promise.all(
      specs.map((spec, i) =>
        joinAsJudge(browser, `${app.origin}/#/join/${code}`, spec, specs, viewports[i]!),
      ),
    );
    const [marcus, priya, luis] = judges as [Judge, Judge, Judge];

    // ── Judging: keys on the laptop, taps on the tablet and the phone, a note on the way ──
    const question = 'Which piece argues from its data better?';
    await expect(marcus.page.getByText(question)).toBeVisible();
    await expectAccessible(marcus.page, 'a judge with a pair');
    await marcus.page.getByRole('textbox', { name: 'Note (optional)' }).fill(marcus.spec.note);
    await marcus.page.getByRole('heading', { name: question }).click();
    for (let i = 0; i < PER_JUDGE; i++) {
      await expect(marcus.page.getByText(`${i} of ${PER_JUDGE}`)).toBeVisible();
      await marcus.page.keyboard.press(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
    }
    for (const judge of [priya, luis]) {
      // On a narrow screen both samples stay reachable through the switch.
      await judge.page
        .getByRole('group', { name: 'Show on this screen' })
        .getByRole('button', { name: /^Right/ })
        .click();
      await judge.page.screenshot({
        path: `test-results/judging-${judge.page.viewportSize()!.width}.png`,
      });
      for (let i = 0; i < PER_JUDGE; i++) {
        await expect(judge.page.getByText(`${i} of ${PER_JUDGE}`)).toBeVisible();
        await judge.page.getByRole('button', { name: /^Left shows more/ }).click();
      }
    }
    for (const judge of judges) {
      await expect(
        judge.page.getByText(`All ${PER_JUDGE} judgements made. Thank you.`),
      ).toBeVisible();
      await judge.expectBlind();
      expect(
        judge.answers.flatMap((a) => secretKeys(a)),
        judge.spec.name,
      ).toEqual([]);
    }

    // ── The facilitator's board counts the judgements; then judging ends ──
    await owner.bringToFront();
    // Judges show as R1..R3 until the facilitator opts to show names; each has finished.
    await expect(main.getByText(`${PER_JUDGE} of ${PER_JUDGE}`, { exact: true })).toHaveCount(
      JUDGES.length,
    );
    await expectAccessible(owner, 'the live judging board');
    await main.getByRole('button', { name: /End judging and show results/ }).click();
    await owner
      .getByRole('alertdialog')
      .getByRole('button', { name: /End judging/ })
      .click();

    // ── The results: the scale, reliability in words, the judges ──
    await owner.goto(`${app.origin}/#/sessions/${sessionId}/results`);
    await expect(owner.getByText(question).first()).toBeVisible();
    await expect(owner.getByText(/Split-half reliability/).first()).toBeVisible();
    await expect(owner.getByRole('table').first()).toBeVisible();
    await expectAccessible(owner, 'the judging results');
    // The board and the results at every screen size: nothing slides sideways.
    for (const [device, size] of Object.entries(SCREENS)) {
      await owner.setViewportSize(size);
      for (const [name, path] of [
        ['board', `#/sessions/${sessionId}`],
        ['results', `#/sessions/${sessionId}/results`],
      ] as const) {
        await owner.goto(`${app.origin}/${path}`);
        await expect(owner.getByRole('heading', { level: 1 })).toBeVisible();
        await settled(owner);
        await expectNoSidewaysScroll(owner, `the judging ${name} on a ${device}`);
        await owner.screenshot({
          path: `test-results/screens/${device}/judging-${name}.png`,
          fullPage: true,
        });
      }
    }
    const judged = (await ownerCall(app, 'judging.results', { sessionId })) as {
      judgements: number;
      report: { fit: { samples: unknown[] } };
    };
    expect(judged.judgements).toBe(PER_JUDGE * JUDGES.length);
    expect(judged.report.fit.samples).toHaveLength(5);
    const exported = (await ownerCall(app, 'judging.export', {
      sessionId,
      what: 'judgements',
    })) as { text: string };
    const lines = exported.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('session,judge,left,right,winner,ms');
    expect(lines).toHaveLength(1 + PER_JUDGE * JUDGES.length);
    expect(exported.text).not.toMatch(/Marcus|Priya|Luis/);
    for (const judge of judges) judge.expectNoProblems();
  });
});
