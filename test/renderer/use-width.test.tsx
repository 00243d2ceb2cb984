// @vitest-environment happy-dom
// A box's measured width: the fallback until it has been measured (a width to draw at, or null for
// "not yet"), then the box's whole pixels; a hidden box (0 wide) keeps the width it had.
import { act, cleanup, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWidth } from '../../src-renderer/ui/use-width.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

let width = 0;
let resized: (() => void) | null = null;

class FakeResizeObserver {
  constructor(callback: () => void) {
    resized = callback;
  }
  observe() {}
  disconnect() {}
}

function Box({ fallback }: { fallback: number | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const measured = useWidth(ref, fallback);
  return (
    <div ref={ref} data-testid="box">
      {measured === null ? 'not measured' : `${measured}px`}
    </div>
  );
}

function laidOut() {
  Object.defineProperty(screen.getByTestId('box'), 'clientWidth', {
    configurable: true,
    get: () => width,
  });
}

describe('the width of a box', () => {
  it('is the fallback while nothing is laid out', () => {
    width = 0;
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    render(<Box fallback={720} />);
    expect(screen.getByTestId('box').textContent).toBe('720px');
    cleanup();
    render(<Box fallback={null} />);
    expect(screen.getByTestId('box').textContent).toBe('not measured');
  });

  it('follows the box as it resizes, and keeps its width while the box is hidden', () => {
    width = 0;
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    render(<Box fallback={null} />);
    laidOut();
    width = 480.7;
    act(() => resized?.());
    expect(screen.getByTestId('box').textContent).toBe('480px');
    width = 0;
    act(() => resized?.());
    expect(screen.getByTestId('box').textContent).toBe('480px');
    width = 900;
    act(() => resized?.());
    expect(screen.getByTestId('box').textContent).toBe('900px');
  });
});
