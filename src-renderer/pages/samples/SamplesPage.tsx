import { useQuery } from '../../api/use-query.js';
import { ANCHOR_EXPLANATION } from '../../lib/words.js';
import { ButtonLink } from '../../ui/ButtonLink.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryOrEmpty } from '../../ui/QueryOrEmpty.js';
import { ImportPanel } from './ImportPanel.js';
import { SamplesTable } from './SamplesTable.js';

export function SamplesPage() {
  const samples = useQuery('samples.list', {});
  return (
    <>
      <PageHeader
        title="Samples"
        description="Student work, stored without names under a random code so raters score the work, not the student."
        actions={<ButtonLink to="/samples/anchors">Anchor library</ButtonLink>}
      />
      <ImportPanel />
      <section className="section" aria-labelledby="samples-heading">
        <h2 id="samples-heading">All samples</h2>
        <QueryOrEmpty
          query={samples}
          what="samples"
          empty={
            <EmptyState title="No samples yet">
              <p>Import student work above. Names are removed before any rater sees it.</p>
            </EmptyState>
          }
        >
          {(list) => (
            <>
              <SamplesTable samples={list} />
              <p className="muted">{ANCHOR_EXPLANATION}.</p>
            </>
          )}
        </QueryOrEmpty>
      </section>
    </>
  );
}
