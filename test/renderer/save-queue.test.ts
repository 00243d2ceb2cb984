// The save queue every scoring screen sends its scores through: nothing is lost to a failed
// request, and a cell's newest value is the one that ends up saved.
import { describe, expect, it } from 'vitest';
import { SaveQueue } from '../../src-renderer/scoring/save-queue.js';
import type { SaveState } from '../../src-renderer/scoring/save-queue.js';

/** A queue over a scripted server: each request waits until the test settles it. */
function setup() {
  const states: SaveState[] = [];
  const sent: { key: string; value: number }[] = [];
  const requests: { resolve: () => void; fail: () => void }[] = [];
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const queue = new SaveQueue<number>({
    send: (key, value) => {
      sent.push({ key, value });
      return new Promise<void>((resolve, reject) => {
        requests.push({ resolve, fail: () => reject(new Error('offline')) });
      });
    },
    onState: (s) => states.push(s),
    isFinal: (error) => error instanceof Error && error.message === 'locked',
    setTimer: (run) => {
      const id = nextTimer++;
      timers.set(id, run);
      return id;
    },
    clearTimer: (id) => timers.delete(id as number),
    backoff: () => 10,
  });
  /** Runs every retry that is waiting, in the order they were set. */
  const runRetries = () => {
    const due = [...timers.entries()].sort(([a], [b]) => a - b);
    timers.clear();
    for (const [, run] of due) run();
  };
  return { queue, states, sent, requests, timers, runRetries };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('save queue', () => {
  it('goes saving -> saved', async () => {
    const { queue, states, requests } = setup();
    expect(queue.state).toBe('idle');
    queue.put('a', 1);
    expect(queue.state).toBe('saving');
    requests[0]!.resolve();
    await flush();
    expect(queue.state).toBe('saved');
    expect(states).toEqual(['saving', 'saved']);
  });

  it('sends one request per cell at a time, and the newest value wins', async () => {
    const { queue, sent, requests } = setup();
    queue.put('a', 1);
    queue.put('a', 2);
    queue.put('a', 3);
    queue.put('b', 9);
    expect(sent).toEqual([
      { key: 'a', value: 1 },
      { key: 'b', value: 9 },
    ]);
    requests[0]!.resolve();
    await flush();
    expect(sent[2]).toEqual({ key: 'a', value: 3 });
    expect(queue.isPending('a')).toBe(true);
    requests[1]!.resolve();
    requests[2]!.resolve();
    await flush();
    expect(queue.state).toBe('saved');
    expect(queue.isPending('a')).toBe(false);
  });

  it('keeps a failed save, shows "retrying" and sends it again until it is saved', async () => {
    const { queue, states, sent, requests, runRetries } = setup();
    queue.put('a', 5);
    requests[0]!.fail();
    await flush();
    expect(queue.state).toBe('retrying');
    expect(queue.isPending('a')).toBe(true);
    runRetries();
    requests[1]!.fail();
    await flush();
    expect(queue.state).toBe('retrying');
    runRetries();
    requests[2]!.resolve();
    await flush();
    expect(sent).toEqual([
      { key: 'a', value: 5 },
      { key: 'a', value: 5 },
      { key: 'a', value: 5 },
    ]);
    expect(queue.state).toBe('saved');
    expect(states).toEqual(['saving', 'retrying', 'saved']);
  });

  it('retries failed cells in the order they failed', async () => {
    const { queue, sent, requests, runRetries } = setup();
    queue.put('a', 1);
    queue.put('b', 2);
    queue.put('c', 3);
    requests[0]!.fail();
    requests[2]!.fail();
    requests[1]!.resolve();
    await flush();
    expect(queue.state).toBe('retrying');
    runRetries();
    expect(sent.slice(3)).toEqual([
      { key: 'a', value: 1 },
      { key: 'c', value: 3 },
    ]);
    requests[3]!.resolve();
    requests[4]!.resolve();
    await flush();
    expect(queue.state).toBe('saved');
  });

  it('a later value for a cell replaces one waiting to be retried, which is never sent again', async () => {
    const { queue, sent, requests, timers, runRetries } = setup();
    queue.put('a', 1);
    requests[0]!.fail();
    await flush();
    expect(timers.size).toBe(1);
    queue.put('a', 2);
    // The newer value goes at once; the older one's retry is called off.
    expect(sent.at(-1)).toEqual({ key: 'a', value: 2 });
    expect(timers.size).toBe(0);
    requests[1]!.resolve();
    await flush();
    runRetries();
    expect(sent.map((s) => s.value)).toEqual([1, 2]);
    expect(queue.state).toBe('saved');
  });

  it('an older value that fails after a newer one was queued does not come back', async () => {
    const { queue, sent, requests, runRetries } = setup();
    queue.put('a', 1);
    queue.put('a', 2);
    requests[0]!.fail();
    await flush();
    runRetries();
    expect(sent.map((s) => s.value)).toEqual([1, 2]);
    requests[1]!.resolve();
    await flush();
    expect(queue.isPending('a')).toBe(false);
    expect(queue.state).toBe('saved');
  });

  it('a final error (locked scores) is reported and dropped, not retried', async () => {
    const errors: string[] = [];
    const queue = new SaveQueue<number>({
      send: () => Promise.reject(new Error('locked')),
      onState: () => undefined,
      isFinal: () => true,
      onFinalError: (key) => errors.push(key),
    });
    queue.put('a', 1);
    await flush();
    expect(errors).toEqual(['a']);
    expect(queue.state).toBe('idle');
    queue.dispose();
  });
});
