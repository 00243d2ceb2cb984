// The demo's finished session reported and printed, then read back with pdftotext: its figures
// must be the ones `concord stats` computes from the session's exported long CSV.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printWithChromium } from '../../src-main/reports/chromium.js';
import type { AgreementReport } from '../../src-main/stats/index.js';
import { criterionVerdict, noRangeWords } from '../../src-main/stats/interpret.js';
import { runConcord } from '../helpers/cli.js';
import { openTempApp } from '../helpers/workspace.js';
import type { TempApp } from '../helpers/workspace.js';

const CHROMIUM = '/usr/bin/chromium';
const canPrint = existsSync(CHROMIUM) && existsSync('/usr/bin/pdftotext');

let app: TempApp;
let sessionId: string;
let ownerHtml: string;
let teamHtml: string;
let pdfText = '';
let pages = 0;
let stats: AgreementReport;
let studentNames: string[];
let raterNames: string[];

beforeAll(async () => {
  app = openTempApp();
  app.services.demo.load();
  // The demo's October meeting (its other sessions are earlier practice rounds).
  sessionId = app.services.sessions
    .list()
    .find((s) => s.title === 'Grade 7 moderation: Harlow Road argument')!.id;
  ownerHtml = (await app.services.reports.document({ kind: 'session', sessionId, copy: 'owner' }))
    .html;
  teamHtml = (await app.services.reports.document({ kind: 'session', sessionId, copy: 'team' }))
    .html;
  const db = app.store.workspace.db;
  studentNames = (
    db.prepare('SELECT student_name FROM sample_identities').all() as { student_name: string }[]
  ).map((r) => r.student_name);
  raterNames = app.services.sessions.get(sessionId, { role: 'owner' }).raters.map((r) => r.name);

  // The independent path: export the long CSV, run `concord stats` on it.
  const [csv] = app.services.exchange.exportRatings({ sessionId, format: 'long', names: false });
  const csvPath = join(app.dir, 'ratings.csv');
  writeFileSync(csvPath, csv!.text);
  const run = await runConcord(['stats', csvPath, '--levels', '1,2,3,4', '--format', 'json']);
  expect(run.code, run.stderr).toBe(0);
  stats = JSON.parse(run.stdout) as AgreementReport;

  if (canPrint) {
    const pdf = join(app.dir, 'owner.pdf');
    writeFileSync(pdf, await printWithChromium(CHROMIUM, ownerHtml));
    pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  }
}, 120_000);
afterAll(() => app?.dispose());

const pct = (v: number | null | undefined) => `${Math.round(v! * 100)}%`;
const dec = (v: number | null | undefined) => v!.toFixed(3);
const lines = () => pdfText.split('\n').map((l) => l.trim());
const lineStarting = (start: string) => lines().find((l) => l.startsWith(`${start} `));

