// The desktop app bundle (`npm run build:electron`): main, preload and renderer side by side
// under out/electron/, which is what electron-builder packs. Browser mode keeps using
// vite.renderer.config.ts and out/renderer/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const fromRoot = (...parts: string[]) => path.resolve(root, ...parts);

/**
 * What the main process loads from node_modules at run time instead of from its bundle. Every
 * other dependency is bundled, so the packaged app ships only these packages (and what they
 * require) beside out/electron/. `npm run dist:check` fails when the bundle asks for anything
 * else, or when the app ships a package nothing asks for.
 */
export const MAIN_RUNTIME_PACKAGES = [
  // Native addon: `bindings` looks for build/Release/better_sqlite3.node inside the package.
  'better-sqlite3',
  // Native addon: its index.js picks the binary package of the running platform
  // (@napi-rs/canvas-linux-x64-gnu, -win32-x64-msvc, -darwin-arm64, ...) when first required.
  '@napi-rs/canvas',
  // pdf.js imports its worker as './pdf.worker.mjs' beside its own file, and jobs/anonymize.ts
  // finds the standard fonts through pdfjs-dist/package.json: both need the package's layout.
  'pdfjs-dist',
] as const;

/** `pdfjs-dist` is imported by a subpath (pdfjs-dist/legacy/build/pdf.mjs). */
const runtimeExternal = new RegExp(
  `^(${MAIN_RUNTIME_PACKAGES.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})(/.*)?$`,
);

export default defineConfig({
  main: {
    resolve: {
      // fflate's ESM build for Node declares a top-level `var require`, which collides with the
      // `const require` that electron-vite adds to any chunk calling require() ("Identifier
      // 'require' has already been declared"). Its CommonJS build for Node is the same code
      // without that declaration.
      alias: [{ find: /^fflate$/, replacement: fromRoot('node_modules/fflate/lib/node.cjs') }],
    },
    build: {
      // package.json "main" is out/electron/main/index.js; "type": "module" makes it ESM.
      outDir: fromRoot('out/electron/main'),
      rolldownOptions: {
        input: {
          index: fromRoot('src-main/electron/main.ts'),
          // The jobs' worker thread is an entry of its own, beside index.js
          // (jobs/thread-runner.ts); the jobs it runs are chunks it imports on first use.
          worker: fromRoot('src-main/jobs/worker.ts'),
        },
        // 'electron' and Node's own modules are external already (electron-vite's preset).
        external: [runtimeExternal],
      },
      // Pure-JS dependencies (zod, ws, echarts, compromise, fflate, ...) are bundled: the app
      // then needs no copy of them in node_modules. Left unminified so that a stack trace in
      // the log file names real functions.
      externalizeDeps: false,
    },
  },
  preload: {
    build: {
      outDir: fromRoot('out/electron/preload'),
      rolldownOptions: {
        input: { index: fromRoot('src-main/electron/preload.ts') },
        // A sandboxed preload is a classic script with a tiny require(): CommonJS, and it may
        // require nothing but 'electron', so everything else is bundled in.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
      externalizeDeps: false,
    },
  },
  renderer: {
    root: fromRoot('src-renderer'),
    plugins: [react()],
    build: {
      outDir: fromRoot('out/electron/renderer'),
      rolldownOptions: {
        input: { index: fromRoot('src-renderer/index.html') },
        // ECharts (a third of the minified app) in a file of its own: it changes only with its
        // version, so a rater's device that cached it keeps it across Concord's own updates.
        output: {
          codeSplitting: {
            groups: [{ name: 'charts', test: /[\\/]node_modules[\\/](echarts|zrender)[\\/]/ }],
          },
        },
      },
      // electron-vite leaves the renderer unminified; the room serves this same bundle to
      // every rater's device, so it is minified like the browser-mode build.
      minify: true,
      // Same as vite.renderer.config.ts: the CSP forbids inlined data: modules.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      // pdf.js and the charts are large by nature; `npm run dist:check` holds the main chunk
      // to its budget instead.
      chunkSizeWarningLimit: 4096,
    },
  },
});
