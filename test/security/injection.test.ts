// Names, titles and notes are typed by people and travel into HTML reports and CSV files others
// open. A hostile one must arrive as text: escaped in HTML, defused in spreadsheets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { Actor } from '../../src-main/domain/actor.js';
import type { TempApp } from '../helpers/workspace.js';
import { FOUR_LEVELS, descriptorsFor, openTempApp } from '../helpers/workspace.js';

const OWNER: Actor = { role: 'owner' };
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(2)>';
const FORMULA = '=HYPERLINK("http://evil.example","x")';

let app: TempApp;
let sessionId: string;
let raterIds: string[];

async function owner(method: string, input: unknown): Promise<unknown> {
  const result = await dispatch(app.services, OWNER, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.result;
}

beforeAll(async () => {
  app = openTempApp();
  const { services } = app;
  const rubric = services.rubrics.create({
    title: `Rubric ${SCRIPT}`,
    description: IMG,
    gradeBandId: null,
    levels: FOUR_LEVELS,
    criteria: [{ name: FORMULA, competencyId: null, descriptors: descriptorsFor(IMG) }],
  });
  const bytes = new TextEncoder().encode(`An essay ${SCRIPT}`);
  const sampleId = services.samples.add({
    kind: 'text',
    file: { bytes, mediaType: 'text/plain' },
    original: { bytes, mediaType: 'text/plain', fileName: `${IMG}.txt` },
    studentName: null,
  }).id;
  raterIds = [`Ana ${SCRIPT}`, `${FORMULA}`, `Cleo ${IMG}`].map(
    (name) => services.library.addPerson(name, ['rater']).id,
  );
  const session = (await owner('sessions.create', {
    title: `Meeting ${IMG}`,
    heldOn: '2026-11-23',
    rubricVersionId: rubric.id,
    facilitatorId: null,
    sampleIds: [sampleId],
    raterIds,
  })) as { id: string };
  sessionId = session.id;
  await owner('sessions.start', { sessionId });
  for (const [i, personId] of raterIds.entries()) {
    const rater: Actor = { role: 'rater', sessionId, personId };
    const result = await dispatch(services, rater, 'scores.record', {
      sessionId,
      sampleId,
      criterionId: rubric.criteria[0]!.id,
      score: 1 + i,
      note: `${SCRIPT} ${IMG}`,
    });
    expect(result.ok).toBe(true);
  }
  await owner('sessions.reveal', { sessionId });
});
afterAll(() => app.dispose());

describe('hostile text in names, titles and notes', () => {
  it('is escaped in every HTML report', async () => {
    for (const request of [
      { kind: 'session', sessionId, copy: 'team' },
      { kind: 'session', sessionId, copy: 'owner' },
      ...raterIds.map((personId) => ({ kind: 'rater', personId })),
    ]) {
      const { html } = (await owner('reports.html', request)) as { html: string };
      const label = JSON.stringify(request);
      expect(html, label).not.toContain(SCRIPT);
      expect(html, label).not.toContain(IMG);
      expect(html, label).not.toMatch(/<script\b/i);
      // No real tag carries an event handler (escaped text may still read "onerror=").
      const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
      expect(
        tags.filter((tag) => /\son[a-z]+\s*=/i.test(tag)),
        label,
      ).toEqual([]);
      // It is there, as text.
      expect(html, label).toMatch(/&lt;(script|img)/);
    }
  });

  it('cannot run as a formula in a CSV export, even with names', async () => {
    for (const format of ['long', 'wide'] as const) {
      const { files } = (await owner('exports.ratings', { sessionId, format, names: true })) as {
        files: { text: string }[];
      };
      const cells = files.flatMap((f) => f.text.split('\n').flatMap((line) => line.split(',')));
      const live = cells.filter((cell) => /^"?[=+\-@]/.test(cell) && !/^"?-?\d/.test(cell));
      expect(live, format).toEqual([]);
      expect(files.map((f) => f.text).join('')).toContain("'=HYPERLINK");
    }
  });
});
