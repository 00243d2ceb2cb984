// Heavy work in worker threads (the app and `concord serve` run it so): the same answers as in
// this thread, progress on the way, errors as their own kinds, a dead worker failing only its
// job, and the event loop free while the work runs. The workers run the build (npm run build).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src-main/domain/errors.js';
import { inlineRunner } from '../../src-main/jobs/runner.js';
import type { JobRunner } from '../../src-main/jobs/runner.js';
import { threadRunner } from '../../src-main/jobs/thread-runner.js';
import { makeTextPdf } from '../../src-main/services/demo/pdf.js';
import { seededRandom } from '../../src-main/domain/order.js';

const BUILT_WORKER = new URL('../../out/node/src-main/jobs/worker.js', import.meta.url);

let threads: JobRunner;
beforeAll(() => {
  if (!existsSync(BUILT_WORKER)) throw new Error('Build first: npm run build (no jobs/worker.js).');
  threads = threadRunner({ size: 2, entry: BUILT_WORKER });
});
afterAll(() => threads.close());

function ratings(units: number, raters: number, seed: number) {
  const random = seededRandom(seed);
  const rows = [];
  for (let u = 0; u < units; u++) {
    const truth = 1 + Math.floor(random() * 4);
    for (let r = 0; r < raters; r++) {
      const score = Math.min(4, Math.max(1, truth + Math.round(random() * 2 - 1)));
      rows.push({ sample: `S${u}`, rater: `R${r + 1}`, criterion: 'Claim', score });
    }
  }
  return rows;
}

describe('the thread runner', () => {
  it('gives the same figures as this thread, to the last digit', async () => {
    const input = {
      ratings: ratings(40, 5, 7),
      options: { levels: [1, 2, 3, 4], ci: { kind: 'bootstrap' as const, reps: 200, seed: 3 } },
    };
    const [there, here] = await Promise.all([
      threads.run('agreementReport', input),
      inlineRunner().run('agreementReport', input),
    ]);
    expect(there).toEqual(here);
  });

  it('reports progress page by page while a PDF is anonymized', async () => {
    const pages = Array.from({ length: 3 }, (_, i) => `Page ${i + 1}. Maya Okafor wrote this.`);
    const pdf = makeTextPdf('Essay', pages);
    const seen: string[] = [];
    const prepared = await threads.run(
      'prepareSample',
      { name: 'essay.pdf', bytes: pdf, roster: ['Maya Okafor'] },
      (done, total) => seen.push(`${done}/${total}`),
    );
    expect(prepared.kind).toBe('pdf');
    expect(prepared.rosterNames).toEqual(['Maya Okafor']);
    expect(seen.at(-1)).toMatch(/^(\d+)\/\1$/);
    expect(seen.length).toBeGreaterThanOrEqual(1);
  });

  it('brings a refusal back as the error it was, with its message', async () => {
    const refused = threads.run('prepareSample', {
      name: 'notes.exe',
      bytes: new TextEncoder().encode('MZ binary'),
      roster: [],
    });
    await expect(refused).rejects.toBeInstanceOf(InputError);
    await expect(refused).rejects.toThrow(/notes\.exe: not a supported work sample/);
  });

  it('fails only the job of a worker that dies, and goes on with a new one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-worker-'));
    try {
      const dying = join(dir, 'dying.mjs');
      writeFileSync(
        dying,
        "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(7));\n",
      );
      const runner = threadRunner({ size: 1, entry: pathToFileURL(dying) });
      await expect(runner.run('digest', { bytes: new Uint8Array([1]) })).rejects.toThrow(
        /could not be finished: the worker stopped \(exit 7\)/,
      );
      await expect(runner.run('digest', { bytes: new Uint8Array([2]) })).rejects.toThrow(
        /could not be finished/,
      );
      await runner.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves the event loop free while the work runs', async () => {
    const input = {
      ratings: ratings(400, 8, 11),
      options: { levels: [1, 2, 3, 4], ci: { kind: 'bootstrap' as const, reps: 1000, seed: 1 } },
    };
    let ticks = 0;
    let running = true;
    const tick = () => {
      ticks++;
      if (running) setTimeout(tick, 1);
    };
    tick();
    await threads.run('agreementReport', input);
    running = false;
    // In this thread the same work would leave no room for a single tick until it ended.
    expect(ticks).toBeGreaterThan(20);
  });
});
