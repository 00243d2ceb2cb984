import { useQuery } from '../../api/use-query.js';
import { ANCHOR_EXPLANATION } from '../../lib/words.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';
import { SamplesTable } from './SamplesTable.js';

export function SamplesPage() {
  const samples = useQuery('samples.list', {});
  return (
    <>
      <PageHeader
        title="Samples"
        description="Student work, stored without names under a random code so raters score the work, not the student."
      />
      <QueryView query={samples} what="samples">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No samples yet">
              <p>Importing student work arrives in a later version of Concord.</p>
            </EmptyState>
          ) : (
            <>
              <SamplesTable samples={list} />
              <p className="muted">{ANCHOR_EXPLANATION}.</p>
            </>
          )
        }
      </QueryView>
    </>
  );
}
