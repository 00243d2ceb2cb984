// `npm run soak [-- --minutes N]`: a long meeting. 40 raters score for N minutes (10 by default,
// at most 120) against a room server in its own process, on loopback only: each rater thinks
// 50-250 ms between scores, keeps a change feed open (and reconnects it now and then), and
// rereads its assignment every 20 scores; the facilitator's board refetches progress on each
// change. The server's memory is sampled every few seconds, after a full GC.
//
// Fails (exit code 1) when
// - any acknowledged score is missing or the file fails its checks, or any call was refused;
// - memory grows without bound. After a warm-up (the first fifth of the run, at least 30 s), the
//   GC'd heap is fitted with a least-squares line: a slope above 1 MB/min together with a last
//   quarter whose median heap is over 5 MB above the first quarter's is a leak (a flat heap
//   jitters by well under that). Separately, RSS may not end over 100 MB above its post-warm-up
//   level.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { WebSocket } from 'ws';
import { liveMeeting } from './meeting-fixture.js';
import { connectChanges, roomClient } from './room-client.js';
import type { Target } from './room-drivers.js';
import { driveRaters, settled } from './room-drivers.js';
import { integrityProblems, Ledger, scoreProblems } from './room-ledger.js';
import type { MemorySample } from './server-process.js';
import { startServerProcess } from './server-process.js';
import { median } from './suite.js';

const RATERS = 40;
const SAMPLES = 12;
const CRITERIA = 4;
const SAMPLE_EVERY_MS = 5000;
const OWNER_TOKEN = 'soak-owner-token-0123456789abcdef';
const MB = 1024 * 1024;

function minutesWanted(): number {
  const at = process.argv.indexOf('--minutes');
  const raw = at === -1 ? process.env.SOAK_MINUTES : process.argv[at + 1];
  const minutes = raw === undefined ? 10 : Number(raw);
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 120) {
    console.error(`--minutes must be a number above 0 and at most 120, not "${raw}"`);
    process.exit(2);
  }
  return minutes;
}

/** Least-squares slope of y over x. */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

const minutes = minutesWanted();
const durationMs = minutes * 60_000;
const dir = mkdtempSync(join(tmpdir(), 'concord-soak-'));
const workspace = join(dir, 'soak.sqlite');
const meeting = liveMeeting(workspace, RATERS, SAMPLES, CRITERIA);
const server = await startServerProcess(workspace, OWNER_TOKEN);
const client = roomClient(server.port, { maxSockets: RATERS + 8, scheduling: 'fifo' });
const target: Target = { client, ownerToken: OWNER_TOKEN };
const scores = new Ledger();
const failures: string[] = [];
let feedMessages = 0;
let reads = 0;
console.log(
  `soak: ${RATERS} raters for ${minutes} min on 127.0.0.1:${server.port} (server pid ${server.pid})`,
);

// The facilitator's board, as in the meeting benchmark: one progress fetch at a time.
let fetching = false;
let dirty = false;
const refresh = async (): Promise<void> => {
  if (fetching) {
    dirty = true;
    return;
  }
  fetching = true;
  try {
    do {
      dirty = false;
      await client.call(OWNER_TOKEN, 'sessions.progress', { sessionId: meeting.sessionId });
      reads++;
    } while (dirty);
  } catch (error) {
    failures.push(`board: ${String(error)}`);
  } finally {
    fetching = false;
  }
};
const board = await connectChanges(server.port, OWNER_TOKEN, () => void refresh());
const feeds: WebSocket[] = await Promise.all(
  meeting.tokens.map((token) => connectChanges(server.port, token, () => feedMessages++)),
);

const samples: (MemorySample & { at: number })[] = [];
const started = performance.now();
let running = true;
const sampler = (async () => {
  while (running) {
    samples.push({ at: (performance.now() - started) / 60_000, ...(await server.memory()) });
    await pause(SAMPLE_EVERY_MS);
  }
})();

