// What the app:// protocol answers: a file of the built renderer, confined to its folder, with
// the same security headers as browser mode. Pure of Electron (Response is a web standard), so
// it is tested under plain Node.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SECURITY_HEADERS } from '../transports/security-headers.js';
import { resolveAppUrl } from './app-url.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

export interface AppRequest {
  url: string;
  method: string;
}

export async function appResponse(rootDir: string, request: AppRequest): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return plain(405, 'Method not allowed', { Allow: 'GET, HEAD' });
  }
  const file = resolveAppUrl(rootDir, request.url);
  if (file === null) return plain(404, 'Not found');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return plain(404, 'Not found');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeOf(file),
      'Cache-Control': 'no-cache',
    },
  });
}

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  });
}
