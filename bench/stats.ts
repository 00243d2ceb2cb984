// `npm run bench -- stats`: the agreement statistics engine and `concord stats`.
// Per-statistic medians at 10^3..10^6 ratings (10 raters, 20% missing, levels 1-4, generated
// deterministically into the OS temp dir), end-to-end CLI wall time and peak RSS at 10^6
// (`--ci none`), and bootstrap with 1,000 replicates on 10^5 ratings (end to end, where the
// cores share the replicates, and in process on one thread and shared).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRatingsCsv } from '../src-main/formats/ratings-csv.js';
import { startCores } from '../src-main/jobs/shared-report.js';
import {
  computeAgreementReport,
  prepare,
  reportForTable,
  STAT_KEYS,
} from '../src-main/stats/index.js';
import type { StatKey } from '../src-main/stats/index.js';
import { writeRatingsCsv } from './stats-data.js';
import type { BenchSuite } from './suite.js';
import { median } from './suite.js';

const RATERS = 10;
const MISSING = 0.2;
const LEVELS = [1, 2, 3, 4];
const here = dirname(fileURLToPath(import.meta.url));
const entry = join(here, 'stats-cli-entry.js');

/** Writes (once) a file with about `ratings` non-missing ratings. */
function dataFile(ratings: number): string {
  const dir = join(tmpdir(), 'concord-bench-stats');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `ratings-${ratings}.csv`);
  if (!existsSync(path)) {
    writeRatingsCsv(path, Math.round(ratings / (RATERS * (1 - MISSING))), RATERS, MISSING);
  }
  return path;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const fmtMs = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(9);

/** Runs the CLI entry in a fresh process; wall ms and peak RSS bytes. */
function runCli(args: string[]): { wall: number; rss: number; cpu: number } {
  const useTime = existsSync('/usr/bin/time');
  const t = performance.now();
  const res = useTime
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, entry, ...args], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      })
    : spawnSync(process.execPath, [entry, ...args], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        env: { ...process.env, CONCORD_BENCH_RSS: '1' },
      });
  const wall = performance.now() - t;
  if (res.status !== 0) throw new Error(`concord stats failed: ${res.stderr}`);
  const m = useTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr)
    : /maxRSS (\d+)/.exec(res.stderr);
  const rss = m ? Number(m[1]) * (useTime ? 1024 : 1) : Number.NaN;
  const user = /User time \(seconds\): ([\d.]+)/.exec(res.stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(res.stderr);
  const cpu = user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : Number.NaN;
  return { wall, rss, cpu };
}

