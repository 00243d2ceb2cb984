// The packaging check's module resolution, which it runs inside the asar archive: the same
// answers Node gives for the shapes of package the app ships.
import { describe, expect, it } from 'vitest';
import {
  exportsTarget,
  isBuiltin,
  packageDirOf,
  resolveSpecifier,
  splitPackageSpecifier,
} from '../../scripts/dist-check/resolve.js';
import { manifest, memoryTree } from './memory-tree.js';

const tree = memoryTree({
  'out/main/index.js': '',
  'out/main/chunks/job.js': '',
  // CommonJS with "main" and extensionless requires.
  'node_modules/cjs/package.json': manifest({ main: 'lib/index' }),
  'node_modules/cjs/lib/index.js': '',
  'node_modules/cjs/lib/util.js': '',
  'node_modules/cjs/data.json': '',
  // No "main": index.js.
  'node_modules/plain/package.json': manifest({ name: 'plain' }),
  'node_modules/plain/index.js': '',
  // Conditional exports and a subpath pattern.
  'node_modules/dual/package.json': manifest({
    exports: {
      '.': { import: './esm/index.mjs', require: './cjs/index.cjs' },
      './features/*': { node: './features/*.js', default: './features/*.browser.js' },
      './package.json': './package.json',
    },
  }),
  'node_modules/dual/esm/index.mjs': '',
  'node_modules/dual/cjs/index.cjs': '',
  'node_modules/dual/features/a.js': '',
  'node_modules/dual/private.js': '',
  // A scoped package whose main is a native binary.
  'node_modules/@scope/native-linux/package.json': manifest({ main: 'addon.linux.node' }),
  'node_modules/@scope/native-linux/addon.linux.node': '',
  // A nested copy wins over the top-level one for files inside its parent.
  'node_modules/parent/package.json': manifest({ main: 'index.js' }),
  'node_modules/parent/index.js': '',
  'node_modules/parent/node_modules/plain/package.json': manifest({ main: 'nested.js' }),
  'node_modules/parent/node_modules/plain/nested.js': '',
  // Without exports, an ESM import of a subpath names the file exactly.
  'node_modules/pdf/package.json': manifest({ main: 'build/pdf.mjs' }),
  'node_modules/pdf/legacy/build/pdf.mjs': '',
});

describe('resolveSpecifier', () => {
  it('resolves relative files (exactly for import, with extensions for require)', () => {
    expect(resolveSpecifier(tree, 'out/main/index.js', './chunks/job.js', 'import')).toBe(
      'out/main/chunks/job.js',
    );
    expect(resolveSpecifier(tree, 'out/main/index.js', './chunks/job', 'import')).toBeNull();
    expect(resolveSpecifier(tree, 'node_modules/cjs/lib/index.js', './util', 'require')).toBe(
      'node_modules/cjs/lib/util.js',
    );
    expect(resolveSpecifier(tree, 'node_modules/cjs/lib/index.js', '../data', 'require')).toBe(
      'node_modules/cjs/data.json',
    );
  });

  it('never leaves the tree', () => {
    expect(
      resolveSpecifier(tree, 'out/main/index.js', '../../../etc/passwd', 'require'),
    ).toBeNull();
    expect(resolveSpecifier(tree, 'out/main/index.js', '/etc/passwd', 'require')).toBeNull();
  });

  it('follows "main", index.js and folders', () => {
    expect(resolveSpecifier(tree, 'out/main/index.js', 'cjs', 'require')).toBe(
      'node_modules/cjs/lib/index.js',
    );
    expect(resolveSpecifier(tree, 'out/main/index.js', 'plain', 'import')).toBe(
      'node_modules/plain/index.js',
    );
    expect(resolveSpecifier(tree, 'out/main/index.js', '@scope/native-linux', 'require')).toBe(
      'node_modules/@scope/native-linux/addon.linux.node',
    );
  });

  it('applies "exports" with the import or require condition, patterns, and nothing else', () => {
    expect(resolveSpecifier(tree, 'out/main/index.js', 'dual', 'import')).toBe(
      'node_modules/dual/esm/index.mjs',
    );
    expect(resolveSpecifier(tree, 'out/main/index.js', 'dual', 'require')).toBe(
      'node_modules/dual/cjs/index.cjs',
    );
    expect(resolveSpecifier(tree, 'out/main/index.js', 'dual/features/a', 'import')).toBe(
      'node_modules/dual/features/a.js',
    );
    expect(resolveSpecifier(tree, 'out/main/index.js', 'dual/private.js', 'require')).toBeNull();
  });

  it('prefers the nearest node_modules folder', () => {
    expect(resolveSpecifier(tree, 'node_modules/parent/index.js', 'plain', 'require')).toBe(
      'node_modules/parent/node_modules/plain/nested.js',
    );
    expect(resolveSpecifier(tree, 'out/main/index.js', 'plain', 'require')).toBe(
      'node_modules/plain/index.js',
    );
  });

  it('finds a subpath of a package without "exports", and nothing that is not there', () => {
    expect(resolveSpecifier(tree, 'out/main/index.js', 'pdf/legacy/build/pdf.mjs', 'import')).toBe(
      'node_modules/pdf/legacy/build/pdf.mjs',
    );
    expect(
      resolveSpecifier(tree, 'out/main/index.js', 'pdf/legacy/build/pdf', 'import'),
    ).toBeNull();
    expect(resolveSpecifier(tree, 'out/main/index.js', 'absent', 'import')).toBeNull();
  });
});

describe('the parts of resolution', () => {
  it('knows Node’s own modules', () => {
    expect(['fs', 'node:fs', 'fs/promises', 'worker_threads'].every(isBuiltin)).toBe(true);
    expect(isBuiltin('better-sqlite3')).toBe(false);
  });

  it('splits package names from subpaths', () => {
    expect(splitPackageSpecifier('@napi-rs/canvas/geometry')).toEqual({
      name: '@napi-rs/canvas',
      subpath: 'geometry',
    });
    expect(splitPackageSpecifier('pdfjs-dist')).toEqual({ name: 'pdfjs-dist', subpath: '' });
  });

  it('reads "exports" as a string, an array or a condition map', () => {
    expect(exportsTarget('./main.js', '.', ['node', 'import', 'default'])).toBe('./main.js');
    expect(exportsTarget([{ worker: './w.js' }, './fallback.js'], '.', ['default'])).toBe(
      './fallback.js',
    );
    expect(exportsTarget({ browser: './b.js' }, '.', ['node', 'require', 'default'])).toBeNull();
  });

  it('names the package folder a file belongs to, nested or scoped', () => {
    expect(packageDirOf('node_modules/a/node_modules/@s/b/lib/x.js')).toBe(
      'node_modules/a/node_modules/@s/b',
    );
    expect(packageDirOf('out/electron/main/index.js')).toBeNull();
  });
});
