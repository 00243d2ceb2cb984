// Attack: text a spreadsheet would run as a formula, typed into a rubric, a criterion, a
// competency, a descriptor, a rater's name, or a ratings file, then exported as CSV through the
// real commands. Every cell must arrive as text, numbers must stay numbers, and a rubric must
// survive export and import unchanged, however often.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/app.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src-main/domain/session.js';
import { readCsv } from '../../src-main/formats/rubrics/csv-text.js';
import { runConcord } from '../helpers/cli.js';
import { FOUR_LEVELS, tempDir } from '../helpers/workspace.js';

const PREFIXES = ['=', '+', '-', '@', '\t', '\r'];
const HYPERLINK = '=HYPERLINK("http://evil.example","click")';
const DDE = (prefix: string, i: number) => `${prefix}cmd|' /C calc'!A${i}`;

/**
 * What a spreadsheet runs: the rule written out again here, apart from the code under test. The
 * reader below gives a quoted CR back as LF, so a leading LF counts as a CR.
 */
function live(cell: string): boolean {
  const number = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(cell);
  return /^[=+\-@\t\r\n]/.test(cell) && !number;
}

/** Cells as a spreadsheet reads them (RFC 4180), a quoted CR read as LF. */
function cellsOf(csv: string): string[][] {
  return readCsv(csv.replace(/^\uFEFF/, ''), { delimiter: ',' }).map((r) => r.fields);
}

function expectDefused(csv: string, label: string): string[] {
  const cells = cellsOf(csv).flat();
  expect(cells.filter(live), label).toEqual([]);
  return cells;
}

let dir: string;
let workspace: string;
let rubricId: string;
let sessionId: string;

// One criterion per attack; its competency and descriptors start with the attack's characters too.
const criteria = [...PREFIXES.map(DDE), HYPERLINK].map((name, i) => ({
  name,
  competency: `${PREFIXES[i % PREFIXES.length]}competency ${i}`,
  descriptors: Object.fromEntries(
    FOUR_LEVELS.map((l, j) => [
      String(l.value),
      j === 0
        ? HYPERLINK
        : j === 1
          ? '-1'
          : `${PREFIXES[(i + j) % PREFIXES.length]}level ${l.value}`,
    ]),
  ),
}));
criteria[0]!.descriptors['4'] = `'=already defused by its author`;
const RATERS = ['@SUM(1+1)*cmd|x', '-2+3', '+Ben'];

