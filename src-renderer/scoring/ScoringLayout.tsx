// The frame every scoring screen shares (the meeting and the qualification check): progress and
// save state on top, then the student's work beside the rubric. On a phone or tablet the two
// cannot sit side by side, and a pinned work pane would cover the rubric, so a Work / Rubric
// switch shows one at a time, each scrolling with the page and nothing pinned over it.
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Button } from '../ui/Button.js';

export type ScoringView = 'work' | 'rubric';

export function ScoringLayout({
  progress,
  saveState,
  nav,
  notices,
  sample,
  viewer,
  rubricTitle,
  children,
  onGo,
  submit,
  confirmation,
}: {
  /** "2 of 5 samples scored": announced as it changes. */
  progress: ReactNode;
  saveState: ReactNode;
  nav: ReactNode;
  notices?: ReactNode;
  sample: { code: string; position: number; total: number };
  viewer: ReactNode;
  rubricTitle: string;
  /** The criteria with their levels. */
  children: ReactNode;
  /** Opens another sample, by its index from 0. */
  onGo: (index: number) => void;
  /** The button that hands the scores in (absent once they are). */
  submit?: ReactNode;
  /** The question that button asks, while it is asked. */
  confirmation?: ReactNode;
}) {
  const [view, setView] = useState<ScoringView>('work');
  const sampleName = `Sample ${sample.code}`;
  return (
    <div className={`scoring scoring--show-${view}`}>
      <div className="scoring__bar">
        <p className="scoring__progress" aria-live="polite">
          {progress}
        </p>
        {saveState}
        <div className="scoring__switch" role="group" aria-label="Show on this screen">
          <ViewButton view="work" current={view} onChoose={setView}>
            Work
          </ViewButton>
          <ViewButton view="rubric" current={view} onChoose={setView}>
            Rubric
          </ViewButton>
        </div>
      </div>
      <div className="scoring__nav">{nav}</div>
      {notices}
      <div className="scoring__panes">
        {/* Beside the rubric the work scrolls in its own pane: focusable, so keys can scroll it. */}
        <section className="scoring__sample" aria-label={sampleName} tabIndex={0}>
          <h2 className="scoring__sample-title">
            {sampleName}{' '}
            <span className="muted">
              ({sample.position} of {sample.total})
            </span>
          </h2>
          {viewer}
          <p className="scoring__next-pane">
            <Button variant="secondary" onClick={() => setView('rubric')}>
              Score this work on the rubric →
            </Button>
          </p>
        </section>
        <section className="scoring__rubric" aria-labelledby="rubric-title">
          <h2 id="rubric-title">
            {rubricTitle}
            <span className="scoring__rubric-sample muted"> · {sampleName}</span>
          </h2>
          {children}
          <div className="scoring__footer">
            <Button
              variant="secondary"
              disabled={sample.position === 1}
              onClick={() => onGo(sample.position - 2)}
            >
              ← Previous sample
            </Button>
            <Button
              variant="secondary"
              disabled={sample.position === sample.total}
              onClick={() => onGo(sample.position)}
            >
              Next sample →
            </Button>
            {submit}
          </div>
          {confirmation}
        </section>
      </div>
    </div>
  );
}

function ViewButton({
  view,
  current,
  onChoose,
  children,
}: {
  view: ScoringView;
  current: ScoringView;
  onChoose: (view: ScoringView) => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="scoring__switch-button"
      aria-pressed={view === current}
      onClick={() => {
        onChoose(view);
        // The chosen pane starts at its top, not wherever the other one was scrolled to.
        window.scrollTo({ top: 0 });
      }}
    >
      {children}
    </button>
  );
}
