// A rater's turn at a qualification check on the coach's device: a screen of its own, with no
// navigation to the rest of the workspace, that shows the scoring and, once submitted, the feedback.
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useApi } from '../api/api-context.js';
import { useQuery } from '../api/use-query.js';
import { Button } from '../ui/Button.js';
import { QueryView } from '../ui/QueryView.js';
import type { AttemptView } from './AttemptScoring.js';
import { AttemptScoring } from './AttemptScoring.js';
import { AttemptFeedback } from './AttemptFeedback.js';

export function AttemptPage() {
  const { attemptId = '' } = useParams();
  const { queries } = useApi();
  const navigate = useNavigate();
  const query = useQuery('qualification.attempt', { attemptId });
  const [submitted, setSubmitted] = useState<AttemptView | null>(null);
  const shown = submitted ?? query.data;
  useEffect(() => {
    document.title = `${shown?.setTitle ?? 'Qualification check'} · Concord`;
  }, [shown?.setTitle]);

  const done = () => {
    // The coach's tables show this attempt from now on.
    queries.applyChange({ topic: 'scores' });
    void navigate(
      shown ? `/qualification?set=${encodeURIComponent(shown.setId)}` : '/qualification',
    );
  };

  return (
    <div className="shell shell--rater">
      <header className="shell__header">
        <div className="shell__bar rater-bar">
          <p className="shell__brand">Concord</p>
          <p className="rater-bar__title">
            Qualification check{shown ? `: ${shown.setTitle}` : ''}
          </p>
          {shown && (
            <p className="rater-bar__me">
              You are <strong>{shown.personName}</strong>
            </p>
          )}
          <Button variant={shown?.result ? 'primary' : 'quiet'} onClick={done}>
            {shown?.result ? 'Done: hand back to the coach' : 'Stop and hand back'}
          </Button>
        </div>
      </header>
      <main id="main" className="shell__main rater-main" tabIndex={-1}>
        <QueryView query={query} what="your qualification check">
          {(loaded) => {
            const attempt = submitted ?? loaded;
            if (attempt.result) {
              return (
                <>
                  <h1 className="rater-main__title">Your feedback</h1>
                  <AttemptFeedback attempt={attempt} result={attempt.result} />
                </>
              );
            }
            return (
              <>
                <h1 className="rater-main__title">Score each anchor on your own</h1>
                <p>
                  These samples have agreed reference levels. Score them as you would in a session;
                  when you submit, you see the reference levels and why they were given. Your scores
                  are saved as you go, so you can stop and continue later.
                </p>
                <AttemptScoring attempt={attempt} onSubmitted={setSubmitted} />
              </>
            );
          }}
        </QueryView>
      </main>
    </div>
  );
}
