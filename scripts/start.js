// `npm start`: the desktop app when Electron can run on this machine, otherwise the same app in
// the browser through `concord serve` on this computer only. It builds first only when the code
// changed since its last build (scripts/build-stamp.js), and quietly: build messages appear only
// when a build fails.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  fingerprint,
  listInputs,
  needsBuild,
  outputsPresent,
  readStamp,
  writeStamp,
} from './build-stamp.js';
import { openInBrowser, presentServeLine } from './browser-mode.js';
import { electronBinaryPath } from './electron-binary.js';
import { startOptions } from './start-args.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const options = startOptions(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
const BROWSER_MODE = 'so Concord starts in browser mode instead.';
const bin = (...parts) => join(root, 'node_modules', ...parts);

/** The builds each way of running needs, in order. */
const BUILDS = {
  browser: [
    [bin('typescript', 'bin', 'tsc'), '-p', 'tsconfig.node.json'],
    [bin('vite', 'bin', 'vite.js'), 'build', '--config', 'vite.renderer.config.ts'],
  ],
  desktop: [[bin('electron-vite', 'bin', 'electron-vite.js'), 'build']],
};

const binary = electronBinaryPath(root) ?? tryInstallElectron();
if (binary === null) {
  console.log(
    `Electron could not be downloaded on this machine (offline or blocked), ${BROWSER_MODE}`,
  );
  runBrowserMode();
} else if (!sqliteLoadsIn(binary)) {
  console.log(
    'better-sqlite3 is built for Node, not Electron (`npx electron-builder install-app-deps` ' +
      `rebuilds it; \`npm rebuild better-sqlite3\` undoes that for the CLI and tests), ${BROWSER_MODE}`,
  );
  runBrowserMode();
} else {
  buildIfChanged('desktop');
  run(binary, ['.', ...options.forwarded]);
}

/** Builds `target` when its sources changed since its last good build; exits if a build fails. */
function buildIfChanged(target) {
  const current = fingerprint(listInputs(root));
  const stale = needsBuild({
    current,
    stamped: readStamp(root, target),
    outputsPresent: outputsPresent(root, target),
  });
  if (!stale) return;
  console.log('Preparing Concord (the first time, or after its code changed): about a minute…');
  for (const [script, ...args] of BUILDS[target]) {
    const build = spawnSync(process.execPath, [script, ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    if (build.status !== 0) {
      process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`);
      if (build.error) console.error(build.error.message);
      console.error('Concord could not be built: the messages above say why.');
      process.exit(build.status ?? 1);
    }
  }
  // The fingerprint from before the build: a file saved during it makes the next start build.
  writeStamp(root, target, current);
}

/** Electron's own installer, once, bounded: it hangs or fails where the download is blocked. */
function tryInstallElectron() {
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return null;
  const result = spawnSync(process.execPath, [installer], {
    cwd: root,
    stdio: 'ignore',
    timeout: 60_000,
  });
  return result.status === 0 ? electronBinaryPath(root) : null;
}

/** The native addon must match Electron's ABI, which differs from the Node that built it. */
function sqliteLoadsIn(electronBinary) {
  const probe = spawnSync(electronBinary, ['-e', "require('better-sqlite3')"], {
    cwd: root,
    stdio: 'ignore',
    timeout: 30_000,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  return probe.status === 0;
}

function runBrowserMode() {
  buildIfChanged('browser');
  const child = run(
    process.execPath,
    [join(root, 'bin', 'concord.js'), 'serve', '--host', '127.0.0.1', ...options.forwarded],
    ['inherit', 'pipe', 'inherit'],
  );
  let opened = false;
  createInterface({ input: child.stdout }).on('line', (line) => {
    const shown = presentServeLine(line, options);
    for (const text of shown.lines) console.log(text);
    if (shown.url && options.open && !opened) {
      opened = true;
      openInBrowser(shown.url);
    }
  });
}

function run(command, args, stdio = 'inherit') {
  const child = spawn(command, args, { cwd: root, stdio });
  // Ctrl+C reaches the child directly (same process group); staying alive lets it shut down
  // cleanly and hands its exit code on. SIGTERM aimed at this process is passed along.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  // 'close', not 'exit': the last lines of its output are read first.
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}
