import { useQuery } from '../../api/use-query.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { DriftOverview } from '../drift/DriftOverview.js';
import { QueryOrEmpty } from '../../ui/QueryOrEmpty.js';
import { AddPersonForm } from './AddPersonForm.js';
import { PeopleTable } from './PeopleTable.js';

export function RatersPage() {
  const people = useQuery('people.list', {});
  return (
    <>
      <PageHeader
        title="Raters"
        description="The people who take part in sessions, what each of them does, and for the coach how each rater’s scoring holds up from session to session."
      />
      <QueryOrEmpty
        query={people}
        what="people"
        empty={
          <EmptyState title="Nobody here yet">
            <p>Add the teachers who will score, run sessions or coach.</p>
          </EmptyState>
        }
      >
        {(list) => <PeopleTable people={list} />}
      </QueryOrEmpty>
      <AddPersonForm />
      <DriftOverview />
    </>
  );
}
