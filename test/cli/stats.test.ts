// `concord stats`: output formats, options and bad input (file, line, field, exit code).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src-main/cli/command.js';
import { ExitCode, InputError, UsageError } from '../../src-main/cli/command.js';
import { statsCommand } from '../../src-main/cli/commands/stats.js';
import { parseRatingsCsv } from '../../src-main/formats/ratings-csv.js';
import { computeAgreementReport } from '../../src-main/stats/index.js';
import type { AgreementReport } from '../../src-main/stats/index.js';

const fixtures = resolve(import.meta.dirname, '../fixtures/stats');
const tmp = mkdtempSync(join(tmpdir(), 'concord-stats-'));

/** Runs the command as the `concord` runner does: UsageError -> 2, InputError -> 3. */
async function run(argv: string[], cwd = fixtures) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd };
  let code: number;
  try {
    code = await statsCommand.run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) code = ExitCode.usage;
    else if (e instanceof InputError) code = ExitCode.badInput;
    else throw e;
    stderr += (e as Error).message;
  }
  return { code, stdout, stderr };
}

function csvFile(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

describe('concord stats output', () => {
  it('json: the engine report, identical to computeAgreementReport on the same data', async () => {
    const r = await run([
      'krippendorff-2011.csv',
      '--format',
      'json',
      '--ci',
      'none',
      '--levels',
      '1,2,3,4,5',
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as AgreementReport;
    expect(Object.keys(report.criteria)).toEqual(['Evidence', 'Reasoning', '__pooled__']);
    const alpha = report.criteria.Evidence!.statistics.krippendorff_alpha!;
    expect(alpha.nominal.value).toBeCloseTo(0.743, 3); // Krippendorff (2011)
    expect(alpha.interval.value).toBeCloseTo(0.849, 3);
    const { readFileSync } = await import('node:fs');
    const parsed = parseRatingsCsv(readFileSync(join(fixtures, 'krippendorff-2011.csv')));
    const api = computeAgreementReport(parsed, { levels: [1, 2, 3, 4, 5] });
    expect(report).toEqual(JSON.parse(JSON.stringify(api)));
  });

  it('table: a readable summary with bands and intervals', async () => {
    const r = await run(['krippendorff-2011.csv', '--reps', '200', '--seed', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Criterion Evidence/);
    expect(r.stdout).toMatch(/All criteria pooled/);
    expect(r.stdout).toMatch(/Krippendorff's alpha/);
    expect(r.stdout).toMatch(/nominal\s+0\.743 \[[-0-9.]+, [0-9.]+\]\s+tentative/);
    expect(r.stdout).toMatch(/Rater severity/);
  });

  it('csv: one row per statistic', async () => {
    const r = await run([
      'krippendorff-2011.csv',
      '--format',
      'csv',
      '--ci',
      'none',
      '--stats',
      'krippendorff_alpha,conger_kappa',
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('criterion,statistic,value,defined,n_used,ci95_lower,ci95_upper');
    expect(lines).toHaveLength(1 + 3 * 5);
    expect(
      lines.find((l) => l.startsWith('Evidence,krippendorff_alpha.nominal,0.743')),
    ).toBeDefined();
  });

  it('bootstrap intervals with --reps and --seed are reproducible', async () => {
    const a = await run([
      'krippendorff-2011.csv',
      '--format',
      'json',
      '--reps',
      '100',
      '--seed',
      '9',
    ]);
    const b = await run([
      'krippendorff-2011.csv',
      '--format',
      'json',
      '--reps',
      '100',
      '--seed',
      '9',
    ]);
    expect(a.stdout).toBe(b.stdout);
    const rep = JSON.parse(a.stdout) as AgreementReport;
    expect(rep.criteria.Evidence!.statistics.gwet_ac1!.full_scale.ci95_lower).toBeTypeOf('number');
  });

  it('without --levels the scale is the observed min..max', async () => {
    const f = csvFile('gap.csv', 'sample,rater,score\na,r1,2\na,r2,5\nb,r1,5\nb,r2,5\n');
    const r = await run([f, '--format', 'json', '--ci', 'none']);
    expect((JSON.parse(r.stdout) as AgreementReport).levels).toEqual([2, 3, 4, 5]);
  });
});

describe('concord stats bad input', () => {
  it('score outside --levels: exit 3 with file, line and field', async () => {
    const f = csvFile('out.csv', 'sample,rater,level\na,r1,1\na,r2,5\n');
    const r = await run([f, '--levels', '1,2,3,4', '--ci', 'none']);
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.stderr).toBe(
      `${f}, line 3, field "level": score 5 is not a level of the scale (1, 2, 3, 4)`,
    );
  });
  it('non-integer score', async () => {
    const f = csvFile('frac.csv', 'sample,rater,score\na,r1,1\na,r2,2.5\n');
    const r = await run([f]);
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.stderr).toMatch(/line 3, field "score": score "2.5" is not an integer/);
  });
  it('a rater scoring the same unit twice', async () => {
    const f = csvFile(
      'dup.csv',
      'sample,rater,criterion,score\na,r1,c,1\na,r2,c,2\nb,r1,c,1\na,r1,d,3\na,r1,c,3\n',
    );
    const r = await run([f, '--ci', 'none']);
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.stderr).toMatch(
      /line 6, field "rater": rater "r1" scored sample "a" twice for criterion "c" \(first scored on line 2\)/,
    );
  });
  it('missing column', async () => {
    const f = csvFile('nocol.csv', 'sample,who,score\na,r1,1\n');
    const r = await run([f]);
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.stderr).toMatch(/line 1, field "rater": missing column "rater"/);
  });
  it('several rounds need --round', async () => {
    const f = csvFile(
      'rounds.csv',
      'sample,rater,score,round\na,r1,1,1\na,r2,2,1\na,r1,2,2\na,r2,2,2\n',
    );
    const r = await run([f, '--ci', 'none']);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stderr).toMatch(/several rounds \(1, 2\); choose one with --round N/);
    const ok = await run([f, '--ci', 'none', '--round', '2', '--format', 'json']);
    expect(ok.code).toBe(0);
    const rep = JSON.parse(ok.stdout) as AgreementReport;
    expect(rep.criteria.all!.statistics.exact_agreement!.pooled_pairs.value).toBe(1);
  });
  it('usage errors: unknown statistic, bad option, no file', async () => {
    let r = await run(['krippendorff-2011.csv', '--stats', 'alpha']);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stderr).toMatch(
      /unknown statistic alpha; valid: exact_agreement, .*krippendorff_alpha/,
    );
    r = await run(['krippendorff-2011.csv', '--format', 'xml']);
    expect(r.code).toBe(ExitCode.usage);
    r = await run(['krippendorff-2011.csv', '--frobnicate']);
    expect(r.code).toBe(ExitCode.usage);
    r = await run([]);
    expect(r.code).toBe(ExitCode.usage);
  });
});
