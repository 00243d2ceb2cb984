// The room server on its own process for the meeting benchmark, as in a real meeting: the load
// comes from another process. Prints "PORT <n>" once listening.
import { openApp } from '../src-main/app.js';
import { threadRunner, workerCount } from '../src-main/jobs/thread-runner.js';
import { startHttpServer } from '../src-main/transports/http.js';

const [workspacePath, ownerToken] = process.argv.slice(2);
if (!workspacePath || !ownerToken) throw new Error('usage: meeting-server WORKSPACE OWNER_TOKEN');
// As `concord serve` runs it: heavy work in worker threads.
const jobs = threadRunner({ size: workerCount() });
const app = openApp(workspacePath, { jobs });
const server = await startHttpServer({
  services: app.services,
  ownerToken,
  staticDir: null,
  host: '127.0.0.1',
  port: 0,
});
process.stdout.write(`PORT ${server.port}\n`);
// The soak asks for memory over the IPC channel; a full GC first, so only what is held counts.
process.on('message', () => {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.send?.({ rss, heapUsed });
});
process.on('SIGTERM', () => {
  void Promise.all([server.close(), jobs.close()]).then(() => {
    app.close();
    process.exit(0);
  });
});