describe.skipIf(!canPrint)(
  'the printed session report (needs /usr/bin/chromium and poppler)',
  () => {
    it('has at least two pages', () => {
      expect(pages).toBeGreaterThanOrEqual(2);
    });

    it('shows per criterion one verdict, and the agreement and intervals `concord stats` computes', () => {
      const names = Object.keys(stats.criteria);
      expect(names).toContain('__pooled__');
      for (const name of names) {
        const c = stats.criteria[name]!;
        const s = c.statistics;
        const samples = c.counts.n_samples_pairable;
        const exact = s.exact_agreement!.pooled_pairs;
        const within = s.adjacent_agreement!.pooled_pairs;
        const alpha = s.krippendorff_alpha!.ordinal;
        const row = lineStarting(name === '__pooled__' ? 'All criteria' : name);
        expect(row, `row of ${name}`).toBeDefined();
        // The band of the unrounded alpha, worked out here.
        const label =
          alpha.value! >= 0.8
            ? 'Reliable'
            : alpha.value! >= 0.667
              ? 'Tentative'
              : 'Not reliable yet';
        expect(row).toContain(` ${label} `);
        const verdict = criterionVerdict(c, 3);
        expect(verdict.label).toBe(label);
        expect(row).toContain(
          `${verdict.value} [${dec(alpha.ci95_lower)}, ${dec(alpha.ci95_upper)}]`,
        );
        for (const st of [exact, within]) {
          const words = noRangeWords(st, samples);
          if (words === null) {
            expect(row).toContain(
              `${pct(st.value)} [${pct(st.ci95_lower)}, ${pct(st.ci95_upper)}]`,
            );
          } else {
            expect(row).toContain(pct(st.value));
            expect(pdfText.replace(/\s+/g, ' ')).toContain(words);
          }
        }
      }
    });

    it('shows the ICC (one rater, absolute agreement) and its interval in the details', () => {
      const header = lines().find((l) => l.startsWith('Criterion') && l.includes('ICC'));
      expect(header).toContain('ICC, one rater’s scores');
      for (const name of Object.keys(stats.criteria)) {
        const icc = stats.criteria[name]!.statistics.icc!.agreement_single;
        const start = name === '__pooled__' ? 'All criteria' : name;
        const details = lines().filter((l) => l.startsWith(`${start} `))[1];
        expect(details, `details of ${name}`).toBeDefined();
        // The ICC is the last column.
        expect(
          details!.endsWith(`${dec(icc.value)} [${dec(icc.ci95_lower)}, ${dec(icc.ci95_upper)}]`),
        ).toBe(true);
      }
    });

    it('shows each rater’s mean score and difference from the others as `concord stats` does', () => {
      const perRater = stats.criteria.__pooled__!.statistics.severity!.per_rater;
      const aliases = Object.keys(perRater);
      expect(aliases).toHaveLength(6);
      for (const alias of aliases) {
        const r = perRater[alias]!;
        const row = lineStarting(alias);
        expect(row, `row of ${alias}`).toBeDefined();
        const cells = row!.split(/\s{2,}/);
        const v = r.vs_mean_of_others.value!;
        expect(cells).toContain(String(r.n_ratings));
        expect(cells).toContain(dec(r.mean_score.value));
        expect(cells).toContain(`${v > 0 ? '+' : v < 0 ? '-' : ''}${Math.abs(v).toFixed(3)}`);
        expect(cells).toContain(pct(r.exact_with_others.value));
      }
    });

    it('lists every sample with its consensus and rationale, and the clarifications', () => {
      const codeOf = new Map(app.services.samples.list().map((s) => [s.id, s.code]));
      const session = app.services.sessions.get(sessionId, { role: 'owner' });
      const codes = session.sampleIds.map((id) => codeOf.get(id)!);
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) expect(pdfText).toContain(`Sample ${code}`);
      const consensus = app.services.discussion.consensus(sessionId, { role: 'owner' });
      expect(consensus.length).toBeGreaterThan(0);
      const flat = pdfText.replace(/\s+/g, ' ');
      for (const c of consensus) {
        const firstWords = c.rationale.split(/\s+/).slice(0, 4).join(' ');
        expect(flat).toContain(firstWords);
      }
      for (const c of app.services.discussion.clarifications(sessionId)) {
        expect(flat).toContain(c.text.split(/\s+/).slice(0, 6).join(' '));
      }
    });

    it('owner’s copy names the raters the drift alerts flag in this session', () => {
      const { rubricVersionId } = app.services.sessions.get(sessionId, { role: 'owner' });
      const { report } = app.services.drift.report(rubricVersionId);
      const flagged = report.raters.filter((r) =>
        r.sessions.some((s) => s.session === sessionId && s.alerts.length > 0),
      );
      expect(flagged.length).toBeGreaterThan(0);
      const flat = pdfText.replace(/\s+/g, ' ');
      const section = flat.slice(flat.indexOf('Raters flagged for follow-up'));
      expect(section.length).toBeLessThan(flat.length);
      for (const r of flagged) expect(section).toContain(r.name);
      const notFlagged = report.raters.filter((r) => !flagged.includes(r));
      for (const r of notFlagged) expect(section).not.toContain(`${r.name}`);
    });

    it('carries no student name', () => {
      expect(studentNames.length).toBeGreaterThan(0);
      for (const name of studentNames) expect(pdfText).not.toContain(name);
    });
  },
);

describe('the HTML copies', () => {
  it('say the too-few-samples caution once, and name methods only in how the figures are computed', () => {
    for (const doc of [ownerHtml, teamHtml]) {
      const text = doc.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
      expect(text.split('not stable yet')).toHaveLength(2);
      expect(text).toContain('on each criterion: the agreement figures are not stable yet');
      const method = text.indexOf('How the figures are computed');
      expect(method).toBeGreaterThan(0);
      for (const author of ['Landis', 'Koch', 'McGraw', 'Shrout', '(2004)']) {
        expect(text.indexOf(author), author).toBeGreaterThan(method);
      }
      // Teachers get no command-line names.
      expect(text).not.toMatch(/concord (stats|export)/);
      expect(text).toContain('computed from this session’s ratings');
      // One verdict scheme: no kappa or ICC bands anywhere.
      expect(text).not.toMatch(/fair agreement|substantial agreement|good reliability/);
    }
  });

  it('team copy has no flagged section and, names hidden in this session, no rater name', () => {
    expect(ownerHtml).toContain('Raters flagged for follow-up');
    expect(teamHtml).not.toContain('flagged for follow-up');
    for (const name of raterNames) expect(teamHtml).not.toContain(name);
    expect(teamHtml).toContain('R1, R2, R3, R4, R5, R6');
  });

  it('neither copy carries a student name, a script or remote content', () => {
    for (const doc of [ownerHtml, teamHtml]) {
      for (const name of studentNames) expect(doc).not.toContain(name);
      // SVG namespaces name a URI but load nothing.
      const withoutNamespaces = doc.replace(/ xmlns(:\w+)?="[^"]*"/g, '');
      expect(withoutNamespaces).not.toMatch(/<script|<link|<img|<iframe|src=|url\(|https?:\/\//i);
      expect(doc).toContain("default-src 'none'");
      expect(doc).toContain('break-before: page');
    }
  });
});
