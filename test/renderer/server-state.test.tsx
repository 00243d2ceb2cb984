// @vitest-environment happy-dom
// Server state: answers cached by method and input, refreshed by the topics the contract declares
// for each method, written through the one write path, retried only where retrying can help.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../src-main/api/contract.js';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { useApi } from '../../src-renderer/api/api-context.js';
import { ApiError } from '../../src-renderer/api/errors.js';
import { shouldRetry } from '../../src-renderer/api/query-client.js';
import { changesMadeBy, isAffectedBy } from '../../src-renderer/api/topics.js';
import { useMutation } from '../../src-renderer/api/use-mutation.js';
import { useQuery } from '../../src-renderer/api/use-query.js';
import { ScriptedClient } from './fakes.js';

afterEach(cleanup);

/** Shows one answer as text: "name: loading", "name: 2" (the call count), "name: failed: ...". */
function Answer<M extends MethodName>(props: { name: string; method: M; input: MethodInput<M> }) {
  const answer = useQuery(props.method, props.input);
  const shown =
    answer.status === 'loading'
      ? 'loading'
      : answer.status === 'error'
        ? `failed: ${answer.error.message}`
        : String(answer.data);
  return <p>{`${props.name}: ${shown}`}</p>;
}

/** The same for equal inputs, whatever the order of their properties. */
const keyOf = (input: unknown) => JSON.stringify(input, Object.keys(input ?? {}).sort());

/** A client whose answer is how many times it was asked the same thing (method and input). */
function countingClient(): ScriptedClient {
  const client = new ScriptedClient({});
  const counted = (method: MethodName) => (input: unknown) =>
    client.calls.filter((c) => c.method === method && keyOf(c.input) === keyOf(input)).length;
  for (const method of [
    'people.list',
    'rubrics.list',
    'scores.list',
    'qualification.sets',
    'results.session',
    'sessions.progress',
    'qualification.attempt',
  ] as const) {
    client.on(method, counted(method) as never);
  }
  return client;
}

const shows = (text: string) => screen.findByText(text);

describe('topics from the contract', () => {
  it('refresh an answer only on the topics its method reads, in its own session', () => {
    expect(isAffectedBy('rubrics.list', {}, { topic: 'rubrics' })).toBe(true);
    expect(isAffectedBy('rubrics.list', {}, { topic: 'scores' })).toBe(false);
    expect(isAffectedBy('people.list', {}, { topic: 'workspace' })).toBe(true);
    const session = { sessionId: 'a' };
    expect(isAffectedBy('results.session', session, { topic: 'scores', sessionId: 'a' })).toBe(
      true,
    );
    expect(isAffectedBy('results.session', session, { topic: 'scores', sessionId: 'b' })).toBe(
      false,
    );
    expect(isAffectedBy('results.session', session, { topic: 'qualification' })).toBe(false);
    expect(isAffectedBy('qualification.attempts', {}, { topic: 'qualification' })).toBe(true);
  });

  it('name the changes a write makes, in the session it names, without access revocations', () => {
    expect(changesMadeBy('sessions.close', { sessionId: 's' })).toEqual([
      { topic: 'sessions', sessionId: 's' },
    ]);
    expect(changesMadeBy('people.create', { name: 'Dana', roles: ['rater'] })).toEqual([
      { topic: 'people' },
    ]);
    expect(changesMadeBy('rubrics.export', { versionId: 'v', format: 'csv' })).toEqual([]);
  });
});

describe('retrying a read', () => {
  it('tries twice more when Concord could not be reached, never after a refusal', () => {
    const network = new ApiError('network', 'cannot be reached');
    expect([0, 1, 2].map((n) => shouldRetry(n, network))).toEqual([true, true, false]);
    for (const code of ['forbidden', 'not_found', 'invalid_input', 'conflict', 'internal'] as const)
      expect(shouldRetry(0, new ApiError(code, code)), code).toBe(false);
  });

  it('shows a refusal at once, after one call', async () => {
    const client = new ScriptedClient({}).on('people.list', () => {
      throw new ApiError('forbidden', 'Not for you.');
    });
    render(
      <ApiProvider client={client}>
        <Answer name="people" method="people.list" input={{}} />
      </ApiProvider>,
    );
    await shows('people: failed: Not for you.');
    expect(client.count('people.list')).toBe(1);
  });
});

