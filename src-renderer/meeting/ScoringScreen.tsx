// One rater's scoring: the sample on the left, the rubric with its full descriptors on the right.
// Every change is saved at once (notes after a short pause); scores lock when the rater submits.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MethodOutput } from '../../src-main/api/contract.js';
import type { RubricVersion } from '../../src-main/domain/rubric.js';
import { useApi } from '../api/api-context.js';
import { ApiError, messageOf } from '../api/errors.js';
import { useQuery } from '../api/use-query.js';
import { Button } from '../ui/Button.js';
import { QueryView } from '../ui/QueryView.js';
import { SampleViewer } from '../viewer/SampleViewer.js';
import { isTypingTarget, keyAction } from './keys.js';
import { LevelChoices } from './LevelChoices.js';
import { SampleNav } from './SampleNav.js';
import { ScoringLayout } from './ScoringLayout.js';
import type { SaveState } from './save-queue.js';
import { SAVE_WORDS, SaveQueue } from './save-queue.js';

type Assignment = MethodOutput<'scoring.assignment'>;

/** A cell's value: undefined = not scored yet, null = "cannot score". */
export interface CellValue {
  score: number | null | undefined;
  note: string;
}

const NOTE_PAUSE_MS = 600;

export function ScoringScreen({
  sessionId,
  raterId,
  onSubmitted,
}: {
  sessionId: string;
  /** One-device mode: the owner scores as this rater. */
  raterId?: string;
  onSubmitted?: () => void;
}) {
  const assignment = useQuery('scoring.assignment', { sessionId, raterId });
  return (
    <QueryView query={assignment} what="your samples">
      {(loaded) => (
        <ScoringWorkspace
          key={`${loaded.raterId}:${loaded.round}`}
          assignment={loaded}
          asOwner={raterId !== undefined}
          onSubmitted={onSubmitted}
        />
      )}
    </QueryView>
  );
}

const cellKey = (sampleId: string, criterionId: string) => `${sampleId}|${criterionId}`;

function indexStorageKey(a: Assignment) {
  return `concord.sample.${a.sessionId}.${a.raterId}.${a.round}`;
}

