// The coach's qualification checks: the anchor sets with their pass rules, and every attempt.
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query.js';
import { ruleWords } from '../../qualification/words.js';
import { ButtonLink } from '../../ui/ButtonLink.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryOrEmpty } from '../../ui/QueryOrEmpty.js';
import { QueryView } from '../../ui/QueryView.js';
import { Table } from '../../ui/Table.js';
import { AttemptsTable } from './AttemptsTable.js';

export function QualificationPage() {
  const sets = useQuery('qualification.sets', {});
  const attempts = useQuery('qualification.attempts', {});
  return (
    <>
      <PageHeader
        title="Qualification checks"
        description="A rater scores a set of anchor samples alone and passes when their levels match the agreed reference levels as closely as your rule asks. They see the reference levels and the reasons straight after."
        actions={
          <ButtonLink to="/qualification/new" variant="primary">
            New qualification set
          </ButtonLink>
        }
      />
      <section className="section" aria-labelledby="sets-title">
        <h2 id="sets-title">Sets</h2>
        <QueryOrEmpty
          query={sets}
          what="qualification sets"
          empty={
            <EmptyState title="No qualification set yet">
              Make a set from your anchors (samples with reference levels and reasons), then choose
              what a rater needs to pass.
            </EmptyState>
          }
        >
          {(list) => (
            <Table
              caption="Qualification sets"
              captionHidden
              columns={['Set', 'Rubric', 'Anchors', 'To pass', 'Attempts', 'Actions']}
            >
              <tbody>
                {list.map((set) => (
                  <tr key={set.id}>
                    <th scope="row">{set.title}</th>
                    <td>{set.rubricTitle}</td>
                    <td>{set.sampleIds.length}</td>
                    <td>{ruleWords(set.rule).join('; ')}</td>
                    <td>
                      {set.attempts} ({set.passed} passed)
                    </td>
                    <td className="nowrap">
                      <Link
                        to={`/qualification/${encodeURIComponent(set.id)}/take`}
                        className="button button--primary"
                        aria-label={`Take the check ${set.title}`}
                      >
                        Take the check
                      </Link>{' '}
                      <Link
                        to={`/qualification/${encodeURIComponent(set.id)}/edit`}
                        aria-label={`Edit ${set.title}`}
                      >
                        Edit
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </QueryOrEmpty>
      </section>
      <section className="section" aria-labelledby="attempts-title">
        <h2 id="attempts-title">Attempts</h2>
        <p className="muted">
          Exact: the same level as the reference. Within one: the same level or one level either
          side. Shares are out of every anchor score in the set (each sample times each criterion).
        </p>
        <QueryView query={attempts} what="attempts">
          {(list) => <AttemptsTable attempts={list} />}
        </QueryView>
      </section>
    </>
  );
}
