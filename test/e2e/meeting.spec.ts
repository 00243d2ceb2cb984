// The calibration meeting end to end: a facilitator and three raters, each in their own browser
// context. At every step it checks what each participant can and cannot see, on the page and in
// every api answer their browser receives.
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { expectAccessible } from './accessibility.js';
import { openAsOwner } from './pages.js';
import type { RaterSpec } from './meeting-helpers.js';
import { ownerCall, trackRater } from './meeting-helpers.js';

test.describe('calibration meeting', () => {
  test.use({ demo: true });

  test('set up, join, score, reveal, consensus, round 2, close', async ({ page, app, browser }) => {
    test.setTimeout(180_000);
    const owner = page;
    await openAsOwner(owner, app.url);
    const main = owner.getByRole('main');

    // ── The facilitator sets up the session with the wizard ──
    await owner.goto(`${app.origin}/#/sessions/new`);
    await expect(owner.getByRole('heading', { level: 1, name: 'New session' })).toBeVisible();
    await owner.getByRole('textbox', { name: 'Title' }).fill('E2E calibration');
    await owner.getByRole('button', { name: 'Next: Rubric' }).click();
    await owner.getByRole('radio', { name: /Argument from Data/ }).check();
    await owner.getByRole('button', { name: 'Next: Samples' }).click();
    const sampleRows = main.locator('tbody tr');
    await expect(sampleRows.first()).toBeVisible();
    await sampleRows.filter({ hasText: 'Anchor' }).first().getByRole('checkbox').check();
    await expect(main.getByText(/The chosen anchors cover levels/)).toBeVisible();
    await sampleRows
      .filter({ hasNotText: 'Anchor' })
      .filter({ hasText: /Text/ })
      .first()
      .getByRole('checkbox')
      .check();
    await owner.getByRole('button', { name: 'Next: Raters' }).click();
    for (const name of ['Marcus Bell', 'Priya Raman', 'Luis Navarro']) {
      await owner.getByRole('checkbox', { name }).check();
    }
    await owner.getByRole('button', { name: 'Next: Options' }).click();
    await expect(owner.getByRole('checkbox', { name: /Blind scoring/ })).toBeChecked();
    await expect(owner.getByRole('checkbox', { name: /Hide rater names/ })).toBeChecked();
    await owner.getByRole('radio', { name: /2 rounds/ }).check();
    await owner.getByRole('button', { name: 'Next: Review' }).click();
    await owner.getByRole('button', { name: 'Create and start scoring' }).click();
    await expect(owner.getByRole('heading', { level: 1, name: 'E2E calibration' })).toBeVisible();
    const sessionId = /#\/sessions\/([^/?]+)/.exec(owner.url())?.[1] ?? '';
    const detail = (await ownerCall(app, 'sessions.get', { sessionId })) as {
      raters: { personId: string; name: string }[];
    };
    const idOf = (name: string) => detail.raters.find((r) => r.name === name)!.personId;

    // Hosting on this computer's network shows the join address and its QR code.
    // Before hosting, the panel says devices can join only once the session is hosted.
    await expect(main.getByTestId('join-code')).toHaveCount(0);
    await expectAccessible(owner, 'the live session before hosting');
    await main.getByRole('button', { name: 'Host on this network' }).click();
    await expect(main.getByRole('img', { name: /QR code of the join address/ })).toBeVisible();
    const code = (await owner.getByTestId('join-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    const joinUrl = (await main.locator('.host__url').textContent()) ?? '';
    expect(joinUrl).toMatch(new RegExp(`^http://[0-9.]+:\\d+/#/join/${code}$`));

    // ── Three raters join, each in their own browser: by typing the code, or the QR address ──
    const specs: RaterSpec[] = ['Marcus Bell', 'Priya Raman', 'Luis Navarro'].map((name) => ({
      name,
      personId: idOf(name),
      note: `note-by-${name.split(' ')[0]!.toLowerCase()}`,
    }));
    const raters = await Promise.all(
      specs.map((spec, i) =>
        joinAsRater(browser, i === 2 ? joinUrl : `${app.origin}/#/join`, code, spec, specs),
      ),
    );
    const [marcus, priya, luis] = raters as [Rater, Rater, Rater];

    // The join list says nothing of who has joined; a name already taken cannot be taken again.
    {
      const context = await browser.newContext();
      const late = await context.newPage();
      await late.goto(`${app.origin}/#/join/${code}`);
      await expect(late.getByRole('heading', { name: 'Which one are you?' })).toBeVisible();
      await late.getByRole('button', { name: 'Marcus Bell' }).click();
      await expect(late.getByRole('alert')).toHaveText(
        'This name has already joined. Ask your facilitator to let you join again.',
      );
      await context.close();
    }

    // ── Scoring: keyboard for the first sample, clicks for the second, one "cannot score" ──
    await scoreWithKeys(marcus.page, ['3', '2', 'n', '4']);
    await marcus.page
      .getByRole('textbox', { name: 'Note on Evidence (optional)' })
      .fill(marcus.spec.note);
    await expect(marcus.page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await expect(marcus.page.getByText('1 of 2 samples')).toBeVisible();
    await marcus.page.evaluate(() => window.scrollTo(0, 0));
    await marcus.page.screenshot({ path: 'test-results/scoring.png', fullPage: false });
    await expectAccessible(marcus.page, 'a rater scoring');

    // A reload mid-scoring loses nothing.
    await marcus.page.reload();
    await expect(marcus.page.getByText('You are')).toContainText('Marcus Bell');
    await expect(marcus.page.getByText('1 of 2 samples')).toBeVisible();
    await expect(marcus.page.getByRole('radio', { name: 'Claim: 3 Proficient' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(marcus.page.getByRole('radio', { name: 'Evidence: 2 Emerging' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(
      marcus.page.getByRole('radio', { name: 'Reasoning: Cannot score' }),
    ).toHaveAttribute('aria-checked', 'true');
    await expect(
      marcus.page.getByRole('textbox', { name: 'Note on Evidence (optional)' }),
    ).toHaveValue(marcus.spec.note);

    await Promise.all([
      (async () => {
        await marcus.page.getByRole('button', { name: 'Next sample →' }).click();
        await scoreWithClicks(marcus.page, [1, 1, 1, 1]);
      })(),
      (async () => {
        await scoreWithKeys(priya.page, ['3', '3', '3', '3']);
        await priya.page
          .getByRole('textbox', { name: 'Note on Claim (optional)' })
          .fill(priya.spec.note);
        await priya.page.getByRole('button', { name: 'Next sample →' }).click();
        await scoreWithClicks(priya.page, [2, 2, 2, 2]);
      })(),
      (async () => {
        await scoreWithKeys(luis.page, ['4', '4', '4', '4']);
        await luis.page
          .getByRole('textbox', { name: 'Note on Claim (optional)' })
          .fill(luis.spec.note);
        await luis.page.getByRole('button', { name: 'Next sample →' }).click();
        await scoreWithKeys(luis.page, ['4', '4', '4', '4']);
      })(),
    ]);
    for (const r of raters) {
      await expect(r.page.getByText('2 of 2 samples')).toBeVisible();
      await expect(r.page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    }

    // ── The facilitator's board: progress, never scores ──
    await expect(main.getByRole('table', { name: /Scoring progress/ })).toContainText('8 of 8');
    const board = await main.getByRole('region', { name: /Progress, round 1/ }).textContent();
    for (const spec of specs) expect(board).not.toContain(spec.note);
    const progress = JSON.stringify(await ownerCall(app, 'sessions.progress', { sessionId }));
    expect(progress).not.toMatch(/"score"/);
    await expect(
      main.getByText('Scores are hidden until the facilitator reveals them').first(),
    ).toBeVisible();
    await owner.screenshot({ path: 'test-results/board.png', fullPage: true });
    await expectAccessible(owner, 'the facilitator’s live page while raters score');

    // A protocol phase's countdown shows on every screen.
    await main.getByRole('button', { name: 'Start Silent scoring' }).click();
    await expect(main.getByText(/Silent scoring\s*(20:00|19:5\d)/).first()).toBeVisible();
    for (const r of raters) {
      await expect(r.page.getByText(/Silent scoring\s*(20:00|19:5\d)/)).toBeVisible();
    }

    // Nudge reaches only the rater it names.
    await main.getByRole('button', { name: 'Nudge Priya Raman' }).click();
    await expect(priya.page.getByText('The facilitator asks you to finish scoring')).toBeVisible();
    await expect(marcus.page.getByText('The facilitator asks you to finish scoring')).toHaveCount(
      0,
    );

    // ── Submit locks ──
    await Promise.all(
      raters.map(async (r) => {
        await r.page.getByRole('button', { name: 'Submit my scores' }).click();
        await expect(r.page.getByText(/your scores lock/)).toBeVisible();
        await r.page.getByRole('button', { name: 'Submit and lock' }).click();
        await expect(r.page.getByText('Submitted — locked')).toBeVisible();
      }),
    );
    await marcus.page.keyboard.press('2');
    await expect(marcus.page.getByRole('radio', { name: 'Claim: 2 Emerging' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    await expect(main.getByText(/3 of 3\s*raters submitted/)).toBeVisible();

    // Before the reveal, no rater has seen anything of another rater.
    for (const r of raters) await r.expectBlind();

    // ── Reveal: one sample, then all ──
    const firstReveal = main.getByRole('button', { name: /^Reveal sample S-/ }).first();
    await firstReveal.click();
    await expect(main.getByText('Not revealed yet')).toHaveCount(1);
    await revealAfterConfirming(main);
    await expect(main.getByText('Not revealed yet')).toHaveCount(0);
    await expect(main.getByText('Non-adjacent', { exact: true }).first()).toBeVisible();
    await expect(main.getByRole('checkbox', { name: /Show raters as R1..Rn/ })).toBeChecked();
    // The projected board shows aliases, not names.
    const revealBoard = main.getByRole('region', { name: 'Reveal board' });
    await expect(revealBoard).not.toContainText('Marcus Bell');
    await revealBoard.evaluate((element) => element.scrollIntoView());
    await owner.screenshot({ path: 'test-results/reveal.png' });
    await expectAccessible(owner, 'the facilitator’s reveal board');

    for (const r of raters) {
      await expect(
        r.page.getByRole('heading', { name: /Scores of round 1 are revealed/ }),
      ).toBeVisible();
      // R1..R3 in order, the rater's own dot marked "you" on its own screen only.
      const plot = r.page.getByRole('img', { name: /R1.*: .*R2.*: .*R3.*: / }).first();
      await expect(plot).toBeVisible();
      expect((await plot.getAttribute('aria-label'))?.match(/\(you\)/g)).toHaveLength(1);
      // Colleagues' names and ids reach no rater, in no answer.
      for (const other of specs.filter((s) => s.name !== r.spec.name)) {
        await expect(r.page.locator('body')).not.toContainText(other.name);
      }
      await r.expectAnonymous();
    }
    await expect(revealBoard).not.toContainText('(you)');
    await expectAccessible(marcus.page, 'a rater’s reveal board');

    // ── Consensus and clarifications ──
    await main.getByRole('combobox', { name: 'Consensus for Claim' }).first().selectOption('3');
    await main
      .getByRole('textbox', { name: 'Rationale for Claim' })
      .first()
      .fill('The claim is clear.');
    await main.getByRole('button', { name: 'Save consensus for Claim' }).first().click();
    await expect(main.getByText(/Consensus: 3\./).first()).toBeVisible();
    await expect(marcus.page.getByText(/Consensus: 3\./).first()).toBeVisible();
    await main
      .getByRole('textbox', { name: 'Clarification' })
      .fill('Proficient needs two data points.');
    await main.getByRole('button', { name: 'Add clarification' }).click();
    await expect(main.getByText('Proficient needs two data points.')).toBeVisible();
    await expect(priya.page.getByText('Proficient needs two data points.')).toBeVisible();

    // ── Round 2: a blind re-score ──
    await main.getByRole('button', { name: 'Start round 2' }).click();
    for (const r of raters) {
      await expect(r.page.getByText(/Round 2: score every sample again/)).toBeVisible();
      await expect(r.page.getByText('0 of 2 samples')).toBeVisible();
      await expect(r.page.getByRole('radio', { name: 'Claim: 3 Proficient' })).toHaveAttribute(
        'aria-checked',
        'false',
      );
    }
    await Promise.all([
      scoreWithKeys(marcus.page, ['3', '3', '3', '3']),
      scoreWithKeys(priya.page, ['3', '3', '3', '2']),
      scoreWithKeys(luis.page, ['3', '4', '3', '3']),
    ]);
    for (const r of raters) {
      await expect(r.page.getByText('1 of 2 samples')).toBeVisible();
      await expect(r.page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    }
    // Round 2 is blind again: nothing of another rater's round-2 scores reaches a rater.
    for (const r of raters) r.resetSeen();
    await marcus.page.reload();
    await expect(marcus.page.getByText('1 of 2 samples')).toBeVisible();
    await marcus.expectBlind({ round: 2 });

    await main.getByRole('button', { name: 'End scoring for everyone' }).click();
    await main.getByRole('button', { name: 'End scoring now' }).click();
    for (const r of raters) await expect(r.page.getByText('Submitted — locked')).toBeVisible();
    await revealAfterConfirming(main);
    await expect(main.getByRole('table', { name: /Agreement before and after/ })).toBeVisible();
    await expect(
      luis.page.getByRole('heading', { name: /Scores of round 2 are revealed/ }),
    ).toBeVisible();

    // ── Close ──
    await main.getByRole('button', { name: 'Close session' }).click();
    for (const r of raters) r.sessionClosing();
    await main.getByRole('button', { name: 'Close the session' }).click();
    await expect(owner.getByText('Closed', { exact: true }).first()).toBeVisible();
    // Raters on this origin are told the session closed; the one who joined over the room's
    // network address finds the room gone with it.
    for (const r of [marcus, priya]) {
      await expect(r.page.getByRole('heading', { name: 'This session is closed' })).toBeVisible();
    }
    await expect(luis.page.getByText(/the room is closed/)).toBeVisible();
    for (const r of raters) {
      r.expectNoProblems();
      await r.page.context().close();
    }
  });
});

test.describe('one device', () => {
  test.use({ demo: true });

  test('teachers take turns; the device is locked to the turns until the PIN unlocks it', async ({
    page,
    app,
    problems,
  }) => {
    const rubrics = (await ownerCall(app, 'rubrics.list', {})) as { latestVersionId: string }[];
    const samples = (await ownerCall(app, 'samples.list', {})) as { id: string; kind: string }[];
    const ofKind = (kind: string) => samples.find((s) => s.kind === kind)!.id;
    const people = (await ownerCall(app, 'people.list', {})) as { id: string; name: string }[];
    const idOf = (name: string) => people.find((p) => p.name === name)!.id;
    const session = (await ownerCall(app, 'sessions.create', {
      title: 'Hot seat',
      heldOn: '2026-11-02',
      rubricVersionId: rubrics[0]!.latestVersionId,
      // One of each kind the viewer draws differently, in this order for everyone.
      sampleIds: [ofKind('pdf'), ofKind('text'), ofKind('image')],
      raterIds: [idOf('Marcus Bell'), idOf('Priya Raman')],
      options: { randomizeOrder: false },
    })) as { id: string };
    await ownerCall(app, 'sessions.start', { sessionId: session.id });

    await openAsOwner(page, app.url);
    await page.goto(`${app.origin}/#/sessions/${session.id}`);
    await page.getByRole('link', { name: 'One device: teachers take turns here' }).click();
    await page.getByLabel('Your PIN (4 to 12 digits)').fill('482913');
    await page.getByLabel('The same PIN again').fill('482913');
    await page.getByRole('button', { name: 'Lock this device and start the turns' }).click();
    const whoseTurn = page.getByRole('heading', { level: 1, name: 'Whose turn is it?' });
    await expect(whoseTurn).toBeVisible();
    await expectAccessible(page, 'one device: whose turn is it?');
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Marcus Bell' }).click();
    await expect(page.getByText('Marcus Bell is scoring on this device.')).toBeVisible();
    await scoreWithKeys(page, ['3', 'n']);
    await expect(page.getByRole('radio', { name: 'Claim: 3 Proficient' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await page.getByRole('button', { name: 'End my turn' }).click();
    await expect(whoseTurn).toBeVisible();

    // The next teacher tries the owner's pages, a reload, and Marcus's turn: all stay shut.
    for (const path of ['#/sessions', `#/sessions/${session.id}/results`, '#/data']) {
      await page.goto(`${app.origin}/${path}`);
      await expect(whoseTurn).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    }
    await page.reload();
    await expect(whoseTurn).toBeVisible();
    // The key this device holds opens no export either, however it is asked.
    const token = await page.evaluate(() => sessionStorage.getItem('concord.token'));
    expect(token).toBe(app.token);
    const exported = await fetch(`${app.origin}/api/exports.ratings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
      body: JSON.stringify({ sessionId: session.id, format: 'long' }),
    });
    expect(exported.status).toBe(403);
    await page.getByRole('button', { name: 'Marcus Bell' }).click();
    await expect(
      page.getByRole('heading', { name: 'Marcus Bell has already taken a turn' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Priya Raman' }).click();
    await expect(page.getByText('Priya Raman is scoring on this device.')).toBeVisible();
    await expect(page.getByText('0 of 3 samples')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Claim: 3 Proficient' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    await expect(page.getByRole('main')).not.toContainText('Marcus Bell');

    // The sample viewer: a PDF drawn by pdf.js under the strict CSP, text, an image with zoom.
    const pdfPage = page.getByRole('img', { name: /^Sample S-\w+, page 1$/ });
    await expect(pdfPage).toBeVisible();
    await expect
      .poll(() => pdfPage.evaluate((canvas) => (canvas as HTMLCanvasElement).width))
      .toBeGreaterThan(100);
    await expectAccessible(page, 'a turn scoring a PDF sample');
    await page.getByRole('button', { name: 'Next sample →' }).click();
    await expect(page.getByRole('region', { name: /\(Text\)$/ })).toBeVisible();
    await page.getByRole('button', { name: 'Next sample →' }).click();
    await expect(page.getByRole('img', { name: /the student’s image/ })).toBeVisible();
    await page.getByRole('button', { name: '200%' }).click();
    await expect(page.getByRole('button', { name: '200%' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectAccessible(page, 'a turn with an image sample at 200%');
    await page.getByRole('button', { name: 'End my turn' }).click();

    // The facilitator takes the device back with the PIN.
    await page.getByRole('button', { name: 'Facilitator: unlock this device' }).click();
    await page.getByLabel('PIN').fill('111111');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByText('That is not the facilitator’s PIN.')).toBeVisible();
    // The refused unlock is the one error this page may log.
    const refused = problems.findIndex((p) => p.includes('status of 403 (Forbidden)'));
    expect(refused).toBeGreaterThanOrEqual(0);
    problems.splice(refused, 1);
    await page.getByLabel('PIN').fill('482913');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    const scores = (await ownerCall(app, 'scores.list', { sessionId: session.id })) as {
      raterId: string;
      score: number | null;
    }[];
    expect(scores.map((s) => `${s.raterId} ${s.score}`).sort()).toEqual(
      [`${idOf('Marcus Bell')} 3`, `${idOf('Marcus Bell')} null`].sort(),
    );
  });
});

interface Rater {
  spec: RaterSpec;
  page: Page;
  /** Fails if this rater's page or api answers hold anything of another rater. */
  expectBlind(options?: { round?: number }): Promise<void>;
  /** After the reveal: fails if any answer holds another rater's name, note or person id. */
  expectAnonymous(): Promise<void>;
  resetSeen(): void;
  sessionClosing(): void;
  expectNoProblems(): void;
}

async function joinAsRater(
  browser: Browser,
  /** `${origin}/#/join` (the code is typed) or the QR code's address (the code is in it). */
  address: string,
  code: string,
  spec: RaterSpec,
  all: RaterSpec[],
): Promise<Rater> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const tracked = trackRater(page, spec, all);
  await page.goto(address);
  if (address.endsWith('#/join')) {
    await page.getByRole('textbox', { name: 'Session code' }).fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Join' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Which one are you?' })).toBeVisible();
  await expectAccessible(page, 'choosing one’s name to join');
  await page.getByRole('button', { name: spec.name }).click();
  await expect(page.getByText('You are')).toContainText(spec.name);
  await expect(page.getByText('0 of 2 samples')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  return { spec, page, ...tracked };
}

/** From the first criterion down: a digit (or N) then the down arrow, all by keyboard. */
async function scoreWithKeys(page: Page, keys: string[]): Promise<void> {
  await page.getByRole('heading', { name: 'Claim', exact: true }).click();
  for (const [i, key] of keys.entries()) {
    await page.keyboard.press(key);
    if (i < keys.length - 1) await page.keyboard.press('ArrowDown');
  }
}

const CRITERIA = ['Claim', 'Evidence', 'Reasoning', 'Communication'];
const LABELS: Record<number, string> = {
  1: 'Not yet',
  2: 'Emerging',
  3: 'Proficient',
  4: 'Advanced',
};

async function scoreWithClicks(page: Page, levels: number[]): Promise<void> {
  for (const [i, level] of levels.entries()) {
    const radio = page.getByRole('radio', { name: `${CRITERIA[i]}: ${level} ${LABELS[level]}` });
    await radio.click();
    await expect(radio).toHaveAttribute('aria-checked', 'true');
  }
}

/** Revealing cannot be undone, so it is asked first, saying who has not submitted. */
async function revealAfterConfirming(main: Locator): Promise<void> {
  await main.getByRole('button', { name: 'End scoring and reveal…' }).click();
  const question = main.getByRole('alertdialog', { name: 'End scoring and reveal all samples?' });
  await expect(question).toContainText('Everyone has submitted.');
  await question.getByRole('button', { name: 'Reveal all samples' }).click();
}
