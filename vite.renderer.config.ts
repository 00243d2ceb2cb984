// The renderer bundle: loaded from app:// in Electron and from `concord serve` in a browser, so
// every asset path is relative and the output is plain static files.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.resolve(root, 'src-renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: path.resolve(root, 'out/renderer'),
    emptyOutDir: true,
    // The CSP forbids inline scripts and styles, so nothing may be inlined as a data: module.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
    // The bundle loads from this computer or the room's network, never over the internet, and
    // pdf.js and the charts are large by nature: a size warning would only worry a teacher.
    chunkSizeWarningLimit: 4096,
  },
});
