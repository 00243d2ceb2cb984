// Every version of one rubric, newest first, with what changed from the one before in plain words.
import { Link, useParams } from 'react-router';
import { describeRubricDiff } from '../../../src-main/domain/rubric-diff.js';
import { useQuery } from '../../api/use-query.js';
import { formatDate } from '../../lib/words.js';
import { Badge } from '../../ui/Badge.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';

export function RubricHistoryPage() {
  const { rubricId = '' } = useParams();
  const history = useQuery('rubrics.history', { rubricId });
  const latest = history.data?.versions.at(-1);
  return (
    <>
      <PageHeader
        title={latest ? `History of “${latest.title}”` : 'Rubric history'}
        before={
          latest ? (
            <Link to={`/rubrics/${encodeURIComponent(latest.id)}`}>← Back to the rubric</Link>
          ) : (
            <Link to="/rubrics">← All rubrics</Link>
          )
        }
        description="A version used by a session is frozen; edits after that become a new version, so scores always refer to the rubric the raters saw."
      />
      <QueryView query={history} what="the history">
        {(data) => (
          <ol className="history-list" reversed>
            {[...data.versions].reverse().map((entry) => {
              const lines = entry.diff ? describeRubricDiff(entry.diff) : [];
              return (
                <li key={entry.id} className="history-entry">
                  <h2 className="history-entry__title">
                    <Link to={`/rubrics/${encodeURIComponent(entry.id)}`}>
                      Version {entry.version}
                    </Link>
                  </h2>
                  <p className="rubric-meta">
                    <span>{entry.title}</span>
                    <span>Created {formatDate(entry.createdAt)}</span>
                    {entry.frozenAt ? (
                      <Badge tone="info">Frozen {formatDate(entry.frozenAt)}</Badge>
                    ) : (
                      <span className="muted">Editable</span>
                    )}
                  </p>
                  {entry.changeNote && <p className="history-entry__note">“{entry.changeNote}”</p>}
                  <h3 className="visually-hidden">What changed in version {entry.version}</h3>
                  {entry.diff === null ? (
                    <p className="muted">The first version.</p>
                  ) : lines.length === 0 ? (
                    <p className="muted">No change to the rubric itself.</p>
                  ) : (
                    <ul
                      className="history-entry__changes"
                      aria-label={`What changed in version ${entry.version}`}
                    >
                      {lines.map((line, i) => (
                        <li key={i}>{line}</li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </QueryView>
    </>
  );
}
