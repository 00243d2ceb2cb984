// Helpers for the meeting spec: owner api calls, and a watch on everything a rater's browser
// receives, so the test can prove a rater never saw another rater's score, note or name.
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { ServedApp } from './serve.js';

export interface RaterSpec {
  name: string;
  personId: string;
  /** A note only this rater writes, to spot it anywhere it should not be. */
  note: string;
}

export async function ownerCall(app: ServedApp, method: string, input: unknown): Promise<unknown> {
  const response = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
    body: JSON.stringify(input),
  });
  expect(response.status, `${method} as owner`).toBe(200);
  return response.json();
}

interface Seen {
  url: string;
  body: unknown;
}

/** Walks a JSON value and reports every place that belongs to someone else. */
export function leaks(value: unknown, me: RaterSpec, others: RaterSpec[], path = '$'): string[] {
  const found: string[] = [];
  if (typeof value === 'string') {
    for (const other of others) {
      if (value.includes(other.name)) found.push(`${path}: name of ${other.name}`);
      if (value.includes(other.note)) found.push(`${path}: note of ${other.name}`);
      if (value === other.personId) found.push(`${path}: id of ${other.name}`);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => found.push(...leaks(item, me, others, `${path}[${i}]`)));
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.raterId === 'string' && record.raterId !== me.personId && 'score' in record) {
      found.push(`${path}: a score of another rater`);
    }
    for (const [key, item] of Object.entries(record)) {
      found.push(...leaks(item, me, others, `${path}.${key}`));
    }
  }
  return found;
}

export function trackRater(page: Page, me: RaterSpec, all: RaterSpec[]) {
  const others = all.filter((s) => s.personId !== me.personId);
  let seen: Seen[] = [];
  const problems: string[] = [];
  let closed = false;
  page.on('response', (response) => {
    const url = response.url();
    if (!url.includes('/api/')) return;
    void response
      .json()
      .then((body: unknown) => seen.push({ url, body }))
      .catch(() => undefined);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The session closing ends the rater's access: the next refresh is refused, as it should be.
    if (closed || /401/.test(message.text())) return;
    // Chromium notes that it ignores COOP on a plain-HTTP LAN address (the room's); harmless.
    if (/Cross-Origin-Opener-Policy header has been ignored/.test(message.text())) return;
    problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  return {
    async expectBlind(options: { round?: number } = {}): Promise<void> {
      await page.waitForLoadState('networkidle').catch(() => undefined);
      const found = seen.flatMap((s) => leaks(s.body, me, others).map((l) => `${s.url} ${l}`));
      expect(found, `${me.name} saw another rater's data`).toEqual([]);
      expect(seen.length, 'api answers were watched').toBeGreaterThan(0);
      const text = (await page.locator('body').innerText()) ?? '';
      for (const other of others) {
        expect(text, `${me.name}'s page`).not.toContain(other.name);
        expect(text, `${me.name}'s page`).not.toContain(other.note);
      }
      if (options.round === 2) {
        expect(text).not.toContain('Scores of round 2 are revealed');
      }
    },
    async expectAnonymous(): Promise<void> {
      await page.waitForLoadState('networkidle').catch(() => undefined);
      const found = seen.flatMap((s) =>
        leaks(s.body, me, others)
          .filter((l) => !l.endsWith('a score of another rater'))
          .map((l) => `${s.url} ${l}`),
      );
      expect(found, `${me.name} could link a colleague to a score`).toEqual([]);
    },
    /** From now on the rater's access ends (the session closes): refusals are expected. */
    sessionClosing(): void {
      closed = true;
    },
    resetSeen(): void {
      seen = [];
    },
    expectNoProblems(): void {
      expect(problems, `${me.name}: console errors or page errors`).toEqual([]);
    },
  };
}
