import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir, release } from 'node:os';
import { join, resolve } from 'node:path';
import { openApp } from '../../app.js';
import { threadRunner, workerCount } from '../../jobs/thread-runner.js';
import {
  servingLine,
  startLine,
  stopLine,
  workspaceClosedLine,
  workspaceCopiedLine,
  workspaceCopyFailedLine,
  workspaceOpenedLine,
} from '../../logging/lines.js';
import { logFolder, SERVE_LOG_FILE } from '../../logging/log-folder.js';
import { openLog } from '../../logging/log.js';
import { logFatalErrors } from '../../logging/process-failures.js';
import { loggedRoom } from '../../logging/room.js';
import { scheduleAutoBackups } from '../../services/backup-schedule.js';
import { settleDefaultWorkspace } from '../../store/legacy-workspace.js';
import { defaultWorkspacePath } from '../../store/location.js';
import { startHttpServer } from '../../transports/http.js';
import { createRoomListener } from '../../transports/room-listener.js';
import { parseCommandLine, parsePort } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../command.js';
import { packageRoot, rendererDir } from '../paths.js';

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
  usage,
  async run(argv, io) {
    const { values } = parseCommandLine(argv, {
      workspace: { type: 'string' },
      demo: { type: 'boolean', default: false },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string' },
    });
    const staticDir = rendererDir();
    if (!existsSync(staticDir)) {
      io.stderr('The app is not built yet (no out/renderer): run `npm run build` first.\n');
      return ExitCode.failure;
    }
    const log = openLog({
      folder: logFolder(process.platform, process.env, homedir()),
      fileName: SERVE_LOG_FILE,
      console: false,
    });
    if (log.problem) io.stderr(`${log.problem}\n`);
    const stopLoggingFailures = logFatalErrors(process, log);
    log.info(
      startLine({
        shell: 'concord serve',
        version: concordVersion(),
        versions: process.versions,
        platform: process.platform,
        arch: process.arch,
        osRelease: release(),
      }),
    );
    const problem = (message: string, error?: unknown) => {
      log.error(message, error);
      io.stderr(`${message}\n`);
    };

    const workspacePath = values.workspace
      ? resolve(io.cwd, values.workspace)
      : await settleDefaultWorkspace((outcome) => {
          if (outcome.kind === 'copied') {
            log.info(workspaceCopiedLine(outcome.from, outcome.to));
            io.stderr(`${workspaceCopiedLine(outcome.from, outcome.to)}\n`);
          } else if (outcome.kind === 'failed') {
            problem(workspaceCopyFailedLine(outcome.from, outcome.to, outcome.reason));
          }
        });
    // Heavy work (anonymizing samples, packages, bootstrap intervals) runs in worker threads, so
    // the event loop keeps answering raters.
    const jobs = threadRunner({ size: workerCount() });
    let app: ReturnType<typeof openApp>;
    try {
      // Opened after the quick check; the full one follows and, on damage, the owner's screens say so.
      app = openApp(workspacePath, {
        fullCheck: 'soon',
        report: (message) => problem(message),
        jobs,
      });
    } catch (error) {
      log.error(`Could not open the workspace ${workspacePath}`, error);
      stopLoggingFailures();
      await jobs.close();
      throw error;
    }
    log.info(workspaceOpenedLine(workspacePath));
    if (values.demo && app.services.demo.load()) io.stdout('Loaded the demo data set.\n');
    // The day's automatic backup now, then a check every hour (a backup is taken once a day).
    const autoBackups = scheduleAutoBackups(
      () => app.services.backups,
      (message) => problem(message),
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
    // The address without the owner's key: a log never holds an access key.
    log.info(servingLine(`http://${server.host}:${server.port}`));
    const room = loggedRoom(
      createRoomListener({ services: app.services, ownerToken, staticDir }),
      log,
    );
    app.services.room.attachListener(room);
    io.stdout(`Workspace: ${workspacePath}\n`);
    if (log.file) io.stdout(`Log file: ${log.file}\n`);
    io.stdout(`Concord is ready: ${server.ownerUrl}\n`);
    io.stdout('Open that address in a browser. Press Ctrl+C to stop.\n');

    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        autoBackups.stop();
        void Promise.all([server.close(), room.close(), jobs.close()]).then(() => {
          app.close();
          log.info(workspaceClosedLine(workspacePath));
          log.info(stopLine());
          stopLoggingFailures();
          done();
        });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return ExitCode.ok;
  },
};

function concordVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
