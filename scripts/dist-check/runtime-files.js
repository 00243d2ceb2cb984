// Files the main process loads by a path computed at run time, which no import names: the
// packaging check requires each of them in the package, and follows the scripts among them.
export const RUNTIME_FILES = [
  {
    path: 'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    why: "better-sqlite3 loads its addon through require('bindings')('better_sqlite3.node')",
  },
  {
    path: 'node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs',
    why: "pdf.js imports its worker by a computed path ('./pdf.worker.mjs' beside pdf.mjs)",
  },
  {
    path: 'node_modules/pdfjs-dist/standard_fonts/',
    why: 'jobs/anonymize.ts hands this folder to pdf.js as its standard fonts',
  },
];

/** The bundles Electron starts from: the main process, its jobs' worker thread, the preload. */
export const BUNDLE_ROOTS = [
  'out/electron/main/index.js',
  'out/electron/main/worker.js',
  'out/electron/preload/index.cjs',
];

/** Modules the runtime supplies itself. */
export const PROVIDED = ['electron'];
