// The desktop app bundle (`npm run build:electron`): main, preload and renderer side by side
// under out/electron/, which is what electron-builder packs. Browser mode keeps using
// vite.renderer.config.ts and out/renderer/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const fromRoot = (...parts: string[]) => path.resolve(root, ...parts);

export default defineConfig({
  main: {
    build: {
      // package.json "main" is out/electron/main/index.js; "type": "module" makes it ESM.
      outDir: fromRoot('out/electron/main'),
      // The jobs' worker thread is an entry of its own, beside index.js (jobs/thread-runner.ts).
      rolldownOptions: {
        input: {
          index: fromRoot('src-main/electron/main.ts'),
          worker: fromRoot('src-main/jobs/worker.ts'),
        },
      },
      // Dependencies (better-sqlite3 with its native addon above all) load from node_modules.
      externalizeDeps: true,
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
      rolldownOptions: { input: { index: fromRoot('src-renderer/index.html') } },
      // Same as vite.renderer.config.ts: the CSP forbids inlined data: modules.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
    },
  },
});
