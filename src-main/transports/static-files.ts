// Serves the built renderer, confined to its folder: compressed (brotli, else gzip), with a
// strong ETag and caching fit for hashed assets. The files do not change while Concord runs, so
// each is read, hashed and compressed once and kept in memory (a few MB for the whole app); a
// file whose size or time changes on disk (a rebuild during development) is read afresh.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Coding } from './content-coding.js';
import {
  acceptedCodings,
  cacheControlFor,
  entityTag,
  isCompressible,
  matchingTag,
  MIN_COMPRESS_BYTES,
} from './content-coding.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.mjs': 'text/javascript; charset=utf-8',
};

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

export interface StaticRequest {
  acceptEncoding?: string | undefined;
  ifNoneMatch?: string | undefined;
}

export interface StaticResponse {
  status: 200 | 304;
  headers: Record<string, string>;
  /** Empty for 304; the caller leaves it out for HEAD. */
  body: Buffer;
}

/** The path under root for a URL path, or null when it would escape root. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const wanted = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = normalize(join(root, wanted));
  return full.startsWith(normalize(root) + sep) ? full : null;
}

/** One file as read from disk, and its compressed copies once made. */
class LoadedFile {
  readonly hash: string;
  readonly contentType: string;
  readonly compressible: boolean;
  private readonly copies = new Map<Coding, Promise<Buffer | null>>();
  private readonly ready = new Set<Coding>();

  constructor(
    readonly body: Buffer,
    readonly size: number,
    readonly mtimeMs: number,
    readonly cacheControl: string,
    extension: string,
  ) {
    this.hash = createHash('sha256').update(body).digest('base64url');
    this.contentType = CONTENT_TYPES[extension] ?? 'application/octet-stream';
    this.compressible = isCompressible(this.contentType) && body.length >= MIN_COMPRESS_BYTES;
  }

  /** The compressed copy, made once (null when it would not be smaller). */
  compressed(coding: Coding): Promise<Buffer | null> {
    let copy = this.copies.get(coding);
    if (copy === undefined) {
      // A copy that fails to be made is served uncompressed rather than failing the request.
      copy = compress(this.body, coding)
        .then(
          (bytes) => (bytes.length < this.body.length ? bytes : null),
          () => null,
        )
        .finally(() => this.ready.add(coding));
      this.copies.set(coding, copy);
    }
    return copy;
  }

  isReady(coding: Coding): boolean {
    return this.ready.has(coding);
  }
}

/** Brotli's quality: see compress(). */
const BROTLI_QUALITY = 6;

/** Brotli jobs in line, so the thread pool stays free for reads. */
let brotliTurn: Promise<unknown> = Promise.resolve();

function compress(body: Buffer, coding: Coding): Promise<Buffer> {
  if (coding === 'gzip') return gzipped(body, { level: 9 });
  // Quality 6: the main chunk in about 40 ms at 10% above the best quality's size, which takes
  // 1.5 s of a core per file and starved the room of processor time on a 2-core laptop.
  const job = brotliTurn.then(() =>
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
  );
  brotliTurn = job.catch(() => undefined);
  return job;
}

export class StaticFiles {
  private readonly files = new Map<string, LoadedFile>();

  constructor(private readonly root: string) {}

  /** The answer for a GET or HEAD of urlPath, or null when there is no such file here. */
  async respond(urlPath: string, request: StaticRequest = {}): Promise<StaticResponse | null> {
    const file = await this.load(urlPath);
    if (file === null) return null;
    const headers: Record<string, string> = { 'Cache-Control': file.cacheControl };
    if (file.compressible) headers.Vary = 'Accept-Encoding';
    const cached = matchingTag(request.ifNoneMatch, file.hash);
    if (cached !== null) {
      return { status: 304, headers: { ...headers, ETag: cached }, body: Buffer.alloc(0) };
    }
    const chosen = file.compressible ? await pickCopy(file, request.acceptEncoding) : null;
    const body = chosen?.bytes ?? file.body;
    if (chosen) headers['Content-Encoding'] = chosen.coding;
    return {
      status: 200,
      headers: {
        ...headers,
        'Content-Type': file.contentType,
        'Content-Length': String(body.length),
        ETag: entityTag(file.hash, chosen?.coding ?? 'identity'),
      },
      body,
    };
  }

  /** Reads and compresses a file ahead of its first request (used by tests and warm-ups). */
  async prepare(urlPath: string): Promise<void> {
    const file = await this.load(urlPath);
    if (file?.compressible) await Promise.all([file.compressed('br'), file.compressed('gzip')]);
  }

  private async load(urlPath: string): Promise<LoadedFile | null> {
    const full = resolveStaticPath(this.root, urlPath);
    if (full === null) return null;
    try {
      const info = await stat(full);
      if (!info.isFile()) return null;
      const known = this.files.get(full);
      if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) return known;
      const body = await readFile(full);
      const path = relative(this.root, full).split(sep).join('/');
      const file = new LoadedFile(
        body,
        info.size,
        info.mtimeMs,
        cacheControlFor(path),
        extname(full),
      );
      // Only files that exist are kept, so strangers' made-up paths cannot fill the memory.
      this.files.set(full, file);
      return file;
    } catch {
      return null;
    }
  }
}

/**
 * The client's preferred compressed copy. Brotli is waited for only when nothing else will do:
 * while its copy is being made (once per file), gzip serves.
 */
async function pickCopy(
  file: LoadedFile,
  acceptEncoding: string | undefined,
): Promise<{ coding: Coding; bytes: Buffer } | null> {
  const wanted = acceptedCodings(acceptEncoding);
  for (const [index, coding] of wanted.entries()) {
    const copy = file.compressed(coding);
    const last = index === wanted.length - 1;
    if (coding === 'br' && !file.isReady('br') && !last) continue;
    const bytes = await copy;
    if (bytes !== null) return { coding, bytes };
  }
  return null;
}

const shared = new Map<string, StaticFiles>();

/** One cache per folder for the process: the owner's server and the room's share it. */
export function staticFilesFor(root: string): StaticFiles {
  let files = shared.get(root);
  if (files === undefined) {
    files = new StaticFiles(root);
    shared.set(root, files);
  }
  return files;
}
