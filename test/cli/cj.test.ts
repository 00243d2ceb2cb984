// `concord cj`: the report as JSON (exactly analyseJudgements'), the table's sections, sessions,
// and refusals: a wrong command line exits 2, bad data in a file exits 3 naming line and field.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeJudgementsCsv } from '../../src-main/formats/judgements-csv.js';
import { analyseJudgements } from '../../src-main/stats/cj.js';
import type { CjReport, Judgement } from '../../src-main/stats/cj-types.js';
import { runConcord } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'concord-cj-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

const SAMPLES = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'];

/** Every pair by four judges, strongest first in SAMPLES, with a few upsets (J3 the most). */
function judgements(): Judgement[] {
  const upsets = new Set(['J1:S2:S3', 'J2:S4:S5', 'J3:S1:S2', 'J3:S3:S6', 'J3:S2:S5']);
  const out: Judgement[] = [];
  let t = 0;
  for (const judge of ['J1', 'J2', 'J3', 'J4']) {
    for (let i = 0; i < SAMPLES.length; i++) {
      for (let k = i + 1; k < SAMPLES.length; k++) {
        const [better, worse] = [SAMPLES[i]!, SAMPLES[k]!];
        const [left, right] = t % 2 === 0 ? [better, worse] : [worse, better];
        const winner = upsets.has(`${judge}:${better}:${worse}`) ? worse : better;
        out.push({ judge, left, right, winner, ms: t % 7 === 0 ? null : 20000 + 500 * t });
        t++;
      }
    }
  }
  return out;
}

const JUDGEMENTS = judgements();
const CSV = file('judgements.csv', writeJudgementsCsv(JUDGEMENTS));
const ANCHORS = file('anchors.csv', 'sample,level\nS1,4\nS3,3\nS6,1\n');
const RUBRIC = file('rubric.csv', 'sample,score\nS1,4\nS2,4\nS3,2\nS4,3\nS5,2\nS6,1\nS9,3\n');

const cj = (...args: string[]) => runConcord(['cj', ...args], dir);

