// @vitest-environment happy-dom
// A table that scrolls sideways is a named region in the tab order, so keyboard users can scroll
// it (axe's scrollable-region-focusable); a table that fits adds no tab stop.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Table } from '../../src-renderer/ui/Table.js';

afterEach(cleanup);

/** happy-dom lays nothing out: give every element these widths while a test renders. */
function widths(scroll: number, client: number): () => void {
  const proto = HTMLElement.prototype;
  const saved = ['scrollWidth', 'clientWidth'].map(
    (key) => [key, Object.getOwnPropertyDescriptor(proto, key)] as const,
  );
  Object.defineProperty(proto, 'scrollWidth', { configurable: true, get: () => scroll });
  Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => client });
  return () => {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(proto, key, descriptor);
      else delete (proto as unknown as Record<string, unknown>)[key];
    }
  };
}

function figures() {
  return (
    <Table caption="Agreement on Claim">
      <tbody>
        <tr>
          <th scope="row">Exact agreement</th>
          <td>72%</td>
        </tr>
      </tbody>
    </Table>
  );
}

describe('a table', () => {
  it('too wide for its place is a focusable region named after the table', () => {
    const restore = widths(1400, 900);
    try {
      render(figures());
      const region = screen.getByRole('region', { name: 'Agreement on Claim' });
      expect(region.getAttribute('tabindex')).toBe('0');
      expect(region.querySelector('table')).toBe(screen.getByRole('table'));
    } finally {
      restore();
    }
  });

  it('that fits is no region and no tab stop', () => {
    const restore = widths(900, 900);
    try {
      render(figures());
      expect(screen.queryByRole('region')).toBeNull();
      const wrapper = screen.getByRole('table').parentElement!;
      expect(wrapper.hasAttribute('tabindex')).toBe(false);
      expect(screen.getByRole('table', { name: 'Agreement on Claim' })).toBeDefined();
    } finally {
      restore();
    }
  });
});
