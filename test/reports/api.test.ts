// The report methods through the dispatcher: owner only, a clear refusal before reveal, and the
// PDF made by whichever printer the process has (a stand-in here; Chromium is tested elsewhere).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { Actor } from '../../src-main/domain/actor.js';
import { setPdfPrinter } from '../../src-main/reports/printer.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';
import type { TempApp } from '../helpers/workspace.js';

const OWNER: Actor = { role: 'owner' };
let demo: TempApp;
let sessionId: string;
let rater: Actor;

beforeAll(() => {
  demo = openTempApp();
  demo.services.demo.load();
  // The demo's October meeting (its other sessions are earlier practice rounds).
  sessionId = demo.services.sessions
    .list()
    .find((s) => s.title === 'Grade 7 moderation: Harlow Road argument')!.id;
  const personId = demo.services.sessions.get(sessionId, OWNER).raters[0]!.personId;
  rater = { role: 'rater', sessionId, personId };
});
afterAll(() => demo.dispose());
afterEach(() => setPdfPrinter(undefined));

describe('reports api', () => {
  it('gives the owner the report HTML and refuses a rater', async () => {
    const owner = await dispatch(demo.services, OWNER, 'reports.html', {
      kind: 'session',
      sessionId,
      copy: 'team',
    });
    expect(owner.ok).toBe(true);
    if (!owner.ok) return;
    const result = owner.result as { html: string; baseName: string };
    expect(result.html).toContain('<h1>Grade 7 moderation: Harlow Road argument</h1>');
    expect(result.baseName).toBe(
      'session-report-grade-7-moderation-harlow-road-argument-2026-10-14',
    );
    for (const method of ['reports.html', 'reports.pdf', 'reports.printer']) {
      const denied = await dispatch(demo.services, rater, method, {
        kind: 'session',
        sessionId,
        copy: 'owner',
      });
      expect(denied, method).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const bad = await dispatch(demo.services, OWNER, 'reports.html', {
      kind: 'session',
      sessionId,
      copy: 'everyone',
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a session whose scores are not revealed yet, saying why', async () => {
    const app = openTempApp();
    try {
      const fx = scoringFixture(app.services);
      const answer = await dispatch(app.services, OWNER, 'reports.html', {
        kind: 'session',
        sessionId: fx.sessionId,
        copy: 'owner',
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
      if (!answer.ok) expect(answer.error.message).toContain('no revealed scores yet');
    } finally {
      app.dispose();
    }
  });

  it('prints with the process’s printer, and says so when there is none', async () => {
    const printed: string[] = [];
    setPdfPrinter({
      how: 'printed by a stand-in',
      print: (html) => {
        printed.push(html);
        return Promise.resolve(new TextEncoder().encode('%PDF-stand-in'));
      },
    });
    const printer = await dispatch(demo.services, OWNER, 'reports.printer', {});
    expect(printer).toMatchObject({ ok: true, result: { available: true } });
    const pdf = await dispatch(demo.services, OWNER, 'reports.pdf', {
      kind: 'session',
      sessionId,
      copy: 'owner',
    });
    expect(pdf.ok).toBe(true);
    if (!pdf.ok) return;
    const result = pdf.result as { fileName: string; base64: string };
    expect(Buffer.from(result.base64, 'base64').toString()).toBe('%PDF-stand-in');
    expect(result.fileName).toMatch(/-owner-copy\.pdf$/);
    expect(printed[0]).toContain('Raters flagged for follow-up');

    setPdfPrinter(null);
    expect(await dispatch(demo.services, OWNER, 'reports.printer', {})).toMatchObject({
      ok: true,
      result: { available: false },
    });
    const none = await dispatch(demo.services, OWNER, 'reports.pdf', {
      kind: 'session',
      sessionId,
      copy: 'team',
    });
    expect(none).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!none.ok) expect(none.error.message).toContain('No Chrome, Edge or Chromium was found');
  });

  it('tells the service’s caller which installed browser printed', async () => {
    const browser = { name: 'Microsoft Edge', path: 'C:\\Edge\\msedge.exe' };
    setPdfPrinter({
      how: `printed by ${browser.name}, ${browser.path}`,
      browser,
      print: () => Promise.resolve(new TextEncoder().encode('%PDF-stand-in')),
    });
    expect(await dispatch(demo.services, OWNER, 'reports.printer', {})).toMatchObject({
      ok: true,
      result: { available: true, how: 'printed by Microsoft Edge, C:\\Edge\\msedge.exe' },
    });
    const request = { kind: 'session', sessionId, copy: 'team' } as const;
    expect((await demo.services.reports.pdf(request)).printedBy).toEqual(browser);

    setPdfPrinter({ how: 'printed by Concord', print: () => Promise.resolve(new Uint8Array()) });
    expect((await demo.services.reports.pdf(request)).printedBy).toBeNull();
  });
});
