import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRatingsCsv } from '../../src-main/formats/ratings-csv.js';
import { runConcord } from '../helpers/cli.js';
import { openTempApp } from '../helpers/workspace.js';
import type { TempApp } from '../helpers/workspace.js';
import { labelled, readFacetsData, readFacetsSpec } from './facets-reader.js';

let app: TempApp;
let sessionId: string;
let studentNames: string[];
let codes: Map<string, string>;
let criterionNames: Map<string, string>;

beforeAll(() => {
  app = openTempApp();
  app.services.demo.load();
  sessionId = app.services.sessions.list()[0]!.id;
  const db = app.store.workspace.db;
  studentNames = (
    db.prepare('SELECT student_name FROM sample_identities').all() as { student_name: string }[]
  ).map((r) => r.student_name);
  codes = new Map(app.services.samples.list().map((s) => [s.id, s.code]));
  const session = app.services.sessions.get(sessionId, { role: 'owner' });
  const rubric = app.services.rubrics.get(session.rubricVersionId);
  criterionNames = new Map(rubric.criteria.map((c) => [c.id, c.name]));
});
afterAll(() => app.dispose());

const exportText = (format: 'long' | 'wide' | 'facets' | 'json', names = false) =>
  app.services.exchange.exportRatings({ sessionId, format, names });

