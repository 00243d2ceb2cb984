// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetToken, takeToken } from '../../src-renderer/api/token.js';

describe('takeToken', () => {
  beforeEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', '/');
  });

  it('reads the token from the hash, keeps it, and strips it from the visible URL', () => {
    history.replaceState(null, '', '/#/?token=abc_DEF-123');
    expect(takeToken(location, history, sessionStorage)).toBe('abc_DEF-123');
    expect(location.href).not.toContain('abc_DEF-123');
    expect(location.hash).toBe('#/');
    expect(sessionStorage.getItem('concord.token')).toBe('abc_DEF-123');
  });

  it('keeps the route and other parameters of the hash', () => {
    history.replaceState(null, '', '/#/sessions?token=t1&view=grid');
    expect(takeToken(location, history, sessionStorage)).toBe('t1');
    expect(location.hash).toBe('#/sessions?view=grid');
  });

  it('falls back on the token stored earlier in the tab (a reload)', () => {
    sessionStorage.setItem('concord.token', 'stored');
    history.replaceState(null, '', '/#/rubrics');
    expect(takeToken(location, history, sessionStorage)).toBe('stored');
    expect(location.hash).toBe('#/rubrics');
  });

  it('prefers a fresh token over a stored one', () => {
    sessionStorage.setItem('concord.token', 'old');
    history.replaceState(null, '', '/#/?token=new');
    expect(takeToken(location, history, sessionStorage)).toBe('new');
    expect(sessionStorage.getItem('concord.token')).toBe('new');
  });

  it('returns null without any token, and after the token is forgotten', () => {
    expect(takeToken(location, history, sessionStorage)).toBeNull();
    sessionStorage.setItem('concord.token', 'refused');
    forgetToken(sessionStorage);
    expect(takeToken(location, history, sessionStorage)).toBeNull();
  });
});
