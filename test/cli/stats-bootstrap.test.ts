// `concord stats` with enough bootstrap work to share it among the cores: the built command (with
// its worker threads) and the command run from the sources (where no built worker exists, so
// this thread does it all) print exactly what the engine computes in one thread.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src-main/cli/command.js';
import { statsCommand } from '../../src-main/cli/commands/stats.js';
import { parseRatingsCsv } from '../../src-main/formats/ratings-csv.js';
import { MIN_SHARED_WORK, replicateCost } from '../../src-main/jobs/shared-report.js';
import { computeAgreementReport, prepare } from '../../src-main/stats/index.js';
import { seededRandom } from '../../src-main/domain/order.js';

const BIN = resolve(import.meta.dirname, '../../bin/concord.js');
const BUILT = resolve(import.meta.dirname, '../../out/node/src-main/jobs/worker.js');
const dir = mkdtempSync(join(tmpdir(), 'concord-stats-boot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 1,500 samples x 6 raters on two criteria, some scores missing. */
function writeData(): string {
  const random = seededRandom(2024);
  const lines = ['sample,rater,criterion,score'];
  for (const criterion of ['Claim', 'Evidence']) {
    for (let s = 0; s < 1500; s++) {
      const truth = 1 + Math.floor(random() * 4);
      for (let r = 1; r <= 6; r++) {
        const score = Math.min(4, Math.max(1, truth + Math.round(random() * 2 - 1)));
        lines.push(`S${s},R${r},${criterion},${random() < 0.1 ? '' : score}`);
      }
    }
  }
  const path = join(dir, 'ratings.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const file = writeData();
const args = [file, '--format', 'json', '--reps', '1000', '--seed', '7'];
const parsed = parseRatingsCsv(readFileSync(file));
const levels = [1, 2, 3, 4];
const expected = computeAgreementReport(parsed, {
  levels,
  ci: { kind: 'bootstrap', reps: 1000, seed: 7 },
});

describe('concord stats --ci bootstrap on many ratings', () => {
  it('is enough work to share', () => {
    const p = prepare(parsed, levels, { orderUnitsById: true });
    const tables = [...p.criteria.map((c) => c.table), p.pooled!];
    const cost = 1000 * tables.reduce((sum, t) => sum + replicateCost(t), 0);
    expect(cost).toBeGreaterThan(MIN_SHARED_WORK);
  });

  it('prints the engine report from the built command (worker threads)', () => {
    if (!existsSync(BUILT)) throw new Error('Build first: npm run build:node (no worker.js).');
    const run = spawnSync(process.execPath, [BIN, 'stats', ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('prints the engine report when no worker can start (from the sources)', async () => {
    let stdout = '';
    const io: CliIO = { stdout: (t) => void (stdout += t), stderr: () => undefined, cwd: dir };
    expect(await statsCommand.run(args, io)).toBe(0);
    expect(stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });
});
