// @vitest-environment happy-dom
// A table that scrolls sideways is a named region in the tab order, so keyboard users can scroll
// it (axe's scrollable-region-focusable); a table that fits adds no tab stop. Its head row comes
// from a list of columns.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Table } from '../../src-renderer/ui/Table.js';
import { numeric } from '../../src-renderer/ui/TableHead.js';

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

describe('a table with columns', () => {
  function backups(withActions: boolean) {
    return render(
      <Table
        caption="Backups"
        columns={[
          'Taken',
          numeric('Size'),
          { label: 'Rater', className: 'board__rater' },
          numeric('Share', 'drift-sessions__start'),
          withActions && { label: 'Actions', hidden: true },
        ]}
      >
        <tbody>
          <tr>
            <td>Today</td>
            <td>2 MB</td>
            <td>R1</td>
            <td>50%</td>
          </tr>
        </tbody>
      </Table>,
    );
  }

  it('heads each column in order, with its class, inside one head row', () => {
    backups(true);
    const heads = screen.getAllByRole('columnheader');
    expect(heads.map((th) => th.textContent)).toEqual([
      'Taken',
      'Size',
      'Rater',
      'Share',
      'Actions',
    ]);
    expect(heads.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect(heads.map((th) => th.getAttribute('class'))).toEqual([
      null,
      'numeric',
      'board__rater',
      'numeric drift-sessions__start',
      null,
    ]);
    expect(document.querySelectorAll('thead tr')).toHaveLength(1);
    expect(document.querySelector('thead')!.nextElementSibling?.tagName).toBe('TBODY');
  });

  it('names a hidden column for screen readers only', () => {
    backups(true);
    const actions = screen.getByRole('columnheader', { name: 'Actions' });
    expect(actions.firstElementChild?.className).toBe('visually-hidden');
  });

  it('leaves out a column given as false', () => {
    backups(false);
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
    expect(screen.getAllByRole('columnheader')).toHaveLength(4);
  });

  it('without columns has no head of its own', () => {
    render(figures());
    expect(document.querySelector('thead')).toBeNull();
  });
});
