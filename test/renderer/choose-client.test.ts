// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseClient } from '../../src-renderer/api/choose-client.js';
import { HttpApiClient } from '../../src-renderer/api/http-client.js';
import { IpcApiClient } from '../../src-renderer/api/ipc-client.js';
import { fakeBridge } from './fakes.js';

describe('chooseClient', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    delete window.concord;
    sessionStorage.clear();
    history.replaceState(null, '', '/');
  });

  it('uses the preload bridge in Electron', () => {
    window.concord = fakeBridge({ ok: true, result: {} }).bridge;
    const startup = chooseClient(window);
    expect(startup.kind === 'ready' && startup.client).toBeInstanceOf(IpcApiClient);
  });

  it('asks for the printed address in a browser without a token', () => {
    expect(chooseClient(window).kind).toBe('no-token');
  });

  it('uses HTTP with the token from the hash, and gives the token up when it is refused', async () => {
    history.replaceState(null, '', '/#/?token=abc');
    const onRefused = vi.fn();
    const startup = chooseClient(window, onRefused);
    if (startup.kind !== 'ready') throw new Error('expected a client');
    expect(startup.client).toBeInstanceOf(HttpApiClient);
    expect(location.hash).toBe('#/');

    const fetchMock = vi.fn(
      async () =>
        new Response(JSON.stringify({ error: { code: 'unauthorized', message: 'No.' } }), {
          status: 401,
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await expect(startup.client.call('workspace.info', {})).rejects.toThrow('No.');
    expect(fetchMock).toHaveBeenCalledWith(
      `${location.origin}/api/workspace.info`,
      expect.anything(),
    );
    expect(onRefused).toHaveBeenCalledOnce();
    expect(sessionStorage.getItem('concord.token')).toBeNull();
  });
});
