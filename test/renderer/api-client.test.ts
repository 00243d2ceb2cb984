import { describe, expect, it, vi } from 'vitest';
import { HttpApiClient } from '../../src-renderer/api/http-client.js';
import { IpcApiClient } from '../../src-renderer/api/ipc-client.js';
import { ApiError } from '../../src-renderer/api/errors.js';
import { FakeSocket, fakeBridge, fakeFetch } from './fakes.js';

const session = {
  id: 'ses_1',
  kind: 'rubric',
  title: 'Argument writing, March',
  heldOn: '2026-03-14',
  phase: 'closed',
  currentRound: 1,
  rubricVersionId: 'rv_1',
  rubricTitle: 'Argument writing',
  sampleCount: 8,
  raterCount: 6,
};

function httpClient(status: number, body: unknown, onUnauthorized = vi.fn()) {
  const { fetchFn, calls } = fakeFetch(status, body);
  const sockets: FakeSocket[] = [];
  const client = new HttpApiClient({
    origin: 'http://127.0.0.1:4870',
    token: 'owner-token',
    fetch: fetchFn,
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    onUnauthorized,
  });
  return { client, calls, sockets, onUnauthorized };
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw new Error(`expected an ApiError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected the call to fail');
}

describe('HttpApiClient', () => {
  it('posts the input as JSON with the bearer token and returns the validated output', async () => {
    const { client, calls } = httpClient(200, [session]);
    const sessions = await client.call('sessions.list', {});
    expect(sessions).toEqual([session]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('http://127.0.0.1:4870/api/sessions.list');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.body).toBe('{}');
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers.Authorization).toBe('Bearer owner-token');
    expect(headers['Content-Type']).toBe('application/json');
  });

  it('rejects an answer that does not match the output schema', async () => {
    const { client } = httpClient(200, [{ ...session, phase: 'lunch' }]);
    const error = await rejection(client.call('sessions.list', {}));
    expect(error.code).toBe('bad_answer');
    expect(error.message).toMatch(/sessions\.list/);
  });

  it('throws the server message for an error body', async () => {
    const { client } = httpClient(400, {
      error: { code: 'invalid_input', message: 'title: a rubric needs a title' },
    });
    const error = await rejection(
      client.call('rubrics.create', {
        title: ' ',
        levels: [],
        criteria: [],
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.status).toBe(400);
    expect(error.message).toBe('title: a rubric needs a title');
    expect(error.problems).toEqual([]);
  });

  it('keeps the problems of an invalid input, each with its path', async () => {
    const problems = [
      { path: ['title'], message: 'a rubric needs a title' },
      { path: ['criteria', 0, 'descriptors', '2'], message: 'has no descriptor for level 2' },
    ];
    const { client } = httpClient(400, {
      error: {
        code: 'invalid_input',
        message: 'title: a rubric needs a title; criteria[0].descriptors.2: has no descriptor',
        problems,
      },
    });
    const error = await rejection(
      client.call('rubrics.create', { title: ' ', levels: [], criteria: [] }),
    );
    expect(error.problems).toEqual(problems);
  });

  it('falls back on plain words when the error body is not the contract shape', async () => {
    const { client } = httpClient(404, { nope: true });
    const error = await rejection(client.call('sessions.get', { sessionId: 'x' }));
    expect(error.code).toBe('not_found');
    expect(error.message).toMatch(/could not be found/);
  });

  it('tells the app when the token is refused', async () => {
    const { client, onUnauthorized } = httpClient(401, {
      error: { code: 'unauthorized', message: 'A valid access key is required.' },
    });
    const error = await rejection(client.call('workspace.info', {}));
    expect(error.code).toBe('unauthorized');
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('reports a network failure in words', async () => {
    const client = new HttpApiClient({
      origin: 'http://127.0.0.1:1',
      token: 't',
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    const error = await rejection(client.call('workspace.info', {}));
    expect(error.code).toBe('network');
    expect(error.message).toMatch(/cannot be reached/);
  });

  it('opens the change socket on subscribe, authenticates, and delivers change events', () => {
    const { client, sockets } = httpClient(200, {});
    const events: unknown[] = [];
    const states: string[] = [];
    client.watchConnection((state) => states.push(state));
    client.subscribe((event) => events.push(event));
    expect(sockets).toHaveLength(1);
    const socket = sockets[0]!;
    expect(socket.url).toBe('ws://127.0.0.1:4870/ws');
    socket.open();
    expect(JSON.parse(socket.sent[0]!)).toEqual({ type: 'auth', token: 'owner-token' });
    socket.receive({ type: 'ready' });
    socket.receive({ type: 'change', event: { topic: 'rubrics' } });
    socket.receive({ type: 'change', event: { topic: 'not-a-topic' } });
    socket.receive('not json');
    expect(events).toEqual([{ topic: 'rubrics' }]);
    expect(states).toEqual(['connecting', 'live']);
    client.close();
    expect(socket.closed).toBe(true);
  });
});

describe('IpcApiClient', () => {
  it('unwraps an ok response and validates it', async () => {
    const { bridge, calls } = fakeBridge({ ok: true, result: [session] });
    const client = new IpcApiClient(bridge);
    await expect(client.call('sessions.list', {})).resolves.toEqual([session]);
    expect(calls).toEqual([{ method: 'sessions.list', input: {} }]);
  });

  it('throws the error a failed response carries', async () => {
    const { bridge } = fakeBridge({
      ok: false,
      error: { code: 'forbidden', message: 'Only the owner may see student names.' },
    });
    const error = await rejection(
      new IpcApiClient(bridge).call('samples.identity', { sampleId: 's' }),
    );
    expect(error.code).toBe('forbidden');
    expect(error.message).toBe('Only the owner may see student names.');
  });

  it('keeps the problems a refusal carries over IPC', async () => {
    const problems = [{ path: ['score'], message: '9 is not a level of this rubric' }];
    const { bridge } = fakeBridge({
      ok: false,
      error: { code: 'invalid_input', message: 'score: 9 is not a level of this rubric', problems },
    });
    const error = await rejection(
      new IpcApiClient(bridge).call('scores.record', {
        sessionId: 's',
        sampleId: 'a',
        criterionId: 'c',
        score: 3,
        note: '',
      }),
    );
    expect(error.problems).toEqual(problems);
  });

  it('rejects an answer that is not an IpcResponse, and one with a bad result', async () => {
    const notResponse = await rejection(
      new IpcApiClient(fakeBridge('hello').bridge).call('workspace.info', {}),
    );
    expect(notResponse.code).toBe('bad_answer');
    const badResult = await rejection(
      new IpcApiClient(fakeBridge({ ok: true, result: { loaded: 'yes' } }).bridge).call(
        'workspace.loadDemo',
        {},
      ),
    );
    expect(badResult.code).toBe('bad_answer');
  });

  it('passes on valid change events only, and is always live', () => {
    const { bridge, emit, listeners } = fakeBridge(null);
    const client = new IpcApiClient(bridge);
    const events: unknown[] = [];
    const stop = client.subscribe((event) => events.push(event));
    emit({ topic: 'scores', sessionId: 'ses_1' });
    emit({ topic: 'weather' });
    emit('junk');
    expect(events).toEqual([{ topic: 'scores', sessionId: 'ses_1' }]);
    stop();
    expect(listeners.size).toBe(0);
    const states: string[] = [];
    client.watchConnection((state) => states.push(state));
    expect(states).toEqual(['live']);
  });
});
