// `npm run bench -- meeting`: 40 raters scoring at once against a room server in its own
// process (latency to a persisted acknowledgement, the facilitator's board lag, nothing lost or
// duplicated), and a workspace holding 300,000 scores opened and listed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openApp } from '../src-main/app.js';
import { historyWorkspace, liveMeeting } from './meeting-fixture.js';
import { deviceConnection } from './device-connection.js';
import { connectChanges, roomClient } from './room-client.js';
import { startServerProcess } from './server-process.js';
import type { BenchSuite } from './suite.js';
import { median, percentile } from './suite.js';

const RATERS = 40;
const SAMPLES = 12;
const CRITERIA = 4;
const OWNER_TOKEN = 'bench-owner-token-0123456789abcdef';

/** Processor time (user + system) a process has used so far, from /proc (Linux). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
  return ticks * 10; // 100 ticks a second on Linux
}

async function roomRun(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-room-'));
  const workspace = join(dir, 'room.sqlite');
  const meeting = liveMeeting(workspace, RATERS, SAMPLES, CRITERIA);
  const server = await startServerProcess(workspace, OWNER_TOKEN);
  const client = roomClient(server.port, { maxSockets: 4 });
  const call = client.call;

  // The facilitator's board: refetches progress on each change, one fetch at a time.
  const boardSeen: { at: number; done: number[] }[] = [];
  let fetching = false;
  let dirty = false;
  const refresh = async (): Promise<void> => {
    if (fetching) {
      dirty = true;
      return;
    }
    fetching = true;
    do {
      dirty = false;
      const progress = (await call(OWNER_TOKEN, 'sessions.progress', {
        sessionId: meeting.sessionId,
      })) as {
        done: number;
      }[];
      boardSeen.push({ at: performance.now(), done: progress.map((r) => r.done) });
    } while (dirty);
    fetching = false;
  };
  let boardEvents = 0;
  const socket = await connectChanges(server.port, OWNER_TOKEN, () => {
    boardEvents++;
    void refresh();
  });
  // Every rater's screen listens too, as in the room; what they hear is counted.
  let raterEvents = 0;
  const raterSockets = await Promise.all(
    meeting.tokens.map((token) => connectChanges(server.port, token, () => raterEvents++)),
  );

  const devices = await Promise.all(meeting.tokens.map(() => deviceConnection(server.port)));
  const acknowledged: number[][] = meeting.tokens.map(() => []);
  const latencies: number[] = [];
  const serverCpu0 = cpuMsOf(server.pid);
  const clientCpu0 = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    meeting.tokens.map(async (token, rater) => {
      for (const sampleId of meeting.sampleIds) {
        for (const criterionId of meeting.criterionIds) {
          const sent = performance.now();
          await devices[rater]!.call(token, 'scores.record', {
            sessionId: meeting.sessionId,
            sampleId,
            criterionId,
            score: 1 + ((rater + sampleId.charCodeAt(0)) % 4),
          });
          const at = performance.now();
          latencies.push(at - sent);
          acknowledged[rater]!.push(at);
        }
      }
    }),
  );
  const elapsed = performance.now() - started;
  const serverCpu = cpuMsOf(server.pid) - serverCpu0;
  const clientUsage = process.cpuUsage(clientCpu0);
  const clientCpu = (clientUsage.user + clientUsage.system) / 1000;
  const deadline = performance.now() + 5000;
  const total = SAMPLES * CRITERIA;
  while (performance.now() < deadline && !boardSeen.some((b) => b.done.every((d) => d === total))) {
    await new Promise((r) => setTimeout(r, 20));
  }
  // How long after its acknowledgement each score first showed on the board.
  const lags: number[] = [];
  acknowledged.forEach((times, rater) => {
    times.forEach((ackAt, index) => {
      const shown = boardSeen.find((b) => b.at >= ackAt && b.done[rater]! >= index + 1);
      lags.push(shown ? shown.at - ackAt : Number.POSITIVE_INFINITY);
    });
  });
  socket.close();
  for (const raterSocket of raterSockets) raterSocket.close();
  for (const device of devices) device.close();
  client.close();
  await server.stop();

  const db = new Database(workspace, { readonly: true });
  const events = (db.prepare('SELECT COUNT(*) AS n FROM score_events').get() as { n: number }).n;
  const distinct = (
    db
      .prepare(
        'SELECT COUNT(*) AS n FROM (SELECT DISTINCT sample_id, rater_id, criterion_id FROM score_events)',
      )
      .get() as { n: number }
  ).n;
  db.close();
  rmSync(dir, { recursive: true, force: true });

  const expected = RATERS * SAMPLES * CRITERIA;
  console.log(`${RATERS} raters x ${SAMPLES} samples x ${CRITERIA} criteria = ${expected} scores`);
  console.log(
    `  ack latency ms: median ${median(latencies).toFixed(2)}, p95 ${percentile(latencies, 95).toFixed(2)}, ` +
      `p99 ${percentile(latencies, 99).toFixed(2)}, max ${Math.max(...latencies).toFixed(2)}`,
  );
  console.log(
    `  throughput: ${((expected / elapsed) * 1000).toFixed(0)} scores/s over ${elapsed.toFixed(0)} ms`,
  );
  console.log(
    `  processor time while scoring: server ${serverCpu.toFixed(0)} ms ` +
      `(${((serverCpu / expected) * 1000).toFixed(0)} µs a score), ` +
      `the ${RATERS} simulated devices ${clientCpu.toFixed(0)} ms`,
  );
  console.log(
    `  board lag ms: median ${median(lags).toFixed(1)}, p95 ${percentile(lags, 95).toFixed(1)}, ` +
      `max ${Math.max(...lags).toFixed(1)}`,
  );
  console.log(
    `  change events heard: board ${boardEvents}, all raters together ${raterEvents}, ` +
      `board fetches ${boardSeen.length}`,
  );
  console.log(
    `  stored: ${events} score events, ${distinct} distinct scores (lost ${expected - distinct}, duplicated ${events - distinct})`,
  );
}

async function workspaceSizeRun(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-size-'));
  const workspace = join(dir, 'history.sqlite');
  const built = performance.now();
  const written = historyWorkspace(workspace, {
    sessions: 100,
    raters: 30,
    samples: 20,
    criteria: 5,
  });
  console.log(
    `workspace with ${written} scores built in ${((performance.now() - built) / 1000).toFixed(1)} s`,
  );
  // As the app and the room server open it: the quick check, then the list the first screen
  // shows; the full check follows a moment later (timed apart), and is what a CLI command waits for.
  const opened: number[] = [];
  const fullChecks: number[] = [];
  const checkedFirst: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const app = openApp(workspace, { fullCheck: 'soon' });
    const sessions = app.services.sessions.list();
    opened.push(performance.now() - start);
    if (sessions.length !== 100) throw new Error(`listed ${sessions.length} sessions`);
    const checkStart = performance.now();
    if (app.services.integrity.checkFully()) throw new Error('the bench workspace is damaged');
    fullChecks.push(performance.now() - checkStart);
    app.close();
    const cliStart = performance.now();
    const cli = openApp(workspace);
    cli.services.sessions.list();
    checkedFirst.push(performance.now() - cliStart);
    cli.close();
  }
  console.log(
    `  open (quick check) + list sessions, as the app and room server do: median ${median(opened).toFixed(0)} ms of 5`,
  );
  console.log(
    `  the full integrity check that follows in the background: median ${median(fullChecks).toFixed(0)} ms; ` +
      `open with the full check first + list (the CLI): median ${median(checkedFirst).toFixed(0)} ms`,
  );
  rmSync(dir, { recursive: true, force: true });
}

export const meetingSuite: BenchSuite = {
  name: 'meeting',
  description: 'a live room of 40 raters, and a workspace with 300,000 scores',
  async run() {
    await roomRun();
    await workspaceSizeRun();
  },
};
