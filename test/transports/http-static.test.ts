// The renderer's files as the room serves them, read raw off the socket (fetch would decode):
// compressed copies that decode to the exact file, ETags and 304s, caching, HEAD, the security
// headers on every answer, and nothing from outside the folder.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src-main/transports/http.js';
import { startHttpServer } from '../../src-main/transports/http.js';
import { SECURITY_HEADERS } from '../../src-main/transports/security-headers.js';
import { staticFilesFor } from '../../src-main/transports/static-files.js';
import type { TempApp } from '../helpers/workspace.js';
import { openTempApp } from '../helpers/workspace.js';

let app: TempApp;
let server: RunningServer;
let staticDir: string;

/** Code-like text that compresses as a real bundle does, different in every file. */
function script(lines: number): Buffer {
  const text = Array.from(
    { length: lines },
    (_, i) =>
      `export function part${i}(value) { return value * ${i} + ${randomBytes(3).readUIntBE(0, 3)}; }`,
  ).join('\n');
  return Buffer.from(text);
}

const INDEX = Buffer.from(
  `<!doctype html><title>Concord</title>${'<!-- filler to pass the compression floor -->'.repeat(40)}`,
);
const MAIN = script(2000);
const OTHER = script(500);
const PNG = randomBytes(4000);
const MAIN_PATH = '/assets/index-Ab1_cD2e.js';

beforeAll(async () => {
  app = openTempApp();
  staticDir = join(app.dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), INDEX);
  writeFileSync(join(staticDir, 'tiny.html'), '<p>tiny</p>');
  writeFileSync(join(staticDir, 'assets', 'index-Ab1_cD2e.js'), MAIN);
  writeFileSync(join(staticDir, 'assets', 'other-Zz9_yY8x.js'), OTHER);
  writeFileSync(join(staticDir, 'assets', 'logo-Qq1_wW2e.png'), PNG);
  writeFileSync(join(app.dir, 'secret.txt'), 'outside the static folder');
  server = await startHttpServer({
    services: app.services,
    ownerToken: 'owner-token-for-tests-0123456789',
    staticDir,
    host: '127.0.0.1',
    port: 0,
  });
});
afterAll(async () => {
  await server.close();
  app.dispose();
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function expectSecurityHeaders(raw: Raw) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(raw.headers[name.toLowerCase()], name).toBe(value);
  }
}

describe('compression', () => {
  it('serves gzip while the brotli copy is being made, then brotli, both the exact bytes', async () => {
    const first = await get('/assets/other-Zz9_yY8x.js', {
      'Accept-Encoding': 'gzip, deflate, br',
    });
    expect(first.status).toBe(200);
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(first.body).equals(OTHER)).toBe(true);

    await staticFilesFor(staticDir).prepare('/assets/other-Zz9_yY8x.js');
    const later = await get('/assets/other-Zz9_yY8x.js', {
      'Accept-Encoding': 'gzip, deflate, br',
    });
    expect(later.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(later.body).equals(OTHER)).toBe(true);
    expect(later.body.length).toBeLessThan(first.body.length);
  });

  it('sends brotli where the client takes it, gzip where it takes only that, else the file', async () => {
    await staticFilesFor(staticDir).prepare(MAIN_PATH);
    const br = await get(MAIN_PATH, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers['content-length']).toBe(String(br.body.length));
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).equals(MAIN)).toBe(true);
    expect(br.body.length).toBeLessThan(MAIN.length / 2);
    expectSecurityHeaders(br);

    const gz = await get(MAIN_PATH, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(MAIN)).toBe(true);

    const plain = await get(MAIN_PATH);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.equals(MAIN)).toBe(true);

    const refused = await get(MAIN_PATH, { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.equals(MAIN)).toBe(true);
  });

  it('leaves images and tiny files as they are', async () => {
    const png = await get('/assets/logo-Qq1_wW2e.png', { 'Accept-Encoding': 'br, gzip' });
    expect(png.status).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.body.equals(PNG)).toBe(true);

    const tiny = await get('/tiny.html', { 'Accept-Encoding': 'br, gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('<p>tiny</p>');
  });
});

describe('validators and caching', () => {
  it('answers a current ETag with 304 and the same headers, and a stale one with the file', async () => {
    const headers = { 'Accept-Encoding': 'gzip' };
    const full = await get(MAIN_PATH, headers);
    const etag = full.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}-gzip"$/);
    expect(full.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const again = await get(MAIN_PATH, { ...headers, 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers.vary).toBe('Accept-Encoding');
    expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(again);

    // The same content cached under another coding is still current.
    const identityTag = etag.replace('-gzip"', '"');
    const other = await get(MAIN_PATH, { 'Accept-Encoding': 'br', 'If-None-Match': identityTag });
    expect(other.status).toBe(304);

    const stale = await get(MAIN_PATH, { ...headers, 'If-None-Match': '"not-this-file"' });
    expect(stale.status).toBe(200);
    expect(gunzipSync(stale.body).equals(MAIN)).toBe(true);
  });

  it('has index.html revalidated each time, and serves it at /', async () => {
    const index = await get('/', { 'Accept-Encoding': 'br, gzip' });
    expect(index.status).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(index);
    const decoded =
      index.headers['content-encoding'] === 'br'
        ? brotliDecompressSync(index.body)
        : gunzipSync(index.body);
    expect(decoded.equals(INDEX)).toBe(true);

    const revalidated = await get('/index.html', { 'If-None-Match': index.headers.etag as string });
    expect(revalidated.status).toBe(304);
  });

  it('gives a file changed on disk a new ETag', async () => {
    const path = join(staticDir, 'changing.html');
    writeFileSync(path, INDEX);
    const before = await get('/changing.html');
    const next = Buffer.concat([INDEX, Buffer.from('<p>rebuilt</p>')]);
    writeFileSync(path, next);
    const after = await get('/changing.html', { 'If-None-Match': before.headers.etag as string });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body.equals(next)).toBe(true);
  });
});

describe('HEAD', () => {
  it('answers with the headers GET would send and no body', async () => {
    await staticFilesFor(staticDir).prepare(MAIN_PATH);
    const headers = { 'Accept-Encoding': 'br' };
    const getResponse = await get(MAIN_PATH, headers);
    const head = await get(MAIN_PATH, headers, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const name of ['content-encoding', 'content-length', 'etag', 'vary', 'cache-control']) {
      expect(head.headers[name], name).toBe(getResponse.headers[name]);
    }
    expectSecurityHeaders(head);
  });
});

describe('the folder’s edge', () => {
  it('never serves a file outside the folder, nor a folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
      '/assets/../../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%00index.html',
      '/%E0%A4%A',
      '/assets',
      '/assets/',
    ]) {
      const response = await get(path, { 'Accept-Encoding': 'br, gzip' });
      expect(response.status, path).toBe(404);
      expect(response.body.toString(), path).not.toContain('outside the static folder');
      expectSecurityHeaders(response);
    }
  });
});