describe('ratings exports of the demo session', () => {
  it('long CSV reads back through the stats parser with every current score', () => {
    const [file] = exportText('long');
    expect(file!.text.split('\n')[0]).toBe('session,round,sample,rater,criterion,score');
    const parsed = parseRatingsCsv(file!.text);
    const scores = app.store.scores.current(sessionId);
    expect(parsed.length).toBe(scores.length);
    expect(new Set(parsed.raterIds)).toEqual(new Set(['R1', 'R2', 'R3', 'R4', 'R5', 'R6']));
    expect(new Set(parsed.sampleIds)).toEqual(
      new Set(
        app.services.sessions
          .get(sessionId, { role: 'owner' })
          .sampleIds.map((id) => codes.get(id)),
      ),
    );
    expect(parsed.sessionIds).toEqual([sessionId]);
    // Each score lands on the right (sample code, alias, criterion name).
    const session = app.services.sessions.get(sessionId, { role: 'owner' });
    const alias = new Map(session.raters.map((r) => [r.personId, r.alias]));
    const read = new Map<string, number>();
    for (let i = 0; i < parsed.length; i++) {
      read.set(
        `${parsed.sampleIds[parsed.sample[i]!]}|${parsed.raterIds[parsed.rater[i]!]}|${parsed.criterionIds[parsed.criterion[i]!]}`,
        parsed.score[i]!,
      );
    }
    for (const s of scores) {
      const key = `${codes.get(s.sampleId)}|${alias.get(s.raterId)}|${criterionNames.get(s.criterionId)}`;
      if (s.score === null) expect(read.get(key)).toBeNaN();
      else expect(read.get(key)).toBe(s.score);
    }
  });

  it('long CSV gives `concord stats` the per-criterion counts the session holds', async () => {
    const out = join(app.dir, 'ratings.csv');
    const exported = await runConcord([
      'export',
      'ratings',
      '--workspace',
      app.path,
      '--session',
      sessionId,
      '--format',
      'long',
      '--out',
      out,
    ]);
    expect(exported.code, exported.stderr).toBe(0);
    const run = await runConcord([
      'stats',
      out,
      '--format',
      'json',
      '--ci',
      'none',
      '--levels',
      '1,2,3,4',
      '--stats',
      'exact_agreement',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      criteria: Record<string, { counts: { n_ratings: number; n_raters: number } }>;
    };
    const scores = app.store.scores.current(sessionId);
    for (const [id, name] of criterionNames) {
      const held = scores.filter((s) => s.criterionId === id && s.score !== null).length;
      expect(report.criteria[name]?.counts.n_ratings, name).toBe(held);
      expect(report.criteria[name]?.counts.n_raters).toBe(6);
    }
  });

  it('wide CSV holds the same ratings as the long form', () => {
    const long = parseRatingsCsv(exportText('long')[0]!.text);
    const wide = exportText('wide')[0]!
      .text.trim()
      .split('\n')
      .map((l) => l.split(','));
    const [header, ...rows] = wide;
    expect(header!.slice(0, 4)).toEqual(['session', 'round', 'sample', 'criterion']);
    const raters = header!.slice(4);
    expect(raters).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6']);
    const fromWide = new Map<string, string>();
    for (const row of rows) {
      raters.forEach((r, i) => {
        if (row[4 + i] !== '') fromWide.set(`${row[2]}|${r}|${row[3]}`, row[4 + i]!);
      });
    }
    let scored = 0;
    for (let i = 0; i < long.length; i++) {
      const key = `${long.sampleIds[long.sample[i]!]}|${long.raterIds[long.rater[i]!]}|${long.criterionIds[long.criterion[i]!]}`;
      const v = long.score[i]!;
      if (Number.isNaN(v)) expect(fromWide.has(key)).toBe(false);
      else {
        scored++;
        expect(fromWide.get(key)).toBe(String(v));
      }
    }
    expect(fromWide.size).toBe(scored);
  });

  it('FACETS reads back: three facets, R4K, every scored rating on a line of known elements', () => {
    const [spec, data] = exportText('facets');
    expect(spec!.fileName).toMatch(/\.spec\.txt$/);
    const read = readFacetsSpec(spec!.text);
    expect(read.dataFile).toBe(data!.fileName);
    expect(read.facets).toBe(3);
    expect(read.models.map((m) => [...m.terms, m.scale.code].join(','))).toEqual(['?,?,?,R4K']);
    expect(read.labels.map((b) => b.name)).toEqual(['Samples', 'Raters', 'Criteria']);
    expect([...read.labels[1]!.elements.values()]).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6']);
    expect(read.labels[0]!.elements.size).toBe(8);
    expect(read.labels[2]!.elements.size).toBe(4);
    // Each observation is the score the session's alias gave that sample on that criterion.
    const session = app.services.sessions.get(sessionId, { role: 'owner' });
    const alias = new Map(session.raters.map((r) => [r.personId, r.alias]));
    const expected = app.store.scores
      .current(sessionId)
      .filter((s) => s.score !== null)
      .map((s) =>
        [
          codes.get(s.sampleId),
          alias.get(s.raterId),
          criterionNames.get(s.criterionId),
          s.score,
        ].join('|'),
      );
    const observed = readFacetsData(read, data!.text).map((o) =>
      [...labelled(read, o), o.score].join('|'),
    );
    expect(observed.sort()).toEqual(expected.sort());
    expect(read.comments.join(' ')).toMatch(/this session's aliases/);
  });

  it('session JSON carries rubric, samples by code, scores and consensus', () => {
    const json = JSON.parse(exportText('json')[0]!.text) as {
      sessions: {
        samples: { code: string }[];
        scores: unknown[];
        consensus: unknown[];
        raters: { alias: string; name?: string }[];
      }[];
    };
    const [s] = json.sessions;
    expect(s!.samples.map((x) => x.code).every((c) => /^S-/.test(c))).toBe(true);
    expect(s!.scores.length).toBe(app.store.scores.current(sessionId).length);
    expect(s!.consensus.length).toBeGreaterThan(0);
    expect(s!.raters.every((r) => r.name === undefined)).toBe(true);
  });

  it('uses rater names only when asked', () => {
    const names = app.services.sessions.get(sessionId, { role: 'owner' }).raters.map((r) => r.name);
    expect(exportText('long')[0]!.text).not.toContain(names[0]!);
    expect(exportText('long', true)[0]!.text).toContain(names[0]!);
  });

  it('no export carries a student name or original file name', () => {
    expect(studentNames.length).toBeGreaterThan(0);
    const db = app.store.workspace.db;
    const originals = (
      db.prepare('SELECT original_file_name FROM sample_identities').all() as {
        original_file_name: string;
      }[]
    ).map((r) => r.original_file_name);
    const texts = (['long', 'wide', 'facets', 'json'] as const).flatMap((f) =>
      exportText(f, true).map((x) => x.text),
    );
    const pkg = app.services.exchange.exportPackage(sessionId, { kind: 'session', names: true });
    const scoresPkg = app.services.exchange.exportPackage(sessionId, {
      kind: 'scores',
      names: true,
    });
    const path = join(app.dir, 'p.concord');
    writeFileSync(path, pkg.bytes);
    const entries = unzipSync(readFileSync(path));
    const manifestText = new TextDecoder().decode(entries['manifest.json']);
    const all = [
      ...texts,
      manifestText,
      new TextDecoder().decode(unzipSync(scoresPkg.bytes)['manifest.json']),
    ];
    for (const text of all) {
      for (const name of studentNames) {
        expect(text).not.toContain(name);
        expect(text).not.toContain(name.split(' ')[1]!);
      }
      for (const original of originals) expect(text).not.toContain(original);
    }
    // The package's sample files are the anonymized ones raters see, never an original.
    const anonymized = new Set(app.services.samples.list().map((s) => s.sha256));
    const sampleEntries = Object.keys(entries).filter((n) => n.startsWith('samples/'));
    expect(sampleEntries).toHaveLength(8);
    for (const name of sampleEntries)
      expect(anonymized.has(name.slice('samples/'.length))).toBe(true);
  });
});
