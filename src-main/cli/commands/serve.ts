import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApp } from '../../app.js';
import { threadRunner, workerCount } from '../../jobs/thread-runner.js';
import { scheduleAutoBackups } from '../../services/backup-schedule.js';
import { loadDemo } from '../../services/demo/load.js';
import { defaultWorkspacePath } from '../../store/location.js';
import { startHttpServer } from '../../transports/http.js';
import { createRoomListener } from '../../transports/room-listener.js';
import { parseCommandLine, parsePort } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../command.js';
import { rendererDir } from '../paths.js';

export const DEFAULT_PORT = 4870;

const usage = `Usage: concord serve [--workspace FILE] [--demo] [--host H] [--port N]

Serves Concord to a web browser: browser mode on this computer, or the live room on the local
network. Prints the address to open; it carries the owner's access key, so keep it to yourself.

Options:
  --workspace FILE  the workspace file (default: ${defaultWorkspacePath()})
  --demo            load the demo data set first, when the workspace is empty
  --host H          the address to listen on (default 127.0.0.1: this computer only)
  --port N          the port (default ${DEFAULT_PORT}; 0 picks a free one)
`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve Concord to a browser.',
  usage,
  async run(argv, io) {
    const { values } = parseCommandLine(argv, {
      workspace: { type: 'string' },
      demo: { type: 'boolean', default: false },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string' },
    });
    const workspacePath = values.workspace
      ? resolve(io.cwd, values.workspace)
      : defaultWorkspacePath();
    const staticDir = rendererDir();
    if (!existsSync(staticDir)) {
      io.stderr('The app is not built yet (no out/renderer): run `npm run build` first.\n');
      return ExitCode.failure;
    }
    // Heavy work (anonymizing samples, packages, bootstrap intervals) runs in worker threads, so
    // the event loop keeps answering raters.
    const jobs = threadRunner({ size: workerCount() });
    // Opened after the quick check; the full one follows and, on damage, the owner's screens say so.
    const app = openApp(workspacePath, {
      fullCheck: 'soon',
      report: (message) => io.stderr(`${message}\n`),
      jobs,
    });
    if (values.demo && loadDemo(app.services)) io.stdout('Loaded the demo data set.\n');
    // The day's automatic backup now, then a check every hour (a backup is taken once a day).
    const autoBackups = scheduleAutoBackups(
      () => app.services.backups,
      (message) => io.stderr(`${message}\n`),
    );
    await autoBackups.checkNow();
    const ownerToken = randomBytes(24).toString('base64url');
    const server = await startHttpServer({
      services: app.services,
      ownerToken,
      staticDir,
      host: values.host,
      port: parsePort(values.port, DEFAULT_PORT),
    });
    const room = createRoomListener({ services: app.services, ownerToken, staticDir });
    app.services.room.attachListener(room);
    io.stdout(`Workspace: ${workspacePath}\n`);
    io.stdout(`Concord is ready: ${server.ownerUrl}\n`);
    io.stdout('Open that address in a browser. Press Ctrl+C to stop.\n');

    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        autoBackups.stop();
        void Promise.all([server.close(), room.close(), jobs.close()]).then(() => {
          app.close();
          done();
        });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return ExitCode.ok;
  },
};
