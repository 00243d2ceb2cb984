// One pair on a judge's screen: the question in large type, the two samples side by side (on a
// phone or tablet a Left / Right switch shows one at a time, as the scoring screen's Work /
// Rubric switch does), and pinned at the bottom, always in reach, an optional note and the two
// choices. The screen that shows it keys it by the pair, so the note, the switch and the
// clock start afresh with every pair.
import type { ReactNode } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import type { JudgedSample, JudgingPair, Side } from '../../src-main/domain/judging.js';
import type { SaveState } from '../scoring/save-queue.js';
import { SAVE_WORDS } from '../scoring/save-queue.js';
import { Button } from '../ui/Button.js';
import { SampleViewer } from '../viewer/SampleViewer.js';
import { FocusHeading } from './FocusHeading.js';
import { judgingMs } from './judging-time.js';
import type { Choice } from './use-judging-turn.js';
import { useJudgingKeys } from './use-judging-keys.js';

const SIDE_WORDS: Record<Side, string> = { left: 'Left', right: 'Right' };
const ARROWS: Record<Side, string> = { left: '←', right: '→' };
const DIGITS: Record<Side, string> = { left: '1', right: '2' };
const OTHER: Record<Side, Side> = { left: 'right', right: 'left' };

/** The status line under the progress: nothing before the first choice. */
const CHOICE_WORDS: Record<SaveState, string> = {
  idle: '',
  saving: 'Saving your choice…',
  saved: 'Choice saved',
  retrying: SAVE_WORDS.retrying,
};

export function PairView({
  sessionId,
  question,
  pair,
  done,
  total,
  sending,
  saveState,
  problem,
  focusOnShow,
  onChoose,
}: {
  sessionId: string;
  question: string;
  pair: JudgingPair;
  done: number;
  total: number;
  /** The side chosen while its choice is on its way; both buttons wait meanwhile. */
  sending: Side | null;
  /** How the choices sent so far fare: saving, saved, or not saved and retrying. */
  saveState: SaveState;
  problem: string | null;
  /** Move the focus to the question, so a keyboard or screen reader user knows a new pair came. */
  focusOnShow: boolean;
  onChoose: (choice: Choice) => void;
}) {
  const [view, setView] = useState<Side>('left');
  const [note, setNote] = useState('');
  const shownAt = useRef<number | null>(null);
  useEffect(() => {
    shownAt.current = performance.now();
  }, []);
  const waiting = sending !== null || saveState === 'saving' || saveState === 'retrying';

  const choose = (winner: Side) => {
    if (waiting) return;
    onChoose({ winner, note: note.trim(), ms: judgingMs(shownAt.current, performance.now()) });
  };
  useJudgingKeys(!waiting, choose);

  const show = (side: Side) => {
    setView(side);
    // The chosen sample starts at its top, not wherever the other one was scrolled to.
    window.scrollTo({ top: 0 });
  };
  // After a refusal the alert says what happened; "saved" beside it would mislead.
  const status = problem ? '' : CHOICE_WORDS[saveState];

  return (
    <div className={`judging judging--show-${view}`}>
      <div className="judging__bar">
        <p className="judging__progress" aria-live="polite">
          <strong>
            {done} of {total}
          </strong>{' '}
          judgements made
        </p>
        <progress
          className="judging__meter"
          max={Math.max(total, 1)}
          value={Math.min(done, total)}
          aria-label="Judgements made"
        />
        <p
          className={status ? `save-state save-state--${saveState}` : 'judging__status'}
          role="status"
        >
          {status}
        </p>
      </div>
      <FocusHeading className="judging__question" focus={focusOnShow}>
        {question}
      </FocusHeading>
      <p className="judging__how">
        Read both samples, then choose the one that shows more of this.
      </p>
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      <div className="judging__switch" role="group" aria-label="Show on this screen">
        {(['left', 'right'] as const).map((side) => (
          <button
            key={side}
            type="button"
            className="judging__switch-button"
            aria-pressed={view === side}
            onClick={() => show(side)}
          >
            {SIDE_WORDS[side]} <span className="judging__code">{pair[side].code}</span>
          </button>
        ))}
      </div>
      <div className="judging__panes">
        {(['left', 'right'] as const).map((side) => (
          <SamplePane key={side} side={side} sample={pair[side]} sessionId={sessionId}>
            <Button variant="secondary" onClick={() => show(OTHER[side])}>
              {side === 'left' ? 'Read the right sample →' : '← Read the left sample again'}
            </Button>
          </SamplePane>
        ))}
      </div>
      <div className="judging__footer" role="group" aria-label="Your choice">
        <NoteField value={note} onChange={setNote} />
        {(['left', 'right'] as const).map((side) => (
          <Button
            key={side}
            variant="primary"
            className={`judging__choose judging__choose--${side}`}
            disabled={waiting}
            busy={sending === side}
            onClick={() => choose(side)}
          >
            {side === 'left' && <kbd aria-hidden="true">{ARROWS.left}</kbd>}
            <span className="judging__choose-words">
              {SIDE_WORDS[side]} shows more{' '}
              <span className="judging__choose-code">({pair[side].code})</span>
            </span>
            {side === 'right' && <kbd aria-hidden="true">{ARROWS.right}</kbd>}
          </Button>
        ))}
        <p className="judging__keys">
          Keys: <kbd>{ARROWS.left}</kbd> or <kbd>{DIGITS.left}</kbd> for left,{' '}
          <kbd>{ARROWS.right}</kbd> or <kbd>{DIGITS.right}</kbd> for right.
        </p>
      </div>
    </div>
  );
}

function SamplePane({
  side,
  sample,
  sessionId,
  children,
}: {
  side: Side;
  sample: JudgedSample;
  sessionId: string;
  /** The way to the other sample, for the narrow screens that show one at a time. */
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    // Side by side each sample scrolls in its own pane: focusable, so keys can scroll it.
    <section
      className={`judging__pane judging__pane--${side}`}
      aria-labelledby={titleId}
      tabIndex={0}
    >
      <h2 id={titleId} className="judging__pane-title">
        {SIDE_WORDS[side]}: <span className="judging__code">{sample.code}</span>
      </h2>
      <SampleViewer
        sampleId={sample.id}
        sessionId={sessionId}
        kind={sample.kind}
        mediaType={sample.mediaType}
        label={`${SIDE_WORDS[side]} sample ${sample.code}`}
      />
      <p className="judging__other-pane">{children}</p>
    </section>
  );
}

function NoteField({ value, onChange }: { value: string; onChange: (note: string) => void }) {
  const id = useId();
  return (
    <div className="judging__note">
      <label htmlFor={id} className="field__label">
        Note (optional)
      </label>
      <p id={`${id}-hint`} className="visually-hidden">
        What decided it, or what made it hard. Other judges do not see it.
      </p>
      <textarea
        id={id}
        className="field__input judging__note-input"
        rows={1}
        placeholder="What decided it?"

        maxLength={2000}
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
