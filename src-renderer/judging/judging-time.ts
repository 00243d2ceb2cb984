// How long a pair was on the judge's screen before the choice: the judge-fit report reads it
// (median time per judge, a very quick judge is worth a look). The server refuses a time above an
// hour, so a pair left open over a break is sent with no time rather than losing the choice.
import { MAX_JUDGEMENT_MS } from '../../src-main/domain/judging.js';

/** Whole milliseconds from `shownAt` to `now` (both from performance.now()), or null. */
export function judgingMs(shownAt: number | null, now: number): number | null {
  if (shownAt === null) return null;
  const ms = Math.round(now - shownAt);
  return ms < 0 || ms > MAX_JUDGEMENT_MS ? null : ms;
}