describe('concord cj output', () => {
  it('json: exactly the report analyseJudgements gives', async () => {
    const r = await cj(
      CSV,
      '--anchors',
      ANCHORS,
      '--levels',
      '1,2,3,4',
      '--rubric',
      RUBRIC,
      '--format',
      'json',
      '--splits',
      '30',
      '--seed',
      '5',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const expected = analyseJudgements({
      samples: SAMPLES,
      judgements: JUDGEMENTS,
      anchors: [
        { sample: 'S1', level: 4 },
        { sample: 'S3', level: 3 },
        { sample: 'S6', level: 1 },
      ],
      levels: [1, 2, 3, 4],
      rubric: [
        { sample: 'S1', score: 4 },
        { sample: 'S2', score: 4 },
        { sample: 'S3', score: 2 },
        { sample: 'S4', score: 3 },
        { sample: 'S5', score: 2 },
        { sample: 'S6', score: 1 },
        { sample: 'S9', score: 3 },
      ],
      splits: 30,
      seed: 5,
    });
    expect(JSON.parse(r.stdout) as CjReport).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('table: scale, reliability, judges, levels and the rubric comparison', async () => {
    const r = await cj(CSV, '--anchors', ANCHORS, '--levels', '1,2,3,4', '--rubric', RUBRIC);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^Scale: 6 samples, 60 judgements by 4 judges/);
    // Strongest first, with wins out of comparisons.
    const scale = out.split('\n').filter((l) => /^\s+\d+\s+S\d/.test(l));
    expect(scale.map((l) => l.trim().split(/\s+/)[1])).toEqual(SAMPLES);
    expect(out).toMatch(/rank\s+sample\s+ability\s+se\s+won\/compared\s+adjusted/);
    expect(out).toMatch(/Reliability/);
    expect(out).toMatch(/split-half \(judges split at random, \d+ splits\)\s+0\.\d{3}/);
    expect(out).toMatch(/scale separation/);
    expect(out).toMatch(/judge\s+judgements\s+infit\s+outfit\s+flagged\s+median time/);
    expect(out).toMatch(/^\s+J1\s+15\s/m);
    expect(out).toMatch(/Levels \(from the anchors/);
    expect(out).toMatch(/level 3 begins above level 1 at -?\d+\.\d{3} logits/);
    expect(out).toMatch(/No anchor at level 2/);
    expect(out).toMatch(/Against the rubric scores \(6 samples with both\)/);
    expect(out).toMatch(/Left out, never compared: S9/);
  });

  it('table: a judge far from the team is flagged, with the most surprising choices', async () => {
    // Seven judges keep the order with one upset each; J8 reverses every choice.
    const rows: Judgement[] = [];
    for (let j = 1; j <= 8; j++) {
      let pair = 0;
      for (let i = 0; i < SAMPLES.length; i++) {
        for (let k = i + 1; k < SAMPLES.length; k++) {
          const [better, worse] = [SAMPLES[i]!, SAMPLES[k]!];
          const upset = j === 8 || pair++ === j;
          rows.push({
            judge: `J${j}`,
            left: better,
            right: worse,
            winner: upset ? worse : better,
            ms: 1000 * j,
          });
        }
      }
    }
    const r = await cj(file('flagged.csv', writeJudgementsCsv(rows)), '--splits', '10');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s+J8\s+15\s+\d+\.\d\d\s+\d+\.\d\d\s+yes\s+8\.0 s$/m);
    expect(r.stdout).not.toMatch(/^\s+J[1-7]\s.*yes/m);
    expect(r.stdout).toMatch(
      /J8's most surprising choices:\n\s+chose S6 over S1 \(the scale gave that a \d+% chance\)/,
    );
  });

  it('reads one session of a file holding several', async () => {
    const rows = JUDGEMENTS.map((j, i) => ({ ...j, session: i < 30 ? 'autumn' : 'spring' }));
    const two = file('two.csv', writeJudgementsCsv(rows));
    const refused = await cj(two);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /several sessions \(autumn, spring\); choose one with --session/,
    );
    const r = await cj(two, '--session', 'autumn', '--format', 'json', '--splits', '10');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as CjReport;
    expect(report.fit.samples.reduce((n, s) => n + s.comparisons, 0)).toBe(60);
    expect((await cj(two, '--session', 'winter')).stderr).toMatch(
      /no judgements in session "winter"/,
    );
  });
});

describe('concord cj refusals', () => {
  it('exits 3 for bad data, naming file, line and field', async () => {
    const bad = file('bad.csv', 'judge,left,right,winner,ms\nJ1,S1,S2,S1,100\nJ1,S2,S3,S4,90\n');
    const r = await cj(bad);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^concord cj: bad\.csv, line 3, field "winner": the winner "S4" is neither/,
    );
  });

  it('exits 3 for an anchor that was never compared or off the scale', async () => {
    const stray = file('stray.csv', 'sample,level\nS1,4\nS8,2\n');
    const r = await cj(CSV, '--anchors', stray);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /stray\.csv, line 3, field "sample": "S8" is in none of the judgements/,
    );
    const off = await cj(CSV, '--anchors', ANCHORS, '--levels', '1,2,3');
    expect(off.code).toBe(3);
    expect(off.stderr).toMatch(/anchors\.csv, line 2, field "level": level 4 is not on the scale/);
  });

  it.each([
    [[], /give the judgements CSV file/],
    [[CSV, '--format', 'xml'], /--format must be table or json/],
    [[CSV, '--levels', '1,2'], /--levels goes with --anchors/],
    [[CSV, '--anchors', ANCHORS, '--levels', '1,x'], /--levels must be numbers/],
    [[CSV, '--splits', '0'], /--splits must be a whole number of at least 1/],
    [[CSV, '--seed=-3'], /--seed must be a whole number/],
    [[CSV, '--session', 'x'], /has no "session" column/],
    [[CSV, '--bogus'], /bogus/],
  ])('exits 2 for %j', async (args, message) => {
    const r = await cj(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('is listed by concord --help and has its own --help', async () => {
    expect((await runConcord(['--help'])).stdout).toMatch(/^\s+cj\s+Put samples on one scale/m);
    const help = await cj('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: concord cj FILE\.csv/);
  });
});
