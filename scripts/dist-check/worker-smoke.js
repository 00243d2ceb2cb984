// A few jobs run through the bundled jobs worker (out/electron/main/worker.js) in a Node worker
// thread, as the app runs them: the static checks read every bundle file, but only running the
// code shows that the bundled packages still work together (pdf.js with the canvas addon, the
// name finder, zip and zod). Node here, not Electron's Node: a smoke test, not the app.
import { Worker } from 'node:worker_threads';

/** A one-page PDF that shows `text` in a standard font, with a correct cross-reference table. */
export function tinyPdf(text) {
  const stream = `BT /F1 14 Tf 20 100 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** Runs `jobs` ([{ name, input, check(output) -> problem or null }]) one after another. */
export async function runJobs(workerFile, jobs, timeoutMs = 60_000) {
  const worker = new Worker(workerFile, { workerData: { background: false } });
  const problems = [];
  try {
    for (const [index, job] of jobs.entries()) {
      const reply = await new Promise((resolve, reject) => {
        const settle = (done) => (value) => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
          done(value);
        };
        const onError = settle(reject);
        const onReply = settle(resolve);
        const onMessage = (message) => {
          if (message.id === index && message.type !== 'progress') onReply(message);
        };
        const onExit = (code) =>
          onError(new Error(`it exited with code ${code} during ${job.name}`));
        const timer = setTimeout(() => onError(new Error(`${job.name} took too long`)), timeoutMs);
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage({ id: index, name: job.name, input: job.input });
      });
      if (reply.type === 'failed') problems.push(`${job.name}: ${reply.error.message}`);
      else {
        const problem = job.check(reply.output);
        if (problem) problems.push(`${job.name}: ${problem}`);
      }
    }
  } catch (error) {
    problems.push(`the worker stopped: ${error.message}`);
  } finally {
    await worker.terminate();
  }
  return problems;
}

/** The jobs `npm run dist:check` runs: PDF pages, names in a PDF, name suggestions in text. */
export function smokeJobs() {
  const pdf = tinyPdf('Maria Lopez wrote this essay about rivers.');
  const text = new TextEncoder().encode('Essay by Jonathan Smith. Jonathan Smith likes rivers.');
  return [
    {
      name: 'pageCount',
      input: { kind: 'pdf', bytes: pdf },
      check: (pages) => (pages === 1 ? null : `counted ${pages} pages in a one-page PDF`),
    },
    {
      name: 'prepareSample',
      input: { name: 'essay.pdf', bytes: pdf, roster: ['Maria Lopez'] },
      check: (sample) =>
        sample.rosterNames?.join() === 'Maria Lopez' && sample.copy?.bytes?.length > 0
          ? null
          : 'did not find the roster name in the PDF or made no anonymized copy',
    },
    {
      name: 'prepareSample',
      input: { name: 'essay.txt', bytes: text, roster: [] },
      check: (sample) =>
        sample.candidates?.some((candidate) => candidate.name === 'Jonathan Smith')
          ? null
          : 'suggested no name in a text that holds one',
    },
  ];
}