function ScoringWorkspace({
  assignment,
  asOwner,
  onSubmitted,
}: {
  assignment: Assignment;
  asOwner: boolean;
  onSubmitted?: () => void;
}) {
  const { client, queries } = useApi();
  const { rubric, samples, sessionId, raterId } = assignment;
  const [drafts, setDrafts] = useState<Record<string, CellValue>>({});
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const [index, setIndex] = useState(() => {
    const stored = Number(sessionStorage.getItem(indexStorageKey(assignment)));
    return Number.isInteger(stored) && stored >= 0 && stored < samples.length ? stored : 0;
  });
  const [criterionIndex, setCriterionIndex] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const noteTimers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  // Notes wait a moment before they are sent; the screen says "Saving…" meanwhile.
  const [notesWaiting, setNotesWaiting] = useState(0);
  const radios = useRef(new Map<string, HTMLButtonElement>());

  const server = useMemo(() => {
    const map = new Map<string, CellValue>();
    for (const s of assignment.scores)
      map.set(cellKey(s.sampleId, s.criterionId), { score: s.score, note: s.note });
    return map;
  }, [assignment.scores]);

  const valueOf = useCallback(
    (sampleId: string, criterionId: string): CellValue => {
      const key = cellKey(sampleId, criterionId);
      return drafts[key] ?? server.get(key) ?? { score: undefined, note: '' };
    },
    [drafts, server],
  );

  const queue = useMemo(
    () =>
      new SaveQueue<{ sampleId: string; criterionId: string; score: number | null; note: string }>({
        send: async (_key, value) => {
          await client.call('scores.record', {
            sessionId,
            ...value,
            ...(asOwner ? { raterId } : {}),
          });
        },
        onState: setSaveState,
        isFinal: (error) =>
          error instanceof ApiError &&
          ['conflict', 'invalid_input', 'forbidden'].includes(error.code),
        onFinalError: (key, error) => {
          setProblem(messageOf(error));
          setDrafts((current) => {
            const next = { ...current };
            delete next[key];
            return next;
          });
          queries.applyChange({ topic: 'scores', sessionId });
        },
      }),
    [client, queries, sessionId, raterId, asOwner],
  );
  useEffect(() => () => queue.dispose(), [queue]);
  useEffect(() => {
    const timers = noteTimers.current;
    return () => timers.forEach((t) => clearTimeout(t));
  }, []);

  useEffect(() => {
    sessionStorage.setItem(indexStorageKey(assignment), String(index));
  }, [assignment, index]);

  const sample = samples[index];
  const revealed = sample ? assignment.revealedSampleIds.includes(sample.id) : false;
  const locked = assignment.submitted || assignment.phase !== 'scoring';
  const readOnly = locked || revealed;

  const complete = samples.filter((s) =>
    rubric.criteria.every((c) => valueOf(s.id, c.id).score !== undefined),
  ).length;
  const missingCells = samples.reduce(
    (n, s) => n + rubric.criteria.filter((c) => valueOf(s.id, c.id).score === undefined).length,
    0,
  );

  const setCell = useCallback(
    (criterionId: string, change: Partial<CellValue>, saveNow: boolean) => {
      if (!sample || readOnly) return;
      const key = cellKey(sample.id, criterionId);
      const next = { ...valueOf(sample.id, criterionId), ...change };
      setDrafts((current) => ({ ...current, [key]: next }));
      setProblem(null);
      const timer = noteTimers.current.get(key);
      if (timer) clearTimeout(timer);
      noteTimers.current.delete(key);
      setNotesWaiting(noteTimers.current.size);
      // A note alone is kept until a level (or "cannot score") is chosen: it saves with it.
      if (next.score === undefined) return;
      const value = { sampleId: sample.id, criterionId, score: next.score, note: next.note };
      if (saveNow) queue.put(key, value);
      else {
        noteTimers.current.set(
          key,
          setTimeout(() => {
            noteTimers.current.delete(key);
            setNotesWaiting(noteTimers.current.size);
            queue.put(key, value);
          }, NOTE_PAUSE_MS),
        );
        setNotesWaiting(noteTimers.current.size);
      }
    },
    [sample, readOnly, valueOf, queue],
  );

  const focusCriterion = useCallback(
    (i: number) => {
      setCriterionIndex(i);
      const criterion = rubric.criteria[i];
      if (!criterion || !sample) return;
      const value = valueOf(sample.id, criterion.id).score;
      const id = value === undefined ? String(rubric.levels[0]?.value) : String(value);
      const target =
        radios.current.get(`${criterion.id}|${id}`) ??
        radios.current.get(`${criterion.id}|${rubric.levels[0]?.value}`);
      target?.focus();
    },
    [rubric, sample, valueOf],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (readOnly || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTypingTarget(event.target) || !sample) return;
      const criterion = rubric.criteria[criterionIndex];
      if (!criterion) return;
      const action = keyAction(event.key, {
        levels: rubric.levels.map((l) => l.value),
        criterionIndex,
        criteriaCount: rubric.criteria.length,
        current: valueOf(sample.id, criterion.id).score,
      });
      if (!action) return;
      event.preventDefault();
      if (action.type === 'criterion') focusCriterion(action.index);
      else {
        const score = action.type === 'score' ? action.value : null;
        setCell(criterion.id, { score }, true);
        const key = score === null ? `${criterion.id}|cannot` : `${criterion.id}|${score}`;
        radios.current.get(key)?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [readOnly, sample, rubric, criterionIndex, valueOf, setCell, focusCriterion]);

  const flushNotes = () => {
    noteTimers.current.forEach((t) => clearTimeout(t));
    noteTimers.current.clear();
    setNotesWaiting(0);
    if (locked) return;
    for (const [key, value] of Object.entries(drafts)) {
      if (value.score === undefined) continue;
      const [sampleId, criterionId] = key.split('|') as [string, string];
      if (assignment.revealedSampleIds.includes(sampleId)) continue;
      const saved = server.get(key);
      if (!saved || saved.note !== value.note || saved.score !== value.score)
        queue.put(key, { sampleId, criterionId, score: value.score, note: value.note });
    }
  };

  const go = (to: number) => {
    flushNotes();
    setIndex(to);
    setCriterionIndex(0);
    setConfirming(false);
  };

  const submit = async () => {
    setSubmitting(true);
    try {
      await client.call('scores.submit', { sessionId, ...(asOwner ? { raterId } : {}) });
      setConfirming(false);
      queries.applyChange({ topic: 'scores', sessionId });
      queries.applyChange({ topic: 'sessions', sessionId });
      onSubmitted?.();
    } catch (thrown) {
      setProblem(messageOf(thrown));
    } finally {
      setSubmitting(false);
    }
  };

  const shownState: SaveState = notesWaiting > 0 && saveState !== 'retrying' ? 'saving' : saveState;

  if (!sample) return <p>There are no samples in this session.</p>;

  return (
    <ScoringLayout
      progress={
        <>
          <strong>
            {complete} of {samples.length} samples
          </strong>{' '}
          scored
        </>
      }
      saveState={
        <p className={`save-state save-state--${shownState}`} role="status">
          {locked ? 'Submitted — locked' : SAVE_WORDS[shownState]}
        </p>
      }
      nav={
        <SampleNav
          samples={samples}
          index={index}
          isComplete={(id) => rubric.criteria.every((c) => valueOf(id, c.id).score !== undefined)}
          onGo={go}
        />
      }
      notices={
        <>
          {assignment.submitted && (
            <p className="notice notice--success">
              You submitted your scores for round {assignment.round}. They are locked; you can still
              look through them.
            </p>
          )}
          {!assignment.submitted && assignment.phase !== 'scoring' && (
            <p className="notice">Scoring is closed. Your scores are kept as they are.</p>
          )}
          {problem && (
            <p className="notice notice--error" role="alert">
              {problem}
            </p>
          )}
        </>
      }
      sample={{ code: sample.code, position: index + 1, total: samples.length }}
      viewer={
        <SampleViewer
          sampleId={sample.id}
          sessionId={sessionId}
          kind={sample.kind}
          mediaType={sample.mediaType}
          label={`Sample ${sample.code}`}
        />
      }
      rubricTitle={rubric.title}
      onGo={go}
      submit={
        !locked && (
          <Button
            variant="primary"
            onClick={() => {
              flushNotes();
              setConfirming(true);
            }}
          >
            Submit my scores
          </Button>
        )
      }
      confirmation={
        confirming &&
        !locked && (
          <div className="confirm" role="alertdialog" aria-labelledby="confirm-submit-title">
            <p id="confirm-submit-title" className="confirm__title">
              Submit and lock your scores?
            </p>
            <p>
              After you submit, your scores lock: you cannot change them in this round.
              {missingCells > 0 &&
                ` ${missingCells} ${missingCells === 1 ? 'criterion is' : 'criteria are'} not scored yet; they will count as missing.`}
            </p>
            <div className="form__actions">
              <Button
                variant="primary"
                busy={submitting}
                disabled={shownState === 'saving' || shownState === 'retrying'}
                onClick={() => void submit()}
              >
                Submit and lock
              </Button>
              <Button variant="quiet" onClick={() => setConfirming(false)}>
                Keep scoring
              </Button>
            </div>
          </div>
        )
      }
    >
      {!readOnly && (
        <p className="scoring__keys">
          Press <kbd>1</kbd>–<kbd>{rubric.levels[rubric.levels.length - 1]?.value}</kbd> to choose a
          level, <kbd>N</kbd> for cannot score, arrows <kbd>↑</kbd> <kbd>↓</kbd> to move between
          criteria.
        </p>
      )}
      {revealed && (
        <p className="notice">
          The facilitator has revealed this sample: its scores for this round are final.
        </p>
      )}
      {rubric.criteria.map((criterion, i) => (
        <CriterionScorer
          key={criterion.id}
          rubric={rubric}
          criterion={criterion}
          value={valueOf(sample.id, criterion.id)}
          current={i === criterionIndex}
          readOnly={readOnly}
          onFocus={() => setCriterionIndex(i)}
          onScore={(score) => setCell(criterion.id, { score }, true)}
          onNote={(note) => setCell(criterion.id, { note }, false)}
          onNoteBlur={flushNotes}
          registerRadio={(key, element) => {
            if (element) radios.current.set(key, element);
            else radios.current.delete(key);
          }}
        />
      ))}
    </ScoringLayout>
  );
}

function CriterionScorer({
  rubric,
  criterion,
  value,
  current,
  readOnly,
  onFocus,
  onScore,
  onNote,
  onNoteBlur,
  registerRadio,
}: {
  rubric: RubricVersion;
  criterion: RubricVersion['criteria'][number];
  value: CellValue;
  current: boolean;
  readOnly: boolean;
  onFocus: () => void;
  onScore: (score: number | null) => void;
  onNote: (note: string) => void;
  onNoteBlur: () => void;
  registerRadio: (key: string, element: HTMLButtonElement | null) => void;
}) {
  const headingId = `criterion-${criterion.id}`;
  const noteId = `note-${criterion.id}`;
  return (
    <div
      className={`scorer${current ? ' scorer--current' : ''}`}
      onFocusCapture={onFocus}
      onClickCapture={onFocus}
    >
      <h3 id={headingId} className="scorer__name">
        {criterion.name}
        {value.score === null && <span className="badge badge--warning">Cannot score</span>}
      </h3>
      <LevelChoices
        rubric={rubric}
        criterion={criterion}
        headingId={headingId}
        idPrefix=""
        radioKey={criterion.id}
        value={value.score}
        readOnly={readOnly}
        onScore={onScore}
        registerRadio={registerRadio}
      >
        <button
          type="button"
          role="radio"
          aria-checked={value.score === null}
          aria-label={`${criterion.name}: Cannot score`}
          aria-disabled={readOnly || undefined}
          tabIndex={value.score === null ? 0 : -1}
          className={`level level--cannot${value.score === null ? ' level--checked' : ''}`}
          ref={(element) => registerRadio(`${criterion.id}|cannot`, element)}
          onClick={() => !readOnly && onScore(null)}
        >
          <span className="level__head">Cannot score</span>
          <span className="level__descriptor">Recorded as missing</span>
        </button>
      </LevelChoices>
      <label htmlFor={noteId} className="field__label scorer__note-label">
        Note <span className="visually-hidden">on {criterion.name} </span>(optional)
      </label>
      <textarea
        id={noteId}
        className="field__input scorer__note"
        rows={2}
        maxLength={2000}
        value={value.note}
        readOnly={readOnly}
        placeholder={readOnly ? '' : 'What in the work led you to this level? (optional)'}
        onChange={(event) => onNote(event.target.value)}
        onBlur={onNoteBlur}
      />
      {value.score === undefined && value.note !== '' && !readOnly && (
        <p className="field__hint">Choose a level (or cannot score) to save this note.</p>
      )}
    </div>
  );
}