export const statsSuite: BenchSuite = {
  name: 'stats',
  description:
    'agreement statistics: per-statistic medians at 10^3..10^6 ratings, CLI end to end, bootstrap',
  async run() {
    const sizes = [1e3, 1e4, 1e5, 1e6];
    const files = sizes.map(dataFile);
    const header = ['step'.padEnd(28), ...sizes.map((n) => `${n.toExponential(0)}`.padStart(9))];
    console.log(
      'In-process medians (ms); each statistic timed alone, including the baseline (unit sums)',
    );
    console.log(header.join(''));
    const rows = new Map<string, number[]>();
    const add = (k: string, v: number): void => {
      const r = rows.get(k) ?? [];
      r.push(v);
      rows.set(k, r);
    };
    // Warm up the JIT on the 10^4 file so the small sizes measure compiled code.
    {
      const warm = readFileSync(files[1]!);
      for (let i = 0; i < 20; i++) {
        const t = prepare(parseRatingsCsv(warm), LEVELS).criteria[0]!.table;
        reportForTable(t, new Set<StatKey>());
        reportForTable(t, new Set<StatKey>(STAT_KEYS));
      }
    }
    for (const file of files) {
      const bytes = readFileSync(file);
      const runs = bytes.length > 5e6 ? 5 : 11;
      const parseT: number[] = [];
      const prepT: number[] = [];
      let parsed = parseRatingsCsv(bytes);
      for (let i = 0; i < runs; i++) parseT.push(time(() => (parsed = parseRatingsCsv(bytes))));
      let prepared = prepare(parsed, LEVELS, { orderUnitsById: false });
      for (let i = 0; i < runs; i++) {
        prepT.push(time(() => (prepared = prepare(parsed, LEVELS, { orderUnitsById: false }))));
      }
      add('parse CSV', median(parseT));
      add('prepare units', median(prepT));
      const table = prepared.criteria[0]!.table;
      {
        // Baseline every statistic below includes: unit sums, counts, paradox check.
        const none = new Set<StatKey>();
        const t: number[] = [];
        for (let i = 0; i < runs; i++) t.push(time(() => reportForTable(table, none)));
        add('baseline (unit sums)', median(t));
      }
      for (const key of STAT_KEYS) {
        const wanted = new Set<StatKey>([key]);
        reportForTable(table, wanted);
        const t: number[] = [];
        for (let i = 0; i < runs; i++) t.push(time(() => reportForTable(table, wanted)));
        add(key, median(t));
      }
      const all = new Set<StatKey>(STAT_KEYS);
      const t: number[] = [];
      for (let i = 0; i < runs; i++) t.push(time(() => reportForTable(table, all)));
      add('all statistics', median(t));
      const e: number[] = [];
      for (let i = 0; i < Math.min(runs, 5); i++) {
        e.push(time(() => computeAgreementReport(parseRatingsCsv(bytes), { levels: LEVELS })));
      }
      add('parse + all (in process)', median(e));
    }
    for (const [k, v] of rows) console.log(`${k.padEnd(28)}${v.map(fmtMs).join('')}`);
    console.log(`(1-minute load average ${loadavg()[0]!.toFixed(2)} on ${cpus().length} CPUs)`);

    // End to end at 10^6, fresh process each run.
    const big = files[3]!;
    const e2e = [];
    for (let i = 0; i < 5; i++) e2e.push(runCli([big, '--ci', 'none', '--format', 'json']));
    const wall = median(e2e.map((r) => r.wall));
    const rss = median(e2e.map((r) => r.rss));
    const cpu = median(e2e.map((r) => r.cpu));
    console.log(
      `\nconcord stats --ci none --format json, 10^6 ratings (${big}): median of 5 runs` +
        `\n  wall ${(wall / 1000).toFixed(3)} s (target <= 1.2 s), CPU user+sys ${(cpu / 1000).toFixed(3)} s, ` +
        `peak RSS ${(rss / 2 ** 20).toFixed(0)} MiB (target <= 1024 MiB)` +
        `  ${wall <= 1200 && rss <= 2 ** 30 ? 'OK' : 'MISSED'}`,
    );

    // Bootstrap, 1,000 replicates on 10^5 ratings: end to end (this thread and a worker per
    // other core share the replicates), and in this process on one thread and shared.
    const mid = files[2]!;
    const boot = [];
    for (let i = 0; i < 5; i++) {
      boot.push(runCli([mid, '--ci', 'bootstrap', '--reps', '1000', '--format', 'json']));
    }
    const bootWall = median(boot.map((r) => r.wall));
    const bootCpu = median(boot.map((r) => r.cpu));
    const midBytes = readFileSync(mid);
    const options = { levels: LEVELS, ci: { kind: 'bootstrap', reps: 1000, seed: 1 } } as const;
    const oneThread: number[] = [];
    const shared: number[] = [];
    for (let i = 0; i < 5; i++) {
      oneThread.push(time(() => computeAgreementReport(parseRatingsCsv(midBytes), options)));
      const t = performance.now();
      const cores = startCores();
      await cores.report(parseRatingsCsv(midBytes), options);
      shared.push(performance.now() - t);
      await cores.close();
    }
    const s = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
    console.log(
      `concord stats --ci bootstrap --reps 1000, 10^5 ratings: median of 5 runs` +
        `\n  wall ${s(bootWall)} end to end on ${availableParallelism()} cores (CPU ${s(bootCpu)}; ` +
        `target <= 1 s)  ${bootWall <= 1000 ? 'OK' : 'MISSED'}` +
        `\n  in process: ${s(median(oneThread))} on one thread, ${s(median(shared))} shared by the cores` +
        ` (1-minute load average ${loadavg()[0]!.toFixed(2)})`,
    );
  },
};
