// The anchor library: every anchor sample with its grade band, level and reference scores.
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query.js';
import { ANCHOR_EXPLANATION, KIND_WORDS } from '../../lib/words.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryOrEmpty } from '../../ui/QueryOrEmpty.js';
import { Table } from '../../ui/Table.js';

export function AnchorLibraryPage() {
  const library = useQuery('anchors.library', {});
  return (
    <>
      <PageHeader
        title="Anchor library"
        before={<Link to="/samples">← Samples</Link>}
        description={`${ANCHOR_EXPLANATION}.`}
      />
      <QueryOrEmpty
        query={library}
        what="anchors"
        empty={
          <EmptyState title="No anchors yet">
            <p>Open a sample and give it reference scores to make it an anchor.</p>
          </EmptyState>
        }
      >
        {(entries) => (
          <Table
            caption="Anchor samples"
            captionHidden
            columns={['Code', 'Kind', 'Grade band', 'Level', 'Rubric', 'Reference scores']}
          >
            <tbody>
              {entries.map((a) => (
                <tr key={`${a.sampleId}-${a.rubricId}`}>
                  <th scope="row" className="mono">
                    <Link to={`/samples/${a.sampleId}`}>{a.code}</Link>
                  </th>
                  <td>{KIND_WORDS[a.kind]}</td>
                  <td>{a.gradeBandName ?? '—'}</td>
                  <td>{a.level ?? '—'}</td>
                  <td>{a.rubricTitle}</td>
                  <td>
                    <ul>
                      {a.scores.map((s) => (
                        <li key={s.criterionKey}>
                          <strong>{s.criterionName}</strong>: {s.score} — {s.rationale}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </QueryOrEmpty>
    </>
  );
}
