// Exports, session packages and backups from the app, on the demo workspace: the long CSV a
// session page downloads holds exactly the api's scores; a package exported and imported into the
// same workspace adds nothing and says so; a zip-slip package is refused with its reason; a backup
// made by hand is previewed and restored, and the app then shows the restored data.
import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import type { ServedApp } from './serve.js';
import { expect, test } from './fixtures.js';
import { expectNamedControls, goTo, openAsOwner } from './pages.js';

test.use({ demo: true });

function caller(request: APIRequestContext, app: ServedApp) {
  return async <T>(method: string, data: object = {}): Promise<T> => {
    const response = await request.post(`${app.origin}/api/${method}`, {
      headers: { Authorization: `Bearer ${app.token}` },
      data,
    });
    expect(response.status(), `${method}: ${await response.text()}`).toBe(200);
    return (await response.json()) as T;
  };
}

/** RFC 4180: quote a cell holding a comma, quote or line break. */
function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

interface Detail {
  id: string;
  title: string;
  rubricVersionId: string;
  raters: { personId: string; alias: string; name: string }[];
}

test('download ratings, round-trip a package, refuse a bad one, back up and restore', async ({
  page,
  app,
  request,
  problems,
}, testInfo) => {
  test.setTimeout(120_000);
  const call = caller(request, app);
  const sessions = await call<{ id: string }[]>('sessions.list');
  const summary = sessions[0];
  const session = await call<Detail>('sessions.get', { sessionId: summary!.id });
  const samples = await call<{ id: string; code: string }[]>('samples.list');
  const rubric = await call<{ criteria: { id: string; name: string }[] }>('rubrics.get', {
    versionId: session.rubricVersionId,
  });
  const scores = await call<
    {
      round: number;
      sampleId: string;
      raterId: string;
      criterionId: string;
      score: number | null;
    }[]
  >('scores.list', { sessionId: session.id });
  expect(scores.length).toBeGreaterThan(0);
  const code = new Map(samples.map((s) => [s.id, s.code]));
  const alias = new Map(session.raters.map((r) => [r.personId, r.alias]));
  const criterion = new Map(rubric.criteria.map((c) => [c.id, c.name]));
  const expected = scores.map((s) =>
    [
      session.id,
      s.round,
      code.get(s.sampleId)!,
      alias.get(s.raterId)!,
      criterion.get(s.criterionId)!,
      s.score,
    ]
      .map(cell)
      .join(','),
  );

  // 1. The long CSV from the session's page.
  await openAsOwner(page, app.url);
  await goTo(page, 'Sessions');
  await page.getByRole('main').getByRole('link', { name: session.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: session.title })).toBeVisible();
  const exports = page.getByRole('region', { name: 'Export' });
  await expect(exports).toContainText('never by student');
  await expectNamedControls(page);
  const csvDownload = page.waitForEvent('download');
  await exports.getByRole('button', { name: 'Download long CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const lines = readFileSync(await csv.path(), 'utf8')
    .trimEnd()
    .split('\n');
  expect(lines[0]).toBe('session,round,sample,rater,criterion,score');
  expect(lines.slice(1).sort()).toEqual([...expected].sort());
  await expect(page.getByRole('status')).toContainText(`Downloaded ${csv.suggestedFilename()}`);

  // 2. A session package, imported back into the same workspace: nothing new.
  const packageDownload = page.waitForEvent('download');
  await exports.getByRole('button', { name: 'Export session package' }).click();
  const pkg = await packageDownload;
  expect(pkg.suggestedFilename()).toMatch(/\.concord$/);
  const packagePath = testInfo.outputPath(pkg.suggestedFilename());
  await pkg.saveAs(packagePath);

  await goTo(page, 'Data');
  await expectNamedControls(page);
  await page.getByLabel('Choose a package to import').setInputFiles(packagePath);
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText(
    `Nothing new in ${pkg.suggestedFilename()}: everything in it is already in this workspace.`,
  );
  await expect(report.getByRole('definition').first()).toHaveText('nothing');
  await expect(report).toContainText(
    /Already here \(skipped\)1 session, 1 rubric version, \d+ samples/,
  );
  await expect(report).toContainText('Conflictsnone');

  // 3. A package that tries to write outside its folder (zip slip) is refused, with the reason.
  const evil = zipSync({
    'manifest.json': strToU8('{}'),
    '../../outside.txt': strToU8('written outside the package'),
  });
  await page.getByLabel('Choose a package to import').setInputFiles({
    name: 'evil.concord',
    mimeType: 'application/zip',
    buffer: Buffer.from(evil),
  });
  const refusal = page.getByRole('alert').filter({ hasText: 'evil.concord was not imported' });
  await expect(refusal).toContainText('a path outside the zip');
  await expect(refusal).toContainText('Nothing in this workspace was changed.');
  await expect(report).toHaveCount(0);
  // The refusal is an HTTP 400, which Chromium logs as a console error: take exactly that one out.
  const logged = problems.findIndex((p) => p.includes('status of 400 (Bad Request)'));
  expect(logged, 'the refused import').toBeGreaterThanOrEqual(0);
  problems.splice(logged, 1);

  // 4. Back up now, change something, then restore that backup after a preview.
  const people = await call<{ name: string }[]>('people.list');
  const backups = page.getByRole('region', { name: 'Backups' });
  const rows = backups.getByRole('table').first().locator('tbody tr');
  const before = await rows.count();
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status')).toContainText('Backed up:');
  await expect(rows).toHaveCount(before + 1);
  const manual = rows.filter({ hasText: 'Backed up by hand' });
  await expect(manual).toHaveCount(1);

  await call('people.create', { name: 'Added After The Backup', roles: ['rater'] });
  await manual.getByRole('button', { name: /^Preview the backup of / }).click();
  const preview = page.getByRole('region', { name: /^Backup of / });
  const facts = preview.locator('dl.facts > div');
  await expect(facts.filter({ hasText: 'Sessions' }).getByRole('definition')).toHaveText(
    String(sessions.length),
  );
  await expect(facts.filter({ hasText: 'People' }).getByRole('definition')).toHaveText(
    String(people.length),
  );
  await expect(facts.filter({ hasText: 'Scores' }).getByRole('definition')).not.toHaveText('0');
  await expect(preview.getByRole('table', { name: 'Sessions in this backup' })).toContainText(
    session.title,
  );

  await preview.getByRole('button', { name: 'Restore this backup…' }).click();
  const confirm = preview.getByRole('group');
  await expect(confirm).toContainText('is kept as a backup');
  await confirm.getByRole('button', { name: 'Yes, restore this backup' }).click();
  await expect(backups.getByRole('status')).toContainText('Restored the backup of');
  await expect(rows.filter({ hasText: 'Taken before a restore' })).toHaveCount(1);
  await page.screenshot({ path: 'test-results/data.png', fullPage: true });

  // The restored workspace is what the app shows: the person added after the backup is gone.
  const after = await call<{ name: string }[]>('people.list');
  expect(after.map((p) => p.name).sort()).toEqual(people.map((p) => p.name).sort());
  await goTo(page, 'Raters');
  await expect(page.getByRole('main')).toContainText(people[0]!.name);
  await expect(page.getByRole('main')).not.toContainText('Added After The Backup');
});
