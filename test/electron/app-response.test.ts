import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appResponse } from '../../src-main/electron/app-response.js';
import { CONTENT_SECURITY_POLICY } from '../../src-main/transports/security-headers.js';
import { tempDir } from '../helpers/workspace.js';

let base: string;
let root: string;

beforeAll(() => {
  base = tempDir('concord-app-protocol-');
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Concord</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(base, 'secret.txt'), 'outside the renderer folder');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string) => appResponse(root, { url, method: 'GET' });

describe('appResponse', () => {
  it('serves renderer files with their content type and the CSP', async () => {
    const page = await get('app://concord/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Concord</title>');

    const script = await get('app://concord/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1);');
  });

  it('answers 404 with the CSP for missing files, folders and escapes', async () => {
    for (const url of [
      'app://concord/missing.js',
      'app://concord/assets',
      'app://concord/../secret.txt',
      'app://concord/%2e%2e/secret.txt',
      'app://concord/assets/..%2f..%2fsecret.txt',
      'app://elsewhere/index.html',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('outside the renderer folder');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await appResponse(root, { url: 'app://concord/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');

    const post = await appResponse(root, { url: 'app://concord/index.html', method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
