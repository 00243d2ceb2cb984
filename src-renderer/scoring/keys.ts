// The scoring keyboard: digits pick a level of the current criterion, N marks it "cannot score",
// arrows move between criteria (up/down) and between levels (left/right).

export type KeyAction =
  | { type: 'score'; value: number }
  | { type: 'cannot' }
  | { type: 'criterion'; index: number }
  | null;

export interface KeyContext {
  /** The rubric's level values in order, e.g. [1, 2, 3, 4]. */
  levels: readonly number[];
  criterionIndex: number;
  criteriaCount: number;
  /** The current criterion's chosen level (null = cannot score, undefined = not scored). */
  current: number | null | undefined;
}

/** What a key press means on the scoring screen; null when the key is not ours. */
export function keyAction(key: string, context: KeyContext): KeyAction {
  const { levels, criterionIndex, criteriaCount, current } = context;
  if (/^[0-9]$/.test(key)) {
    const value = Number(key);
    return levels.includes(value) ? { type: 'score', value } : null;
  }
  if (key === 'n' || key === 'N') return { type: 'cannot' };
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    const step = key === 'ArrowDown' ? 1 : -1;
    const index = Math.min(criteriaCount - 1, Math.max(0, criterionIndex + step));
    return index === criterionIndex ? null : { type: 'criterion', index };
  }
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    if (levels.length === 0) return null;
    const at = typeof current === 'number' ? levels.indexOf(current) : -1;
    const next =
      at < 0
        ? key === 'ArrowRight'
          ? 0
          : levels.length - 1
        : Math.min(levels.length - 1, Math.max(0, at + (key === 'ArrowRight' ? 1 : -1)));
    return { type: 'score', value: levels[next]! };
  }
  return null;
}

/** Keys typed into a text box belong to the text box. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof target !== 'object' || target === null || !('tagName' in target)) return false;
  const tag = String((target as { tagName: unknown }).tagName).toUpperCase();
  return tag === 'TEXTAREA' || tag === 'INPUT' || tag === 'SELECT';
}
