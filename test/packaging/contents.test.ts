// What may not ship inside the app, the unpacked folder's rule, the size targets and how the
// renderer's start is measured.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentGroup,
  forbiddenFiles,
  largestGroups,
  needlesslyUnpacked,
} from '../../scripts/dist-check/contents.js';
import { BUDGETS, judgeSizes, rendererChunks } from '../../scripts/dist-check/sizes.js';
import { tempDir } from '../helpers/workspace.js';

describe('forbiddenFiles', () => {
  it('finds tests, native sources, build intermediates, source maps and TypeScript', () => {
    const found = forbiddenFiles([
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/src/addon.cpp',
      'node_modules/better-sqlite3/build/Release/test_extension.node',
      'node_modules/better-sqlite3/build/Release/obj.target/sqlite3.stamp',
      'node_modules/better-sqlite3/build/Makefile',
      'node_modules/some/test/thing.js',
      'node_modules/some/lib/thing.spec.js',
      'out/electron/main/index.js.map',
      'node_modules/pdfjs-dist/types/pdf.d.ts',
    ]);
    expect(found.map(({ why }) => why)).toEqual([
      "better-sqlite3's SQLite and C++ sources",
      "better-sqlite3's SQLite and C++ sources",
      "better-sqlite3's test extension",
      'native build intermediate',
      'native build file',
      'a test folder',
      'a test file',
      'a source map',
      'TypeScript source or declarations',
    ]);
  });

  it('lets the app through', () => {
    expect(
      forbiddenFiles([
        'out/electron/main/index.js',
        'out/electron/renderer/assets/index-abc.js',
        'node_modules/better-sqlite3/lib/database.js',
        'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
        'node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs',
        'node_modules/pdfjs-dist/standard_fonts/FoxitSans.pfb',
        'package.json',
      ]),
    ).toEqual([]);
  });
});

describe('the unpacked folder and the largest parts', () => {
  it('holds native binaries only', () => {
    expect(
      needlesslyUnpacked([
        'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
        'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      ]),
    ).toEqual(['node_modules/better-sqlite3/deps/sqlite3/sqlite3.c']);
  });

  it('groups files by package or bundle, largest first', () => {
    expect(contentGroup('node_modules/@napi-rs/canvas-linux-x64-gnu/skia.node')).toBe(
      '@napi-rs/canvas-linux-x64-gnu',
    );
    expect(contentGroup('out/electron/renderer/assets/a.js')).toBe('out/electron/renderer');
    expect(
      largestGroups(
        [
          ['out/electron/main/index.js', 3],
          ['node_modules/pdfjs-dist/a.mjs', 4],
          ['node_modules/pdfjs-dist/b.mjs', 4],
          ['package.json', 1],
        ],
        2,
      ),
    ).toEqual([
      { group: 'pdfjs-dist', bytes: 8 },
      { group: 'out/electron/main', bytes: 3 },
    ]);
  });
});

describe('sizes', () => {
  it('holds each figure to its target, the target itself included', () => {
    const judged = judgeSizes({
      asar: BUDGETS.asar,
      unpacked: BUDGETS.unpacked + 1,
      rendererMainChunk: 1,
    });
    expect(judged.map(({ name, ok }) => [name, ok])).toEqual([
      ['app.asar', true],
      ['app.asar.unpacked', false],
      ['renderer main chunk', true],
    ]);
  });

  it('measures the entry chunk and the chunks the page preloads with it', () => {
    const dir = tempDir('concord-renderer-');
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(
      path.join(dir, 'index.html'),
      `<script type="module" crossorigin src="./assets/index-1.js"></script>
       <link rel="modulepreload" crossorigin href="./assets/charts-2.js">
       <link rel="stylesheet" href="./assets/index.css">`,
    );
    writeFileSync(path.join(dir, 'assets/index-1.js'), 'a'.repeat(1000));
    writeFileSync(path.join(dir, 'assets/charts-2.js'), 'b'.repeat(10));
    const chunks = rendererChunks(dir);
    expect(chunks.map(({ file, bytes, main }) => [file, bytes, main])).toEqual([
      ['assets/index-1.js', 1000, true],
      ['assets/charts-2.js', 10, false],
    ]);
    expect(chunks[0]!.gzip).toBeLessThan(100);
  });
});