beforeAll(() => {
  dir = tempDir();
  workspace = join(dir, 'school.sqlite');
  const app = openApp(workspace);
  try {
    const { services } = app;
    const rubric = services.rubrics.create({
      title: HYPERLINK,
      description: '',
      gradeBandId: null,
      levels: FOUR_LEVELS,
      criteria: criteria.map((c) => ({
        name: c.name,
        competencyId: services.library.addCompetency(c.competency, '').id,
        descriptors: c.descriptors,
      })),
    });
    rubricId = rubric.rubricId;
    const bytes = new TextEncoder().encode('An essay');
    const sampleId = services.samples.add({
      kind: 'text',
      file: { bytes, mediaType: 'text/plain' },
      original: { bytes, mediaType: 'text/plain', fileName: 'essay.txt' },
      studentName: null,
    }).id;
    const raterIds = RATERS.map((name) => services.library.addPerson(name, ['rater']).id);
    const session = services.sessions.create({
      title: HYPERLINK,
      heldOn: '2026-11-23',
      rubricVersionId: rubric.id,
      facilitatorId: null,
      options: { ...DEFAULT_SESSION_OPTIONS, randomizeOrder: false },
      sampleIds: [sampleId],
      raterIds,
    });
    sessionId = session.id;
    services.sessions.start(sessionId, { role: 'owner' });
    raterIds.forEach((personId, i) =>
      services.scoring.record(
        { sessionId, sampleId, criterionId: rubric.criteria[0]!.id, score: 1 + i, note: '' },
        { role: 'rater', sessionId, personId },
      ),
    );
  } finally {
    app.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function exportRubric(id: string, path: string): Promise<string> {
  const run = await runConcord(['rubric', 'export', id, '--format', 'csv', '--workspace', path]);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

async function importRubric(csv: string, path: string): Promise<string> {
  const file = join(dir, `rubric-${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(file, csv);
  const run = await runConcord(['rubric', 'import', file, '--workspace', path]);
  expect(run.code, run.stderr).toBe(0);
  return /Rubric id: (\S+)/.exec(run.stdout)![1]!;
}

describe('concord rubric export --format csv with formulas in every text', () => {
  it('defuses every cell a spreadsheet would run', async () => {
    const csv = await exportRubric(rubricId, workspace);
    const cells = expectDefused(csv, 'rubric CSV');
    expect(cells).toContain(`# title: ${HYPERLINK}`);
    const asRead = (text: string) => `'${text.replaceAll('\r', '\n')}`;
    for (const c of criteria) {
      expect(cells).toContain(asRead(c.name));
      expect(cells).toContain(asRead(c.competency));
      for (const d of Object.values(c.descriptors).filter((t) => t !== '-1')) {
        expect(cells).toContain(d.startsWith("'") ? `'${d}` : asRead(d));
      }
    }
    // The CR and tab attacks reach the file defused, not just as the reader shows them.
    for (const prefix of ['\t', '\r']) expect(csv).toContain(`"'${prefix}cmd|`);
    expect(cells).toContain(`'${HYPERLINK}`);
    // A plain number is data, not a formula: it stays as it is.
    expect(cells).toContain('-1');
    expect(cells).toContain(`''=already defused by its author`);
  });

  it('comes back exactly as it went out, and grows no apostrophes on later trips', async () => {
    const first = await exportRubric(rubricId, workspace);
    const other = join(dir, 'other.sqlite');
    const importedId = await importRubric(first, other);
    const app = openApp(other);
    try {
      const version = app.services.rubrics.resolveVersion(importedId);
      expect(version.title).toBe(HYPERLINK);
      const names = new Map(
        app.services.library.competencies().map((c) => [c.id, c.name] as const),
      );
      expect(
        version.criteria.map((c) => ({
          name: c.name,
          competency: c.competencyId === null ? null : names.get(c.competencyId),
          descriptors: c.descriptors,
        })),
      ).toEqual(
        criteria.map((c) => ({
          name: c.name.replaceAll('\r', '\n'),
          // The importer trims competency names, as it does for any file.
          competency: c.competency.trim(),
          descriptors: Object.fromEntries(
            Object.entries(c.descriptors).map(([k, v]) => [k, v.replaceAll('\r', '\n')]),
          ),
        })),
      );
    } finally {
      app.close();
    }
    const second = await exportRubric(importedId, other);
    const third = await exportRubric(await importRubric(second, other), other);
    expect(third).toBe(second);
    expectDefused(second, 'second export');
    expect(
      cellsOf(second)
        .flat()
        .filter((cell) => cell.startsWith("'''")),
    ).toEqual([]);
  });
});

describe('the other CSV exports with formulas in names and files', () => {
  it('concord export ratings: long and wide, with rater names', async () => {
    for (const format of ['long', 'wide']) {
      const run = await runConcord([
        'export',
        'ratings',
        '--workspace',
        workspace,
        '--session',
        sessionId,
        '--format',
        format,
        '--names',
        '--out',
        '-',
      ]);
      expect(run.code, run.stderr).toBe(0);
      const cells = expectDefused(run.stdout, format);
      expect(cells, format).toContain(`'${criteria[0]!.name}`);
      expect(cells, format).toContain(`'${RATERS[0]}`);
      // "-2+3" is a formula, not a number; "+Ben" starts like one.
      expect(cells, format).toContain(`'${RATERS[1]}`);
      expect(cells, format).toContain(`'${RATERS[2]}`);
      for (const score of ['1', '2', '3']) expect(cells, format).toContain(score);
    }
  });

  it('concord stats --format csv: names from the file defused, negative statistics kept', async () => {
    // Two raters who always disagree: kappa and alpha come out negative.
    const rows = ['sample,rater,criterion,score'];
    for (let s = 1; s <= 6; s++) {
      rows.push(`S${s},@rater(A),"=cmd|' /C calc'!A0",${1 + (s % 2)}`);
      rows.push(`S${s},-rater B,"=cmd|' /C calc'!A0",${2 - (s % 2)}`);
    }
    const file = join(dir, 'ratings.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const run = await runConcord(['stats', file, '--format', 'csv', '--ci', 'none']);
    expect(run.code, run.stderr).toBe(0);
    const table = cellsOf(run.stdout);
    expectDefused(run.stdout, 'stats csv');
    expect(table.map((r) => r[0])).toContain(`'=cmd|' /C calc'!A0`);
    const values = table.slice(1).map((r) => r[2]!);
    expect(values.filter((v) => v.startsWith('-')).length).toBeGreaterThan(0);
    for (const v of values.filter((x) => x.startsWith('-'))) {
      expect(Number.isFinite(Number(v)), v).toBe(true);
    }
  });
});