await Promise.all([
  driveRaters({
    sessionId: meeting.sessionId,
    target: () => target,
    running: () => running && performance.now() - started < durationMs,
    ledger: scores,
    tokens: meeting.tokens,
    raterIds: meeting.raterIds,
    sampleIds: meeting.sampleIds,
    criterionIds: meeting.criterionIds,
    afterScore: async (rater, n) => {
      try {
        if (n % 20 === 19) {
          await client.call(meeting.tokens[rater]!, 'scoring.assignment', {
            sessionId: meeting.sessionId,
          });
          reads++;
        }
        // A device that sleeps and wakes: its feed goes and comes back.
        if (n % 200 === 199) {
          feeds[rater]!.close();
          feeds[rater] = await connectChanges(
            server.port,
            meeting.tokens[rater]!,
            () => feedMessages++,
          );
        }
      } catch (error) {
        failures.push(`rater ${rater}: ${String(error)}`);
      }
      await pause(50 + Math.random() * 200);
    },
  }),
]);
running = false;
await sampler;
await settled(scores);
const elapsedMin = (performance.now() - started) / 60_000;
samples.push({ at: elapsedMin, ...(await server.memory()) });
board.close();
for (const feed of feeds) feed.close();
client.close();
await server.stop();

const db = new Database(workspace, { readonly: true });
const problems = [...integrityProblems(db), ...scoreProblems(db, meeting.sessionId, scores)];
const notes = new Set(
  (db.prepare('SELECT note FROM score_events').all() as { note: string }[]).map((r) => r.note),
);
db.close();
rmSync(dir, { recursive: true, force: true });

const acked = scores.writes.filter((w) => w.outcome === 'acked');
const present = acked.filter((w) => notes.has(w.tag)).length;
const warmUp = Math.max(0.5, minutes / 5);
const steady = samples.filter((s) => s.at >= warmUp);
const heapSlope = slope(steady.map((s) => ({ x: s.at, y: s.heapUsed / MB })));
const rssSlope = slope(steady.map((s) => ({ x: s.at, y: s.rss / MB })));
const quarter = Math.max(1, Math.floor(steady.length / 4));
const firstHeap = median(steady.slice(0, quarter).map((s) => s.heapUsed));
const lastHeap = median(steady.slice(-quarter).map((s) => s.heapUsed));
const rssAfterWarmUp = steady[0]?.rss ?? Number.NaN;
const rssEnd = samples[samples.length - 1]!.rss;
const describe = (pick: (s: MemorySample) => number) => {
  const values = samples.map(pick);
  return `start ${mb(values[0]!)}, median ${mb(median(values))}, max ${mb(Math.max(...values))}, end ${mb(values[values.length - 1]!)}`;
};

console.log(
  `  ran ${elapsedMin.toFixed(1)} min; ${samples.length} memory samples every ${SAMPLE_EVERY_MS / 1000} s`,
);
console.log(`  rss:  ${describe((s) => s.rss)}`);
console.log(`  heap (after GC): ${describe((s) => s.heapUsed)}`);
console.log(
  `  heap slope after ${warmUp.toFixed(1)} min warm-up: ${heapSlope.toFixed(2)} MB/min ` +
    `(first quarter median ${mb(firstHeap)}, last quarter ${mb(lastHeap)}); ` +
    `rss slope ${rssSlope.toFixed(2)} MB/min`,
);
console.log(
  `  scores: ${scores.writes.length} sent, ${acked.length} acknowledged, ${present} present, ` +
    `${scores.count('refused')} refused, ${scores.count('unknown')} unanswered ` +
    `(${(acked.length / elapsedMin / 60).toFixed(0)} scores/s); ${reads} reads; ` +
    `${feedMessages} change messages to raters`,
);

if (steady.length < 4) failures.push('too few memory samples after the warm-up: run longer');
if (heapSlope > 1 && lastHeap - firstHeap > 5 * MB)
  failures.push(`the heap keeps growing: ${heapSlope.toFixed(2)} MB/min`);
if (rssEnd - rssAfterWarmUp > 100 * MB)
  failures.push(`RSS grew by ${mb(rssEnd - rssAfterWarmUp)} after the warm-up`);
if (present !== acked.length) failures.push(`${acked.length - present} acknowledged scores lost`);
if (scores.count('refused') > 0) failures.push(`${scores.count('refused')} scores refused`);
failures.push(...problems, ...scores.refusals.slice(0, 5));
// A write without an answer is not acknowledged, so not lost: the rater sees an error and
// scores again. Said, with why, but not a failure.
if (scores.breaks.length > 0)
  console.log(`  unanswered because: ${[...new Set(scores.breaks)].slice(0, 5).join('; ')}`);

if (failures.length > 0) {
  console.error(`soak FAILED:\n  ${failures.slice(0, 20).join('\n  ')}`);
  process.exit(1);
}
console.log('soak passed: memory flat, nothing lost.');
