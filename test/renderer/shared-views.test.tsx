// @vitest-environment happy-dom
// The pieces several pages share: a query's list or its empty state, a radio group, a list of
// terms with their values, and the frame of the two kinds of results page.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import type { QueryResult } from '../../src-renderer/api/use-query.js';
import { ApiError } from '../../src-renderer/api/errors.js';
import { EmptyState } from '../../src-renderer/ui/EmptyState.js';
import { QueryOrEmpty } from '../../src-renderer/ui/QueryOrEmpty.js';
import { RadioChoices, RadioOption } from '../../src-renderer/ui/RadioOption.js';
import { ResultsFrame, ResultsHeader } from '../../src-renderer/ui/ResultsFrame.js';
import { TermList } from '../../src-renderer/ui/TermList.js';

afterEach(cleanup);

const refetch = vi.fn();
const loaded = <T,>(data: T): QueryResult<T> => ({
  status: 'success',
  data,
  error: null,
  fetching: false,
  refetch,
});

function rubrics(query: QueryResult<string[]>) {
  return render(
    <QueryOrEmpty
      query={query}
      what="rubrics"
      empty={<EmptyState title="No rubrics yet">Make the first one.</EmptyState>}
    >
      {(list) => (
        <ul aria-label="Rubrics">
          {list.map((title) => (
            <li key={title}>{title}</li>
          ))}
        </ul>
      )}
    </QueryOrEmpty>,
  );
}

describe('a query with an empty state', () => {
  it('says it is loading, then shows the list', () => {
    const { rerender } = rubrics({
      status: 'loading',
      data: undefined,
      error: null,
      fetching: true,
      refetch,
    });
    expect(screen.getByRole('status').textContent).toBe('Loading rubrics…');
    rerender(
      <QueryOrEmpty query={loaded(['Argument writing'])} what="rubrics" empty={<p>None</p>}>
        {(list) => <p>{list.join(', ')}</p>}
      </QueryOrEmpty>,
    );
    expect(screen.getByText('Argument writing')).toBeDefined();
    expect(screen.queryByText('None')).toBeNull();
  });

  it('shows the empty state for an empty list, not the list', () => {
    rubrics(loaded([]));
    expect(screen.getByRole('heading', { name: 'No rubrics yet' })).toBeDefined();
    expect(screen.queryByRole('list', { name: 'Rubrics' })).toBeNull();
  });

  it('shows a failure with a way to try again', () => {
    rubrics({
      status: 'error',
      data: undefined,
      error: new ApiError('internal', 'The disk is full'),
      fetching: false,
      refetch,
    });
    expect(screen.getByRole('alert').textContent).toContain('Could not load rubrics');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(refetch).toHaveBeenCalled();
  });

  it('asks the page what empty means for data that is not a list', () => {
    const results = (judgements: number) => (
      <QueryOrEmpty
        query={loaded({ judgements })}
        what="the results"
        isEmpty={(data) => data.judgements === 0}
        empty={<p>No judgements yet</p>}
      >
        {(data) => <p>{data.judgements} judgements</p>}
      </QueryOrEmpty>
    );
    const { rerender } = render(results(0));
    expect(screen.getByText('No judgements yet')).toBeDefined();
    rerender(results(12));
    expect(screen.getByText('12 judgements')).toBeDefined();
  });
});

describe('a radio group', () => {
  const COPIES = [
    { value: 'team', label: 'Team’s copy' },
    { value: 'owner', label: 'Owner’s copy' },
  ] as const;

  it('checks the option matching the value and hands back the one chosen', () => {
    const onChange = vi.fn();
    render(<RadioChoices name="copy" choices={COPIES} value="team" onChange={onChange} />);
    const team = screen.getByRole('radio', { name: 'Team’s copy' }) as HTMLInputElement;
    const owner = screen.getByRole('radio', { name: 'Owner’s copy' }) as HTMLInputElement;
    expect([team.checked, owner.checked]).toEqual([true, false]);
    fireEvent.click(owner);
    expect(onChange).toHaveBeenCalledWith('owner');
  });

  it('keeps an option without a change handler chosen and read-only', () => {
    render(<RadioOption name="rubric" label="The rubric version this set uses now" checked />);
    const kept = screen.getByRole('radio', {
      name: 'The rubric version this set uses now',
    }) as HTMLInputElement;
    expect(kept.checked).toBe(true);
    expect(kept.readOnly).toBe(true);
  });
});

describe('the results frame', () => {
  it('leads back to its session and lets the owner switch names to R1..Rn', () => {
    const onAliasesChange = vi.fn();
    render(
      <MemoryRouter>
        <ResultsHeader sessionId="ses 1" title="Results: March" />
        <ResultsFrame aliases={false} onAliasesChange={onAliasesChange} people="judges">
          <p>The scale</p>
        </ResultsFrame>
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Results: March' })).toBeDefined();
    const back = screen.getByRole('link', { name: '← Back to the session' });
    expect(back.getAttribute('href')).toBe('/sessions/ses%201');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show judges as R1..Rn for the room' }));
    expect(onAliasesChange).toHaveBeenCalledWith(true);
    expect(screen.getByText('The scale')).toBeDefined();
  });
});

describe('a list of terms', () => {
  it('pairs each term with its value, in order', () => {
    render(
      <TermList
        className="facts"
        terms={[
          { term: 'Exact matches', value: '8 of 10 (80%)' },
          { term: 'Not scored', value: 0 },
        ]}
      />,
    );
    const pairs = [...document.querySelectorAll('dl.facts > div')].map((box) => [
      box.querySelector('dt')?.textContent,
      box.querySelector('dd')?.textContent,
    ]);
    expect(pairs).toEqual([
      ['Exact matches', '8 of 10 (80%)'],
      ['Not scored', '0'],
    ]);
  });
  it('leaves out a term given as false and takes a name where nothing around names it', () => {
    const list = (judged: boolean) => (
      <TermList
        className="facts"
        label="What this backup holds"
        terms={[{ term: 'Scores', value: 12 }, judged && { term: 'Judgements', value: 4 }]}
      />
    );
    const { container, rerender } = render(list(false));
    const dl = container.querySelector('dl')!;
    expect(dl.getAttribute('aria-label')).toBe('What this backup holds');
    expect([...dl.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['Scores']);
    rerender(list(true));
    expect([...dl.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'Scores',
      'Judgements',
    ]);
  });
});
