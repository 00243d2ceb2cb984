// Following what the packaged main process loads: found inside the package, missing (installed
// in the project but not packed), optional (installed nowhere), or packed for nothing.
import { describe, expect, it } from 'vitest';
import { traceRuntimeModules, unusedPackages } from '../../scripts/dist-check/reachability.js';
import { manifest, memoryTree } from './memory-tree.js';

const bundle = {
  'out/electron/main/index.js': `import Database from 'better-sqlite3';
import { app } from 'electron';
import { readFileSync } from 'node:fs';
const worker = new URL('./worker.js', import.meta.url);
const renderer = new URL('../renderer/', import.meta.url);
export const load = () => import('./chunks/job.js');`,
  'out/electron/main/worker.js': `export const run = () => import('./chunks/job.js');`,
  'out/electron/main/chunks/job.js': `export const canvas = () => import('canvas-lib');`,
  'out/electron/renderer/index.html': '<!doctype html>',
};
const sqlite = {
  'node_modules/better-sqlite3/package.json': manifest({ main: 'lib/index.js' }),
  'node_modules/better-sqlite3/lib/index.js': `module.exports = require('bindings')('addon.node');`,
  'node_modules/better-sqlite3/build/Release/addon.node': 'binary',
  'node_modules/bindings/package.json': manifest({ main: 'bindings.js' }),
  'node_modules/bindings/bindings.js': `module.exports = () => require(process.env.X);`,
};
const canvas = {
  'node_modules/canvas-lib/package.json': manifest({ main: 'index.js' }),
  'node_modules/canvas-lib/index.js': `try { module.exports = require('canvas-lib-linux'); }
catch { module.exports = require('canvas-lib-win32'); }`,
  'node_modules/canvas-lib-linux/package.json': manifest({ main: 'skia.node' }),
  'node_modules/canvas-lib-linux/skia.node': 'binary',
};
const runtimeFiles = [
  { path: 'node_modules/better-sqlite3/build/Release/addon.node', why: 'found by bindings' },
];
const trace = (packaged: Record<string, string>, project: Record<string, string> = packaged) =>
  traceRuntimeModules({
    packaged: memoryTree(packaged),
    project: memoryTree(project),
    roots: ['out/electron/main/index.js', 'out/electron/main/worker.js'],
    runtimeFiles,
    provided: ['electron'],
  });

describe('traceRuntimeModules', () => {
  it('follows the bundles, their chunks and packages to the native binaries', () => {
    const result = trace({ ...bundle, ...sqlite, ...canvas });
    expect(result.missing).toEqual([]);
    expect([...result.natives].sort()).toEqual([
      'node_modules/better-sqlite3/build/Release/addon.node',
      'node_modules/canvas-lib-linux/skia.node',
    ]);
    expect([...result.packages].sort()).toEqual([
      'node_modules/better-sqlite3',
      'node_modules/bindings',
      'node_modules/canvas-lib',
      'node_modules/canvas-lib-linux',
    ]);
    expect(result.reached.has('out/electron/main/chunks/job.js')).toBe(true);
    // Another platform's binary is installed neither here nor there: optional, not missing.
    expect(result.optional).toEqual([
      { specifier: 'canvas-lib-win32', from: 'node_modules/canvas-lib/index.js' },
    ]);
  });

  it('names a package that is installed but was not packed, and who asked for it', () => {
    const packaged = { ...bundle, ...sqlite, ...canvas };
    delete (packaged as Record<string, string>)['node_modules/bindings/bindings.js'];
    delete (packaged as Record<string, string>)['node_modules/bindings/package.json'];
    const result = trace(packaged, { ...bundle, ...sqlite, ...canvas });
    expect(result.missing).toEqual([
      {
        specifier: 'bindings',
        from: 'node_modules/better-sqlite3/lib/index.js',
        why: 'installed in the project but not packaged',
      },
    ]);
  });

  it('names a chunk, a worker, a folder or a file loaded by path that is not in the package', () => {
    const packaged: Record<string, string> = { ...bundle, ...sqlite, ...canvas };
    delete packaged['out/electron/main/chunks/job.js'];
    delete packaged['out/electron/main/worker.js'];
    delete packaged['out/electron/renderer/index.html'];
    delete packaged['node_modules/better-sqlite3/build/Release/addon.node'];
    const missing = trace(packaged).missing.map(({ specifier, from }) => `${specifier} <- ${from}`);
    expect(missing.sort()).toEqual(
      [
        './chunks/job.js <- out/electron/main/index.js',
        './worker.js <- out/electron/main/index.js',
        '../renderer/ <- out/electron/main/index.js',
        'node_modules/better-sqlite3/build/Release/addon.node <- (loaded by path)',
        'out/electron/main/worker.js <- (bundle)',
      ].sort(),
    );
  });

  it('names a file that Node would refuse to load', () => {
    const packaged = {
      ...bundle,
      ...sqlite,
      ...canvas,
      'out/electron/main/chunks/job.js': `const require = 1;\nvar require = 2;`,
    };
    expect(trace(packaged).missing).toEqual([
      {
        specifier: 'out/electron/main/chunks/job.js',
        from: 'out/electron/main/chunks/job.js',
        why: expect.stringMatching(/Identifier `require` has already been declared/),
      },
    ]);
  });
});

describe('unusedPackages', () => {
  it('lists the packed packages that nothing loads', () => {
    const files = [
      'out/electron/main/index.js',
      'node_modules/zod/index.js',
      'node_modules/better-sqlite3/lib/index.js',
      'node_modules/a/node_modules/b/index.js',
    ];
    expect(unusedPackages(files, new Set(['node_modules/better-sqlite3']))).toEqual([
      'node_modules/a/node_modules/b',
      'node_modules/zod',
    ]);
  });
});
