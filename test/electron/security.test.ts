import { describe, expect, it } from 'vitest';
import {
  EXTERNAL_HOSTS,
  isAllowedExternalUrl,
  isTrustedSender,
  mayNavigate,
  secureWebPreferences,
} from '../../src-main/electron/security.js';
import { CONTENT_SECURITY_POLICY } from '../../src-main/transports/security-headers.js';

describe('secureWebPreferences', () => {
  it('follows every item of the Electron security checklist', () => {
    expect(secureWebPreferences('/app/preload/index.cjs')).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });
  });
});

describe('navigation', () => {
  it('stays on the app origin', () => {
    expect(mayNavigate('app://concord/index.html')).toBe(true);
    expect(mayNavigate('app://concord/index.html#/sessions')).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:4870/',
      'file:///etc/passwd',
      'app://other/index.html',
      'data:text/html,<script>1</script>',
      'javascript:alert(1)',
      'about:blank',
    ]) {
      expect(mayNavigate(url), url).toBe(false);
    }
  });
});

describe('isAllowedExternalUrl', () => {
  it('opens nothing with the shipped (empty) allow-list', () => {
    expect(EXTERNAL_HOSTS).toEqual([]);
    expect(isAllowedExternalUrl('https://example.com/')).toBe(false);
  });

  it('allows only https URLs on a listed host', () => {
    const hosts = ['docs.concord.example'];
    expect(isAllowedExternalUrl('https://docs.concord.example/guide', hosts)).toBe(true);
    expect(isAllowedExternalUrl('https://DOCS.concord.example/guide', hosts)).toBe(true);
    for (const url of [
      'http://docs.concord.example/guide',
      'https://docs.concord.example.evil.com/',
      'https://evil.com/?docs.concord.example',
      'https://user:pw@docs.concord.example/',
      'https://docs.concord.example:8443/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url, hosts), url).toBe(false);
    }
  });
});

describe('isTrustedSender', () => {
  it('trusts only the main frame of our window showing the app origin', () => {
    expect(isTrustedSender('app://concord/index.html#/', true)).toBe(true);
    expect(isTrustedSender('app://concord/index.html', false)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true)).toBe(false);
    expect(isTrustedSender('file:///index.html', true)).toBe(false);
    expect(isTrustedSender('app://other/index.html', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isTrustedSender(null, true)).toBe(false);
    expect(isTrustedSender('', true)).toBe(false);
  });
});

describe('the CSP served on app://', () => {
  it('allows no inline or eval script', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
    expect(scriptSrc).toBeDefined();
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });
});
