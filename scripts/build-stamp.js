// Whether `npm start` must build before it runs: the sources and the build settings are summed
// up as one fingerprint (every file's path, size and modification time), kept beside the build
// once it succeeds. A changed, added or removed file, another dependency install, or a missing
// build output means building again; otherwise the last build is still the current one.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Folders whose every file goes into a build (tsconfig.node.json also compiles bench/). */
export const SOURCE_DIRS = ['src-main', 'src-renderer', 'bench'];

/** Settings that change what a build makes; node_modules/.package-lock.json moves on install. */
export const SETTINGS_FILES = [
  'package.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
  'tsconfig.base.json',
  'tsconfig.node.json',
  'tsconfig.renderer.json',
  'tsconfig.electron.json',
  'vite.renderer.config.ts',
  'electron.vite.config.ts',
];

/** What each way of running needs built, and the files whose absence means it is not. */
export const TARGETS = {
  browser: {
    stamp: 'out/.start-browser.stamp',
    outputs: ['out/node/src-main/cli/main.js', 'out/renderer/index.html'],
  },
  desktop: {
    stamp: 'out/.start-desktop.stamp',
    outputs: [
      'out/electron/main/index.js',
      'out/electron/preload/index.cjs',
      'out/electron/renderer/index.html',
    ],
  },
};

/** Every input file under root as `{ path, size, mtimeMs }`, path relative and with '/'. */
export function listInputs(root) {
  const files = [];
  const visit = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) files.push(describe(root, full));
    }
  };
  for (const dir of SOURCE_DIRS) visit(join(root, dir));
  for (const file of SETTINGS_FILES) {
    const full = join(root, file);
    if (existsSync(full)) files.push(describe(root, full));
  }
  return files;
}

function describe(root, full) {
  const stat = statSync(full);
  return {
    path: relative(root, full).split('\\').join('/'),
    size: stat.size,
    mtimeMs: stat.mtimeMs,
  };
}

/** One hash of the inputs; the same files in any listing order give the same fingerprint. */
export function fingerprint(files) {
  const lines = files
    .map((f) => `${f.path}\t${f.size}\t${f.mtimeMs}`)
    .sort()
    .join('\n');
  return createHash('sha256').update(lines).digest('hex');
}

/**
 * The decision alone: build unless the last successful build was made from these very inputs
 * and everything it made is still there.
 */
export function needsBuild({ current, stamped, outputsPresent }) {
  return !outputsPresent || stamped === null || stamped !== current;
}

export function readStamp(root, target) {
  try {
    return readFileSync(join(root, TARGETS[target].stamp), 'utf8').trim() || null;
  } catch {
    return null;
  }
}

export function writeStamp(root, target, value) {
  const file = join(root, TARGETS[target].stamp);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${value}\n`);
}

export function outputsPresent(root, target) {
  return TARGETS[target].outputs.every((output) => existsSync(join(root, output)));
}
