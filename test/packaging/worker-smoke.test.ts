// The parts of dist:check's worker smoke test that do not need the built bundle: the PDF it
// feeds the worker, and how replies, failures and wrong answers become problems.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJobs, tinyPdf } from '../../scripts/dist-check/worker-smoke.js';
import { tempDir } from '../helpers/workspace.js';

describe('tinyPdf', () => {
  it('is a one-page PDF that pdf.js reads, with the text on its page', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await pdfjs.getDocument({ data: tinyPdf('Maria (Lopez)'), verbosity: 0 })
      .promise;
    expect(document.numPages).toBe(1);
    const content = await (await document.getPage(1)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    expect(text).toBe('Maria (Lopez)');
    await document.destroy();
  });
});

describe('runJobs', () => {
  it('reports failed jobs, wrong answers and a worker that dies', async () => {
    const worker = path.join(tempDir('concord-smoke-'), 'worker.mjs');
    writeFileSync(
      worker,
      `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, name, input }) => {
  if (name === 'die') process.exit(3);
  if (name === 'fail') parentPort.postMessage({ type: 'failed', id, error: { message: 'refused' } });
  else parentPort.postMessage({ type: 'done', id, output: input });
});`,
    );
    const problems = await runJobs(worker, [
      { name: 'echo', input: 2, check: (output) => (output === 2 ? null : 'wrong') },
      { name: 'echo', input: 3, check: (output) => (output === 2 ? null : 'not 2') },
      { name: 'fail', input: null, check: () => null },
      { name: 'die', input: null, check: () => null },
    ]);
    expect(problems).toEqual([
      'echo: not 2',
      'fail: refused',
      expect.stringMatching(/^the worker stopped/),
    ]);
  });
});
