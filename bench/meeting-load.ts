// `npm run bench -- meeting-load`: 40 raters scoring as fast as the api allows while the
// facilitator imports a 20-page PDF and a Word file and opens the results of the last session:
// the heavy work runs in worker threads, so a score's acknowledgement must not wait for it.
// Raters go on scoring (each pass rewrites every score) until the facilitator's work is done;
// every acknowledged write must be stored exactly once, with the last acknowledged value.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { strToU8, zipSync } from 'fflate';
import { makeTextPdf } from '../src-main/services/demo/pdf.js';
import { deviceConnection } from './device-connection.js';
import { liveMeeting } from './meeting-fixture.js';
import { roomClient } from './room-client.js';
import { startServerProcess } from './server-process.js';
import type { BenchSuite } from './suite.js';
import { median, percentile } from './suite.js';

const RATERS = 40;
const SAMPLES = 12;
const CRITERIA = 4;
const PDF_PAGES = 20;
const OWNER_TOKEN = 'bench-owner-token-0123456789abcdef';

/** A text PDF of exactly `pages` pages: one long paragraph per page's worth of text. */
function essayPdf(pages: number): Uint8Array {
  const paragraph =
    'The footbridge plan is better for the town because it is cheaper to build, safer for the ' +
    'children who walk to school, and it keeps the river path open for everyone. ';
  for (let paragraphs = pages; ; paragraphs++) {
    const pdf = makeTextPdf(
      'Essay by Maya Okafor',
      Array.from({ length: paragraphs }, () => paragraph.repeat(9)),
    );
    const count = Buffer.from(pdf).toString('latin1').split('/Type /Page /Parent').length - 1;
    if (count >= pages) return pdf;
  }
}

/** A Word file of a few pages of text, with a roster name to redact. */
function essayDocx(): Uint8Array {
  const paragraph =
    '<w:p><w:r><w:t>Maya Okafor argues that the footbridge is the better plan for the town, and ' +
    'gives three reasons with evidence from the council report.</w:t></w:r></w:p>';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/document.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        paragraph.repeat(200) +
        '</w:body></w:document>',
    ),
  });
}

interface FacilitatorTimes {
  pdfImport: number;
  docxImport: number;
  resultsFirst: number;
  resultsAgain: number;
}

async function facilitatorWork(port: number, earlierSessionId: string): Promise<FacilitatorTimes> {
  const client = roomClient(port, { maxSockets: 2 });
  const timed = async (work: () => Promise<unknown>) => {
    const start = performance.now();
    await work();
    return performance.now() - start;
  };
  const importFile = (name: string, bytes: Uint8Array) =>
    timed(async () => {
      const answer = (await client.call(OWNER_TOKEN, 'samples.import', {
        files: [{ name, base64: Buffer.from(bytes).toString('base64') }],
        roster: ['Maya Okafor'],
      })) as { results: { status: string; reason?: string }[] };
      const result = answer.results[0]!;
      if (result.status !== 'imported')
        throw new Error(`${name}: ${result.reason ?? result.status}`);
    });
  const openResults = () =>
    timed(() => client.call(OWNER_TOKEN, 'results.session', { sessionId: earlierSessionId }));
  try {
    const [pdfImport, docxImport, resultsFirst] = await Promise.all([
      importFile('essay-20-pages.pdf', essayPdf(PDF_PAGES)),
      importFile('essay.docx', essayDocx()),
      openResults(),
    ]);
    return { pdfImport, docxImport, resultsFirst, resultsAgain: await openResults() };
  } finally {
    client.close();
  }
}

async function loadRun(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-load-'));
  const workspace = join(dir, 'room.sqlite');
  const meeting = liveMeeting(workspace, RATERS, SAMPLES, CRITERIA, { earlier: true });
  const server = await startServerProcess(workspace, OWNER_TOKEN);
  const devices = await Promise.all(meeting.tokens.map(() => deviceConnection(server.port)));
  const latencies: number[] = [];
  let acknowledged = 0;
  const lastValue = new Map<string, number>();
  let facilitatorDone = false;
  const started = performance.now();
  const facilitator = facilitatorWork(server.port, meeting.earlierSessionId!).finally(() => {
    facilitatorDone = true;
  });
  let passes = 0;
  await Promise.all(
    meeting.tokens.map(async (token, rater) => {
      for (let pass = 0; pass === 0 || !facilitatorDone; pass++) {
        for (const sampleId of meeting.sampleIds) {
          for (const criterionId of meeting.criterionIds) {
            const score = 1 + ((rater + pass + sampleId.charCodeAt(0)) % 4);
            const sent = performance.now();
            await devices[rater]!.call(token, 'scores.record', {
              sessionId: meeting.sessionId,
              sampleId,
              criterionId,
              score,
            });
            latencies.push(performance.now() - sent);
            acknowledged++;
            lastValue.set(`${sampleId}|${meeting.raterIds[rater]}|${criterionId}`, score);
          }
        }
        passes = Math.max(passes, pass + 1);
      }
    }),
  );
  const times = await facilitator;
  const elapsed = performance.now() - started;
  for (const device of devices) device.close();
  await server.stop();

  const db = new Database(workspace, { readonly: true });
  const events = (
    db
      .prepare('SELECT COUNT(*) AS n FROM score_events WHERE session_id = ?')
      .get(meeting.sessionId) as { n: number }
  ).n;
  const current = db
    .prepare(
      'SELECT sample_id, rater_id, criterion_id, score FROM current_scores WHERE session_id = ?',
    )
    .all(meeting.sessionId) as {
    sample_id: string;
    rater_id: string;
    criterion_id: string;
    score: number;
  }[];
  db.close();
  rmSync(dir, { recursive: true, force: true });
  const wrong = current.filter(
    (c) => lastValue.get(`${c.sample_id}|${c.rater_id}|${c.criterion_id}`) !== c.score,
  ).length;

  console.log(
    `${RATERS} raters scoring (${passes} passes over ${SAMPLES} samples x ${CRITERIA} criteria, ` +
      `${acknowledged} scores in ${(elapsed / 1000).toFixed(1)} s) while the facilitator imports ` +
      `a ${PDF_PAGES}-page PDF and a Word file and opens results`,
  );
  console.log(
    `  ack latency ms: median ${median(latencies).toFixed(2)}, p95 ${percentile(latencies, 95).toFixed(2)}, ` +
      `p99 ${percentile(latencies, 99).toFixed(2)}, max ${latencies.reduce((a, b) => Math.max(a, b), 0).toFixed(2)}`,
  );
  console.log(
    `  facilitator: PDF import ${(times.pdfImport / 1000).toFixed(1)} s, Word import ` +
      `${(times.docxImport / 1000).toFixed(1)} s, results first view ${times.resultsFirst.toFixed(0)} ms, ` +
      `again ${times.resultsAgain.toFixed(0)} ms`,
  );
  console.log(
    `  stored: ${events} score events for ${acknowledged} acknowledged writes ` +
      `(lost ${Math.max(0, acknowledged - events)}, duplicated ${Math.max(0, events - acknowledged)}); ` +
      `${current.length - wrong} of ${current.length} current scores equal the last acknowledged value`,
  );
}

export const meetingLoadSuite: BenchSuite = {
  name: 'meeting-load',
  description: '40 raters scoring while the facilitator imports a 20-page PDF and a Word file',
  async run() {
    await loadRun();
  },
};
