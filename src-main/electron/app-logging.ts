// The app's log file and local crash dumps, set up first thing: both in the log folder that
// logging/log-folder.ts decides for the app and `concord serve` alike, which app.getPath('logs')
// then names too. Crash dumps are never uploaded.
import type { App, CrashReporter } from 'electron';
import { homedir, release } from 'node:os';
import { startLine } from '../logging/lines.js';
import { APP_LOG_FILE, crashDumpFolder, logFolder } from '../logging/log-folder.js';
import type { Log } from '../logging/log.js';
import { openLog } from '../logging/log.js';

export function startLogging(app: App, crashReporter: CrashReporter): Log {
  const home = homedir();
  const folder = logFolder(process.platform, process.env, home);
  app.setAppLogsPath(folder);
  // Before the crash reporter starts, which reads the place once.
  app.setPath('crashDumps', crashDumpFolder(process.platform, process.env, home));
  crashReporter.start({ uploadToServer: false });
  const log = openLog({ folder, fileName: APP_LOG_FILE, console: !app.isPackaged });
  log.info(
    startLine({
      shell: 'desktop app',
      version: app.getVersion(),
      versions: process.versions,
      platform: process.platform,
      arch: process.arch,
      osRelease: release(),
    }),
  );
  return log;
}
