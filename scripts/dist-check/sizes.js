// The size targets of the packaged app and how its figures are measured and shown.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes (1 MB = 1,000,000 bytes). The canvas binary alone is about 35 MB of the unpacked folder. */
export const BUDGETS = {
  asar: 25_000_000,
  unpacked: 45_000_000,
  rendererMainChunk: 1_300_000,
};

export const megabytes = (bytes) => `${(bytes / 1_000_000).toFixed(2)} MB`;

/** Every file under `dir` with its size, as [relative POSIX path, bytes]. */
export function filesWithSizes(dir) {
  const found = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push([path.relative(dir, full).split(path.sep).join('/'), statSync(full).size]);
    }
  };
  walk(dir);
  return found;
}

/**
 * The renderer's entry chunk and the chunks index.html preloads with it, from the built page:
 * [{ file, bytes, gzip, main }].
 */
export function rendererChunks(rendererDir) {
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const entry = /<script\b[^>]*\btype="module"[^>]*\bsrc="\.\/([^"]+)"/.exec(html)?.[1];
  if (entry === undefined) throw new Error(`${rendererDir}/index.html has no module script`);
  const preloaded = [
    ...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="\.\/([^"]+)"/g),
  ].map((match) => match[1]);
  return [entry, ...preloaded].map((file) => {
    const bytes = readFileSync(path.join(rendererDir, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes).length, main: file === entry };
  });
}

/** One line per target: its figure, the target and whether it is met. */
export function judgeSizes(measured) {
  return [
    ['app.asar', measured.asar, BUDGETS.asar],
    ['app.asar.unpacked', measured.unpacked, BUDGETS.unpacked],
    ['renderer main chunk', measured.rendererMainChunk, BUDGETS.rendererMainChunk],
  ].map(([name, bytes, budget]) => ({ name, bytes, budget, ok: bytes <= budget }));
}
