import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Change } from '../../src-main/services/events.js';
import { throttleChanges } from '../../src-main/transports/change-throttle.js';

describe('throttleChanges', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const score = (personId: string): Change => ({ topic: 'scores', sessionId: 's1', personId });

  it('sends the first change at once and a burst as one more after the window', () => {
    const delivered: Change[] = [];
    const throttle = throttleChanges((c) => delivered.push(c), 100);
    throttle.push(score('a'));
    expect(delivered).toEqual([score('a')]);
    for (let i = 0; i < 40; i++) throttle.push(score('a'));
    expect(delivered).toHaveLength(1);
    vi.advanceTimersByTime(100);
    expect(delivered).toEqual([score('a'), score('a')]);
    // Nothing pending: the window closes without sending, and the next change goes out at once.
    vi.advanceTimersByTime(100);
    expect(delivered).toHaveLength(2);
    throttle.push(score('a'));
    expect(delivered).toHaveLength(3);
  });

  it('keeps topics and sessions apart', () => {
    const delivered: Change[] = [];
    const throttle = throttleChanges((c) => delivered.push(c), 100);
    throttle.push(score('a'));
    throttle.push({ topic: 'sessions', sessionId: 's1' });
    throttle.push({ topic: 'scores', sessionId: 's2' });
    expect(delivered).toEqual([
      score('a'),
      { topic: 'sessions', sessionId: 's1' },
      { topic: 'scores', sessionId: 's2' },
    ]);
  });

  it('names a person in a merged change only when every change it stands for named them', () => {
    const delivered: Change[] = [];
    const throttle = throttleChanges((c) => delivered.push(c), 100);
    throttle.push(score('a'));
    throttle.push(score('b'));
    throttle.push(score('c'));
    vi.advanceTimersByTime(100);
    expect(delivered).toEqual([score('a'), { topic: 'scores', sessionId: 's1' }]);
    throttle.push(score('d'));
    throttle.push(score('d'));
    vi.advanceTimersByTime(100);
    expect(delivered.at(-1)).toEqual(score('d'));
  });

  it('drops what is pending when stopped', () => {
    const delivered: Change[] = [];
    const throttle = throttleChanges((c) => delivered.push(c), 100);
    throttle.push(score('a'));
    throttle.push(score('a'));
    throttle.stop();
    vi.advanceTimersByTime(500);
    expect(delivered).toHaveLength(1);
  });
});
