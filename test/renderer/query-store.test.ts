import { describe, expect, it } from 'vitest';
import { createQueryStore, queryKey } from '../../src-renderer/state/query-store.js';
import { isAffectedBy, topicWrittenBy } from '../../src-renderer/api/topics.js';
import { ApiError } from '../../src-renderer/api/errors.js';
import { ScriptedClient } from './fakes.js';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('topics', () => {
  it('refreshes a method only on the topics that can change its answer', () => {
    expect(isAffectedBy('rubrics.list', {}, { topic: 'rubrics' })).toBe(true);
    expect(isAffectedBy('rubrics.list', {}, { topic: 'scores' })).toBe(false);
    expect(isAffectedBy('people.list', {}, { topic: 'workspace' })).toBe(true);
    expect(isAffectedBy('workspace.info', {}, { topic: 'people' })).toBe(true);
    // Results are slow to compute: a rubric or people change must not recompute them.
    const session = { sessionId: 'a' };
    expect(isAffectedBy('results.session', session, { topic: 'consensus', sessionId: 'a' })).toBe(
      true,
    );
    expect(isAffectedBy('results.session', session, { topic: 'rubrics' })).toBe(false);
  });

  it('ignores another session’s changes', () => {
    const input = { sessionId: 'a' };
    expect(isAffectedBy('scores.list', input, { topic: 'scores', sessionId: 'a' })).toBe(true);
    expect(isAffectedBy('scores.list', input, { topic: 'scores', sessionId: 'b' })).toBe(false);
    expect(isAffectedBy('scores.list', input, { topic: 'scores' })).toBe(true);
  });

  it('names the topic a write changes', () => {
    expect(topicWrittenBy('rubrics.create')).toBe('rubrics');
    expect(topicWrittenBy('people.create')).toBe('people');
    expect(topicWrittenBy('workspace.loadDemo')).toBe('workspace');
    expect(topicWrittenBy('competencies.create')).toBe('rubrics');
  });
});

describe('query store', () => {
  it('keys equal inputs alike whatever their property order', () => {
    expect(queryKey('scores.list', { sessionId: 's', round: 1 })).toBe(
      queryKey('scores.list', { round: 1, sessionId: 's' }),
    );
    expect(queryKey('rubrics.list', {})).not.toBe(queryKey('people.list', {}));
  });

  it('fetches once for many observers and refetches observed entries on a related change', async () => {
    let title = 'First';
    const client = new ScriptedClient({}).on('rubrics.list', () => [
      {
        id: 'r1',
        title,
        latestVersionId: 'v1',
        latestVersion: 1,
        criteriaCount: 4,
        levelsCount: 4,
        archived: false,
        frozen: false,
      },
    ]);
    const queries = createQueryStore(client);
    const releaseA = queries.observe('rubrics.list', {});
    const releaseB = queries.observe('rubrics.list', {});
    await flush();
    expect(client.count('rubrics.list')).toBe(1);
    const key = queryKey('rubrics.list', {});
    expect(queries.store.getState().entries[key]?.status).toBe('success');

    title = 'Second';
    queries.applyChange({ topic: 'scores' });
    await flush();
    expect(client.count('rubrics.list')).toBe(1);
    queries.applyChange({ topic: 'rubrics' });
    await flush();
    expect(client.count('rubrics.list')).toBe(2);
    const data = queries.store.getState().entries[key]?.data as { title: string }[];
    expect(data[0]!.title).toBe('Second');

    // Nobody looks any more: a change drops the entry instead of fetching it.
    releaseA();
    releaseB();
    queries.applyChange({ topic: 'rubrics' });
    await flush();
    expect(client.count('rubrics.list')).toBe(2);
    expect(queries.store.getState().entries[key]).toBeUndefined();
  });

  it('keeps the error of a failed call and retries when observed again', async () => {
    let fail = true;
    const client = new ScriptedClient({}).on('people.list', () => {
      if (fail) throw new ApiError('internal', 'disk full');
      return [];
    });
    const queries = createQueryStore(client);
    const release = queries.observe('people.list', {});
    await flush();
    const key = queryKey('people.list', {});
    expect(queries.store.getState().entries[key]?.error?.message).toBe('disk full');
    release();
    fail = false;
    queries.observe('people.list', {});
    await flush();
    expect(queries.store.getState().entries[key]?.status).toBe('success');
  });
});
