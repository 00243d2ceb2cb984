// @vitest-environment happy-dom
// "Show raters as R1..Rn for the room": one choice per session, shared by the reveal board and the
// results page, starting from the session's own setting.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  useRaterAliases,
  useRaterAliasesStore,
} from '../../src-renderer/state/rater-aliases-store.js';

afterEach(() => {
  cleanup();
  useRaterAliasesStore.setState({ chosen: {} });
});

describe('the R1..Rn choice', () => {
  it('starts as the session was set up', () => {
    expect(renderHook(() => useRaterAliases('s1', true)).result.current[0]).toBe(true);
    expect(renderHook(() => useRaterAliases('s2', false)).result.current[0]).toBe(false);
  });

  it('made on one screen holds on every other screen of that session, and only that session', () => {
    const board = renderHook(() => useRaterAliases('s1', true));
    const results = renderHook(() => useRaterAliases('s1', true));
    const other = renderHook(() => useRaterAliases('s2', true));
    act(() => board.result.current[1](false));
    expect(board.result.current[0]).toBe(false);
    expect(results.result.current[0]).toBe(false);
    expect(other.result.current[0]).toBe(true);
    // Opened again later, the results page keeps the owner's choice over the session's setting.
    expect(renderHook(() => useRaterAliases('s1', true)).result.current[0]).toBe(false);
  });
});