describe('answers on screen', () => {
  it('are fetched once for every screen showing them, whatever the order of the input', async () => {
    const client = countingClient();
    render(
      <ApiProvider client={client}>
        <Answer name="first" method="scores.list" input={{ sessionId: 's', round: 1 }} />
        <Answer name="second" method="scores.list" input={{ round: 1, sessionId: 's' }} />
      </ApiProvider>,
    );
    await shows('first: 1');
    await shows('second: 1');
    expect(client.count('scores.list')).toBe(1);
  });

  it('refetch on a qualification change only where they show qualification data', async () => {
    const client = countingClient();
    render(
      <ApiProvider client={client}>
        <Answer name="sets" method="qualification.sets" input={{}} />
        <Answer name="results" method="results.session" input={{ sessionId: 's' }} />
        <Answer name="progress" method="sessions.progress" input={{ sessionId: 's' }} />
      </ApiProvider>,
    );
    await shows('results: 1');
    await shows('progress: 1');
    act(() => client.emit({ topic: 'qualification' }));
    await shows('sets: 2');
    expect(client.count('results.session')).toBe(1);
    expect(client.count('sessions.progress')).toBe(1);
  });

  it('refetch on a change of their own session only, and on "workspace" always', async () => {
    const client = countingClient();
    render(
      <ApiProvider client={client}>
        <Answer name="one" method="scores.list" input={{ sessionId: 's1' }} />
        <Answer name="two" method="scores.list" input={{ sessionId: 's2' }} />
      </ApiProvider>,
    );
    await shows('one: 1');
    await shows('two: 1');
    act(() => client.emit({ topic: 'scores', sessionId: 's1' }));
    await shows('one: 2');
    expect(screen.getByText('two: 1')).toBeTruthy();
    act(() => client.emit({ topic: 'workspace' }));
    await shows('one: 3');
    await shows('two: 2');
  });

  it('that no screen shows are kept until a change touches them, then asked for anew', async () => {
    const client = countingClient();
    function Toggle() {
      const [shown, setShown] = useState(true);
      return (
        <>
          <button onClick={() => setShown(!shown)}>toggle</button>
          {shown && <Answer name="people" method="people.list" input={{}} />}
        </>
      );
    }
    render(
      <ApiProvider client={client}>
        <Toggle />
      </ApiProvider>,
    );
    await shows('people: 1');
    const toggle = screen.getByRole('button', { name: 'toggle' });
    fireEvent.click(toggle);
    fireEvent.click(toggle);
    // Nothing changed: the kept answer, without a call.
    expect(screen.getByText('people: 1')).toBeTruthy();
    fireEvent.click(toggle);
    act(() => client.emit({ topic: 'people' }));
    expect(client.count('people.list')).toBe(1);
    fireEvent.click(toggle);
    expect(screen.getByText('people: loading')).toBeTruthy();
    await shows('people: 2');
  });
});

describe('the write path', () => {
  function AddPerson() {
    const add = useMutation('people.create');
    const [answer, setAnswer] = useState('');
    return (
      <>
        <button
          onClick={() =>
            void add
              .run({ name: 'Dana', roles: ['rater'] })
              .then((made) => setAnswer(made ? 'added' : 'not added'))
          }
        >
          add
        </button>
        <p>{add.pending ? 'adding' : answer}</p>
        {add.error && <p role="alert">{add.error.message}</p>}
      </>
    );
  }

  it('refreshes at once what the write’s declared changes touch, and nothing else', async () => {
    const client = countingClient().on('people.create', () => ({
      id: 'p1',
      name: 'Dana',
      roles: ['rater'],
      archived: false,
    }));
    render(
      <ApiProvider client={client}>
        <Answer name="people" method="people.list" input={{}} />
        <Answer name="rubrics" method="rubrics.list" input={{}} />
        <AddPerson />
      </ApiProvider>,
    );
    await shows('people: 1');
    await shows('rubrics: 1');
    fireEvent.click(screen.getByRole('button', { name: 'add' }));
    await shows('added');
    await shows('people: 2');
    expect(client.count('rubrics.list')).toBe(1);
  });

  it('keeps a refusal for the screen and refreshes nothing', async () => {
    const client = countingClient().on('people.create', () => {
      throw new ApiError('invalid_input', 'name: must not be empty');
    });
    render(
      <ApiProvider client={client}>
        <Answer name="people" method="people.list" input={{}} />
        <AddPerson />
      </ApiProvider>,
    );
    await shows('people: 1');
    fireEvent.click(screen.getByRole('button', { name: 'add' }));
    await shows('not added');
    expect(screen.getByRole('alert').textContent).toBe('name: must not be empty');
    expect(client.count('people.create')).toBe(1);
    expect(client.count('people.list')).toBe(1);
  });
});

describe('the meeting’s hooks into the cache', () => {
  it('apply a change and refetch one answer on request', async () => {
    const client = countingClient();
    function Meeting() {
      const { queries } = useApi();
      return (
        <>
          <button onClick={() => queries.applyChange({ topic: 'scores', sessionId: 's' })}>
            change
          </button>
          <button onClick={() => void queries.refetch('qualification.attempt', { attemptId: 'a' })}>
            refetch
          </button>
        </>
      );
    }
    render(
      <ApiProvider client={client}>
        <Answer name="scores" method="scores.list" input={{ sessionId: 's' }} />
        <Answer name="attempt" method="qualification.attempt" input={{ attemptId: 'a' }} />
        <Meeting />
      </ApiProvider>,
    );
    await shows('scores: 1');
    await shows('attempt: 1');
    fireEvent.click(screen.getByRole('button', { name: 'change' }));
    await shows('scores: 2');
    fireEvent.click(screen.getByRole('button', { name: 'refetch' }));
    await shows('attempt: 2');
    expect(client.count('scores.list')).toBe(2);
  });
});
