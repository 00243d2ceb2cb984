import { useState } from 'react';
import { useQuery } from '../../api/use-query.js';
import { FROZEN_EXPLANATION } from '../../lib/words.js';
import { ButtonLink } from '../../ui/ButtonLink.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryOrEmpty } from '../../ui/QueryOrEmpty.js';
import { ImportRubric } from './ImportRubric.js';
import { LibraryTabs } from './LibraryTabs.js';
import { RubricsTable } from './RubricsTable.js';

export function RubricsPage() {
  const [showArchived, setShowArchived] = useState(false);
  const rubrics = useQuery('rubrics.list', { includeArchived: showArchived });
  return (
    <>
      <PageHeader
        title="Rubrics"
        description="Criteria (rows) and performance levels (columns), with a description of each level."
        actions={
          <ButtonLink to="/rubrics/new" variant="primary">
            New rubric
          </ButtonLink>
        }
      />
      <LibraryTabs />
      <ImportRubric />
      <label className="check rubric-filter">
        <input
          type="checkbox"
          checked={showArchived}
          onChange={(event) => setShowArchived(event.target.checked)}
        />
        Show archived rubrics
      </label>
      <QueryOrEmpty
        query={rubrics}
        what="rubrics"
        empty={
          <EmptyState
            title="No rubrics yet"
            action={
              <ButtonLink to="/rubrics/new" variant="primary">
                Create the first rubric
              </ButtonLink>
            }
          >
            <p>A session needs a rubric: the shared description of what each level looks like.</p>
          </EmptyState>
        }
      >
        {(list) => (
          <>
            <RubricsTable rubrics={list} />
            {list.some((rubric) => rubric.frozen) && <p className="muted">{FROZEN_EXPLANATION}.</p>}
          </>
        )}
      </QueryOrEmpty>
    </>
  );
}
