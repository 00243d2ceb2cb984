// The report of a comparative judgement session: made through the same entry point as the CLI's
// and the app's report download from a small real session (three judges choosing by a hidden
// order, two anchors), and rendered from hand-built results for what a small session cannot show
// (a flagged judge, the rubric comparison, hostile text). One self-contained HTML document that
// names judges by alias in the team's copy and puts the samples in the scale's order.
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src-main/domain/actor.js';
import { JUDGING_TERMS, methodParagraphs } from '../../src-main/domain/judging-words.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src-main/domain/session.js';
import type { JudgingReportData } from '../../src-main/reports/judging-data.js';
import { judgingReportData } from '../../src-main/reports/judging-data.js';
import { renderJudgingReport } from '../../src-main/reports/judging-report.js';
import { escapeHtml } from '../../src-main/reports/html.js';
import type { JudgingResults } from '../../src-main/services/judging-results.js';
import { judgingResults, STRONGEST_FIRST } from '../helpers/judging-results.js';
import type { JudgingFixture } from '../helpers/judging.js';
import { judgingFixture } from '../helpers/judging.js';
import type { TempApp } from '../helpers/workspace.js';
import { openTempApp } from '../helpers/workspace.js';

const OWNER: Actor = { role: 'owner' };
const QUESTION = 'Which essay argues its claim better?';
const JUDGE_NAMES = /\b(Ana|Ben|Cleo)\b/;
const STUDENT_NAMES = /Student \d/;

let app: TempApp;
let fx: JudgingFixture;
let results: JudgingResults;
let team: { html: string; baseName: string; title: string };
let owner: { html: string; baseName: string; title: string };
const window = new Window();

/** Every judge judges until done, always choosing the sample earlier in `order`. */
function judgeAll(order: readonly string[]): void {
  for (const judgeId of fx.judgeIds) {
    let turn = app.services.judging.turn(fx.sessionId, OWNER, judgeId);
    while (turn.pair) {
      const { left, right, pairId } = turn.pair;
      const winner = order.indexOf(left.id) < order.indexOf(right.id) ? 'left' : 'right';
      turn = app.services.judging.choose(
        { sessionId: fx.sessionId, pairId, winner, note: '', ms: 3_000, judgeId },
        OWNER,
      );
    }
  }
}

function parse(html: string) {
  return new window.DOMParser().parseFromString(html, 'text/html');
}

/** The body rows of the table with this caption, each as its cells' text. */
function tableRows(html: string, caption: string): string[][] {
  const table = [...parse(html).querySelectorAll('table')].find(
    (t) => t.querySelector('caption')?.textContent?.trim() === caption,
  );
  expect(table, `table "${caption}"`).toBeDefined();
  return [...table!.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) =>
      cell.textContent!.replace(/\s+/g, ' ').trim(),
    ),
  );
}

/** What no report may hold: script, handlers, or anything fetched from elsewhere. */
/** Event handler attributes of any element (escaped text may say "onerror=" harmlessly). */
function handlers(html: string): string[] {
  return [...parse(html).querySelectorAll('*')].flatMap((el) =>
    [...el.attributes].map((a) => a.name).filter((name) => name.toLowerCase().startsWith('on')),
  );
}

