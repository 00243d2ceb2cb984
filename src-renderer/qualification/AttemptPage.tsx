// A rater's turn at a qualification check, opened with the attempt's own key (never the coach's):
// a screen of its own, with no navigation, that shows the scoring and, once submitted, the
// feedback with the anchors' rationales. Leaving it forgets the key and asks to hand the device back.
import { useEffect, useState } from 'react';
import { forgetToken } from '../api/token.js';
import { useQuery } from '../api/use-query.js';
import { useAccess } from '../state/access-store.js';
import { Button } from '../ui/Button.js';
import { QueryView } from '../ui/QueryView.js';
import type { AttemptView } from './AttemptScoring.js';
import { AttemptScoring } from './AttemptScoring.js';
import { AttemptFeedback } from './AttemptFeedback.js';

export function AttemptPage({ attemptId }: { attemptId: string }) {
  const query = useQuery('qualification.attempt', { attemptId });
  const [submitted, setSubmitted] = useState<AttemptView | null>(null);
  const shown = submitted ?? query.data;
  const refuse = useAccess((state) => state.refuse);
  useEffect(() => {
    document.title = `${shown?.setTitle ?? 'Qualification check'} · Concord`;
  }, [shown?.setTitle]);

  const done = () => {
    // This tab forgets the key, so the next person at the device cannot reopen the check.
    forgetToken(window.sessionStorage);
    refuse();
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
            {shown?.result ? 'Done: hand back to the coach' : 'Stop for now and hand back'}
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
                  are saved as you go; if you stop, the coach can open the check for you again.
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
