// `npm start` (after `npm run build`): the desktop app when Electron can run on this machine,
// otherwise the same app in the browser through `concord serve` on this computer only.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinaryPath } from './electron-binary.js';
import { workspaceArgs } from './start-args.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const forwarded = workspaceArgs(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
const BROWSER_MODE = 'so Concord starts in browser mode instead.';

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
  const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [electronVite, 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  run(binary, ['.', ...forwarded]);
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
  run(process.execPath, [
    join(root, 'bin', 'concord.js'),
    'serve',
    '--host',
    '127.0.0.1',
    ...forwarded,
  ]);
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  // Ctrl+C reaches the child directly (same process group); staying alive lets it shut down
  // cleanly and hands its exit code on. SIGTERM aimed at this process is passed along.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
