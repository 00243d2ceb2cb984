import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, resolveAppUrl } from '../../src-main/electron/app-url.js';

const root = path.resolve('/srv/concord/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('resolveAppUrl', () => {
  it('maps app://concord paths to files under the renderer folder', () => {
    expect(resolveAppUrl(root, APP_ENTRY_URL)).toBe(inRoot('index.html'));
    expect(resolveAppUrl(root, 'app://concord/assets/index-abc.js')).toBe(
      inRoot('assets', 'index-abc.js'),
    );
    expect(resolveAppUrl(root, 'app://concord/assets/a%20b.css')).toBe(inRoot('assets', 'a b.css'));
    expect(resolveAppUrl(root, 'app://concord/..hidden.js')).toBe(inRoot('..hidden.js'));
  });

  it('serves the start page for the bare origin', () => {
    expect(resolveAppUrl(root, 'app://concord/')).toBe(inRoot('index.html'));
    expect(resolveAppUrl(root, 'app://concord')).toBe(inRoot('index.html'));
  });

  it('ignores query strings and fragments, including traversal-looking ones', () => {
    expect(resolveAppUrl(root, 'app://concord/index.html?x=../../etc/passwd')).toBe(
      inRoot('index.html'),
    );
    expect(resolveAppUrl(root, 'app://concord/index.html#/../../secret')).toBe(
      inRoot('index.html'),
    );
  });

  it.each([
    'app://concord/../x',
    'app://concord/assets/../../x',
    'app://concord/./index.html',
    'app://concord/%2e%2e/x',
    'app://concord/%2E%2E/%2e%2e/etc/passwd',
    'app://concord/.%2e/x',
    'app://concord/assets/..%2f..%2fx',
    'app://concord/assets%2f..%2f..%2fx',
    'app://concord/%2fetc%2fpasswd',
    'app://concord/..%5c..%5cx',
    'app://concord/a\\..\\..\\x',
    'app://concord/a%5cb',
    'app://concord//etc/passwd',
    'app://concord/C:/Windows/win.ini',
    'app://concord/C%3a%5cWindows',
    'app://concord/index.html%00.png',
    'app://concord/%E0%A4%A',
    'app://concord/assets/',
  ])('refuses %s', (url) => {
    expect(resolveAppUrl(root, url)).toBeNull();
  });

  it.each([
    'app://evil/index.html',
    'app://concord.evil/index.html',
    'app://CONCORD/index.html',
    'app://concord:8080/index.html',
    'app://user@concord/index.html',
    'file:///etc/passwd',
    'http://concord/index.html',
    'https://concord/index.html',
    'not a url',
    '',
  ])('refuses other origins: %s', (url) => {
    expect(resolveAppUrl(root, url)).toBeNull();
  });

  it('never returns a path outside the root, whatever the input', () => {
    const pieces = ['..', '%2e%2e', '%2f', '%5c', '\\', '.', 'a', '%00', '//', ':'];
    for (const a of pieces) {
      for (const b of pieces) {
        const resolved = resolveAppUrl(root, `app://concord/${a}/${b}/x`);
        if (resolved !== null) expect(path.relative(root, resolved).startsWith('..')).toBe(false);
      }
    }
  });
});

describe('isAppUrl', () => {
  it('accepts only the app origin', () => {
    expect(isAppUrl('app://concord/index.html')).toBe(true);
    expect(isAppUrl('app://concord/index.html#/sessions/abc')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://concord.example.com/')).toBe(false);
    expect(isAppUrl('https://concord/')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('javascript:alert(1)')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
    expect(isAppUrl('garbage')).toBe(false);
  });
});