function expectSelfContained(html: string): void {
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html.trimEnd().endsWith('</html>')).toBe(true);
  expect(html).toContain(`default-src 'none'`);
  expect(html).not.toMatch(/<script|<iframe|<object|<embed|<link\b|<img\b/i);
  expect(handlers(html)).toEqual([]);
  expect(html).not.toMatch(/javascript:/i);
  expect(html).not.toMatch(/(src|href)\s*=\s*"(https?:)?\/\//i);
  expect(html).not.toMatch(/url\(\s*['"]?https?:/i);
  const doc = parse(html);
  expect(doc.querySelectorAll('main.report')).toHaveLength(1);
  expect(doc.querySelector('title')?.textContent).toBe(
    'Argument judging: comparative judgement report',
  );
}

beforeAll(async () => {
  app = openTempApp();
  // Each judge judges all 15 pairs of the 6 samples: with random pairs and fewer judgements, two
  // samples that lost every comparison may never meet, and their order on the scale is a coin toss.
  fx = judgingFixture(app.services, 15);
  // Two anchors at the ends of the hidden order, so the scale gets level bands.
  const rubric = app.store.rubrics.getVersion(fx.rubricVersionId)!;
  const claim = rubric.criteria[0]!.key;
  for (const [sampleId, level] of [
    [fx.sampleIds[0]!, 4],
    [fx.sampleIds[5]!, 1],
  ] as const) {
    app.services.samples.setAnchor({
      sampleId,
      rubricId: rubric.rubricId,
      level,
      scores: [{ criterionKey: claim, score: level, rationale: 'agreed in moderation' }],
    });
  }
  judgeAll(fx.sampleIds);
  results = await app.services.judgingResults.results(fx.sessionId);
  const request = { kind: 'session', sessionId: fx.sessionId } as const;
  team = await app.services.reports.document({ ...request, copy: 'team' });
  owner = await app.services.reports.document({ ...request, copy: 'owner' });
}, 60_000);
afterAll(async () => {
  app?.dispose();
  await window.happyDOM.close();
});

describe('the report of a real judgement session', () => {
  it('is one self-contained HTML document named as a judging report', () => {
    expectSelfContained(team.html);
    expectSelfContained(owner.html);
    expect(team.title).toBe('Argument judging: comparative judgement report');
    expect(team.baseName).toBe('judging-report-argument-judging-2026-12-03');
    expect(owner.baseName).toBe('judging-report-argument-judging-2026-12-03-owner-copy');
    // A judgement session is not a rubric meeting: none of the meeting report's sections.
    expect(team.html).not.toContain('Agreement per criterion');
  });

  it('states the question and the counts', () => {
    expect(team.html).toContain(`“${QUESTION}”`);
    expect(results.judgements).toBe(45);
    expect(team.html).toContain('45 judgements by 3 judges');
  });

  it('lists every sample in the scale’s order, strongest first, with the anchors’ levels', () => {
    const byAbility = [...results.report.fit.samples]
      .sort((a, b) => b.ability - a.ability || a.sample.localeCompare(b.sample))
      .map((s) => s.sample);
    const codes = fx.sampleIds.map((id) => app.store.samples.get(id)!.code);
    expect([...byAbility].sort()).toEqual([...codes].sort());
    const rows = tableRows(team.html, 'The scale, strongest first');
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(rows.map((r) => r[1]!.slice(0, codes[0]!.length))).toEqual(byAbility);
    // The judges followed one order: its best sample on top, its weakest at the bottom.
    expect(byAbility[0]).toBe(codes[0]);
    expect(byAbility.at(-1)).toBe(codes[5]);
    expect(rows[0]![1]).toContain('Anchor: Advanced');
    expect(rows.at(-1)![1]).toContain('Anchor: Not yet');
    // Both anchored levels name a band on the chart and in its key.
    expect(team.html).toMatch(/Shaded bands, weakest to strongest: Not yet \(below -?\d/);
    expect(team.html).toContain('<svg');
  });

  it('says in words how far the order can be trusted', () => {
    const { interpretation, split_half: half } = results.report.reliability;
    expect(interpretation.length).toBeGreaterThan(20);
    expect(team.html).toContain(escapeHtml(interpretation.replace(/\.$/, '')));
    const [split] = tableRows(team.html, 'Reliability of the order');
    expect(split![0]).toBe('Split-half reliability');
    if (half.defined && half.value !== null) expect(split![1]).toContain(half.value.toFixed(2));
    else expect(split![1]).toContain('Not available');
  });

  it('names judges by alias only in the team’s copy, and beside their names in the owner’s', () => {
    const rows = tableRows(team.html, 'Each judge’s fit with the team’s scale');
    expect(rows.map((r) => r[0]).sort()).toEqual(['R1', 'R2', 'R3']);
    expect(team.html).not.toMatch(JUDGE_NAMES);
    expect(team.html).toContain('names hidden');
    const session = app.store.sessions.get(fx.sessionId)!;
    const ownerRows = tableRows(owner.html, 'Each judge’s fit with the team’s scale');
    for (const judge of session.raters) {
      expect(ownerRows.map((r) => r[0])).toContain(`${judge.alias} ${judge.name}`);
    }
    for (const html of [team.html, owner.html]) expect(html).not.toMatch(STUDENT_NAMES);
  });

  it('says how to set the scale beside the rubric when no sample has consensus', () => {
    expect(results.report.rubric).toBeUndefined();
    expect(team.html).toContain('None of these samples has rubric consensus yet.');
    expect(team.html).toContain('What the words mean');
  });

  it('refuses a session without judgements, and hides a facilitator who judged in the team copy', async () => {
    // The same samples and judges, with the first judge also facilitating; nobody has judged yet.
    const again = app.services.judging.create({
      title: 'Argument judging, facilitated',
      heldOn: '2026-12-04',
      rubricVersionId: fx.rubricVersionId,
      facilitatorId: fx.judgeIds[0],
      options: DEFAULT_SESSION_OPTIONS,
      sampleIds: fx.sampleIds,
      raterIds: fx.judgeIds,
      judging: { question: QUESTION, competencyId: null, perJudge: 2 },
    });
    await expect(
      app.services.reports.document({ kind: 'session', sessionId: again.id, copy: 'team' }),
    ).rejects.toThrow('has no judgements yet');
    const name = app.store.library.findPerson(fx.judgeIds[0])!.name;
    const copyOf = (copy: 'team' | 'owner') =>
      judgingReportData(app.store, again.id, copy, { results });
    expect(copyOf('team').facilitator).toBe('one of the judges');
    expect(copyOf('team').judges.map((j) => j.name)).toEqual([null, null, null]);
    expect(copyOf('owner').facilitator).toBe(name);
  });
});

const HOSTILE = '<img src=x onerror=alert(1)>';

/** The results page's hand-made results, with text a person typed turned hostile. */
function handBuilt(copy: 'owner' | 'team'): JudgingReportData {
  const results = judgingResults();
  results.question = `Which piece argues better? ${HOSTILE}`;
  results.levels[0]!.label = `Beginning ${HOSTILE}`;
  return {
    copy,
    title: `Argument, October ${HOSTILE}`,
    heldOn: '2026-10-14',
    phase: 'closed',
    generatedAt: '2026-11-01T00:00:00.000Z',
    question: results.question,
    rubric: { title: 'Argument writing', version: 2 },
    judges: [
      { label: 'R1', name: copy === 'owner' ? 'Ana Lind' : null },
      { label: 'R2', name: copy === 'owner' ? 'Ben Okafor' : null },
      { label: 'R3', name: copy === 'owner' ? 'Dana Reyes' : null },
    ],
    facilitator: null,
    counts: { samples: 5, anchors: 2, perJudge: 20, judgements: 60, judged: 3 },
    results,
  };
}

describe('the judging report, rendered from its data', () => {
  const teamHtml = renderJudgingReport(handBuilt('team'));
  const ownerHtml = renderJudgingReport(handBuilt('owner'));

  it('escapes every value typed by a person, in the text and in the chart', () => {
    for (const html of [teamHtml, ownerHtml]) {
      expect(html).not.toContain('<img');
      expect(html).toContain('Which piece argues better? &lt;img src=x onerror=alert(1)&gt;');
      expect(handlers(html)).toEqual([]);
    }
  });

  it('writes each reliability figure with its range, or why it has none, and the verdict as a sentence', () => {
    expect(teamHtml).toContain(
      '<strong>The order is reliable enough to share: two halves of the judges put the work in much the same order.</strong>',
    );
    const rows = tableRows(teamHtml, 'Reliability of the order');
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['Split-half reliability', '0.86 (0.80 to 0.90)'],
      [
        'Scale separation reliability',
        '– Not available: the abilities vary less than their errors',
      ],
    ]);
    const defined = handBuilt('team');
    defined.results.report.reliability.scale_separation = { value: 0.91, defined: true, n_used: 5 };
    const [, separation] = tableRows(renderJudgingReport(defined), 'Reliability of the order');
    expect(separation![1]).toBe('0.91');
  });

  it('writes the scale strongest first with its levels, and the adjusted sample as such', () => {
    const rows = tableRows(teamHtml, 'The scale, strongest first');
    expect(rows.map((r) => r[1]!.slice(0, 6))).toEqual([...STRONGEST_FIRST]);
    expect(rows[0]![1]).toContain('won every comparison — placed by the adjustment');
    expect(rows[4]![1]).toContain('lost every comparison — placed by the adjustment');
    expect(rows[0]![2]).toBe('+3.10 +0.75 to +5.45');
    expect(rows[1]![1]).toContain('Anchor: Proficient');
    expect(rows[2]![4]).toBe(
      'Beginning <img src=x onerror=alert(1)>, 70% sure could be Beginning <img src=x onerror=alert(1)> to Proficient',
    );
    expect(teamHtml).toContain('Proficient (from -0.09)');
  });

  it('flags the judge who judges differently, with their most surprising choices', () => {
    const rows = tableRows(teamHtml, 'Each judge’s fit with the team’s scale');
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['R1', 'In line'],
      ['R2', 'In line'],
      ['R3', 'Judges differently from the team'],
    ]);
    expect(rows[0]!.slice(2)).toEqual(['20', '0.91', '0.88', '42 s']);
    expect(rows[2]![5]).toBe('not recorded');
    expect(teamHtml).toContain('A judge is flagged when their infit is above 1.52');
    expect(teamHtml).toContain('R3’s most surprising choices');
    expect(teamHtml).toContain(
      'chose S-9KMT over S-4HXP; the scale expected that less than 1% of the time',
    );
    expect(teamHtml).not.toMatch(/Ana Lind|Ben Okafor|Dana Reyes/);
    expect(ownerHtml).toContain('R3 Dana Reyes’s most surprising choices');
  });

  it('sets the scale beside the rubric, with the samples to discuss', () => {
    expect(teamHtml).toContain(
      'Holistic judgement and rubric consensus rank the work in broadly the same order.',
    );
    expect(teamHtml).toContain('so the two orders may be less alike than this figure suggests');
    const [row] = tableRows(teamHtml, 'Where judgement and the rubric disagree most');
    expect(row).toEqual(['S-2Q9M', '3', '1.5 (tied)', '3 Proficient']);
  });

  it('explains its words in the results page’s words', () => {
    const glossary = [...parse(teamHtml).querySelectorAll('h2')].find(
      (h) => h.textContent === 'What the words mean',
    )!.nextElementSibling!;
    const items = [...glossary.querySelectorAll('li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual(JUDGING_TERMS.map((t) => `${t.term}: ${t.meaning}`));
  });

  it('says how its figures are computed in the results page’s words, with the number of splits', () => {
    const heading = [...parse(teamHtml).querySelectorAll('h2')].find(
      (h) => h.textContent === 'How the figures are computed',
    )!;
    const paragraphs: string[] = [];
    for (let el = heading.nextElementSibling; el?.tagName === 'P'; el = el.nextElementSibling) {
      paragraphs.push(el.textContent!.replace(/\s+/g, ' ').trim());
    }
    const { splits } = handBuilt('team').results.report.reliability.split_half;
    expect(paragraphs.slice(1)).toEqual(methodParagraphs(splits));
    expect(paragraphs[2]).toContain(`two halves ${splits} times`);
  });
});
