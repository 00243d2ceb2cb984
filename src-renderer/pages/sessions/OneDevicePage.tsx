// One device (hot seat): raters take turns on the facilitator's machine. Each turn starts with
// the rater choosing their name; ending a turn hides everything of the previous rater.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '../../api/use-query.js';
import { ScoringScreen } from '../../meeting/ScoringScreen.js';
import { Button } from '../../ui/Button.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';

export function OneDevicePage() {
  const { sessionId = '' } = useParams();
  const session = useQuery('sessions.get', { sessionId });
  const progress = useQuery('sessions.progress', { sessionId });
  const [raterId, setRaterId] = useState<string | null>(null);
  const rater = session.data?.raters.find((r) => r.personId === raterId);
  if (rater) {
    return (
      <>
        <div className="turn-bar">
          <p>
            <strong>{rater.name}</strong> is scoring on this device.
          </p>
          <Button variant="primary" onClick={() => setRaterId(null)}>
            End my turn
          </Button>
        </div>
        <ScoringScreen sessionId={sessionId} raterId={rater.personId} />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Whose turn is it?"
        before={
          <Link to={`/sessions/${encodeURIComponent(sessionId)}`}>← Back to the session</Link>
        }
        description="Raters take turns on this device. Choose your own name; when you end your turn, your scores are hidden from the next rater."
      />
      <QueryView query={session} what="the session">
        {(loaded) => (
          <ul className="join__names" aria-label="Raters in this session">
            {loaded.raters.map((r) => {
              const p = progress.data?.find((row) => row.personId === r.personId);
              return (
                <li key={r.personId}>
                  <Button
                    variant="secondary"
                    className="join__pick"
                    onClick={() => setRaterId(r.personId)}
                  >
                    {r.name}
                  </Button>{' '}
                  {p?.submitted && <span className="muted">submitted</span>}
                </li>
              );
            })}
          </ul>
        )}
      </QueryView>
    </>
  );
}
