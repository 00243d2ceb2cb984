// One rater scoring one sample at a time, as the meeting and the qualification check both do: the
// frame (ScoringLayout), the sample steps, progress and save state, the scoring keyboard, the
// criteria with their radios, and the submit button with the question it asks. The screen that
// uses it owns the values and how they are saved (use-score-cells.ts); this owns where the rater is.
import type { ReactNode } from 'react';
import { useCallback, useMemo, useState } from 'react';
import type { RubricVersion } from '../../src-main/domain/rubric.js';
import { messageOf } from '../api/errors.js';
import { Button } from '../ui/Button.js';
import { SampleNav } from './SampleNav.js';
import type { SaveState } from './save-queue.js';
import { SAVE_WORDS } from './save-queue.js';
import { ScoringLayout } from './ScoringLayout.js';
import { SubmitConfirm } from './SubmitConfirm.js';
import type { Choice, RegisterRadio } from './use-scoring-keys.js';
import { useScoringKeys } from './use-scoring-keys.js';

export type Criterion = RubricVersion['criteria'][number];

/** The button that hands the scores in, and the question it asks first. */
export interface SubmitStep {
  label: string;
  titleId: string;
  title: string;
  /** What submitting means, given how many criteria are still unscored across the samples. */
  explain: (missing: number) => ReactNode;
  confirmLabel: string;
  /** Runs as the question opens (the meeting sends notes still waiting). */
  onOpen?: () => void;
  /** Hands the scores in; a rejection is shown as the screen's problem. */
  onSubmit: () => Promise<void>;
}

export interface ScoringShellProps {
  rubric: RubricVersion;
  samples: readonly { id: string; code: string }[];
  /** The sample on screen, by its index from 0. */
  index: number;
  /** Opens another sample; the shell itself goes back to the first criterion. */
  onGo: (index: number) => void;
  /** A cell's choice; undefined while not scored. */
  choiceOf: (sampleId: string, criterion: Criterion) => Choice | undefined;
  /** A choice for the current sample, by key or by click. */
  onChoose: (criterion: Criterion, choice: Choice) => void;
  /** Whether "cannot score" is offered (N on the keyboard). */
  cannotScore: boolean;
  /** Keys and clicks change nothing (submitted, closed, or this sample revealed). */
  readOnly: boolean;
  /** The scores are handed in: no submit button, and the save state says so. */
  locked: boolean;
  saveState: SaveState;
  problem: string | null;
  onProblem: (problem: string) => void;
  /** Notices above the panes, before the problem. */
  notices?: ReactNode;
  viewer: ReactNode;
  /** A notice above the criteria. */
  rubricNotice?: ReactNode;
  submit: SubmitStep;
  /** A criterion's heading, levels and anything else the screen offers for it. */
  renderCriterion: (criterion: Criterion, registerRadio: RegisterRadio) => ReactNode;
}

export function ScoringShell(props: ScoringShellProps) {
  const { rubric, samples, index, choiceOf, readOnly, locked, saveState, submit } = props;
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const sample = samples[index];
  const levels = useMemo(() => rubric.levels.map((l) => l.value), [rubric.levels]);
  const sampleId = sample?.id;
  const choiceHere = useCallback(
    (criterion: Criterion) => (sampleId === undefined ? undefined : choiceOf(sampleId, criterion)),
    [choiceOf, sampleId],
  );
  const keys = useScoringKeys({
    criteria: rubric.criteria,
    levels,
    active: !readOnly,
    cannotScore: props.cannotScore,
    choiceOf: choiceHere,
    onChoose: props.onChoose,
  });

  const isComplete = (id: string) => rubric.criteria.every((c) => choiceOf(id, c) !== undefined);
  const missing = samples.reduce(
    (n, s) => n + rubric.criteria.filter((c) => choiceOf(s.id, c) === undefined).length,
    0,
  );

  const go = (to: number) => {
    props.onGo(to);
    keys.setCursor(0);
    setConfirming(false);
  };

  const handIn = async () => {
    setSubmitting(true);
    try {
      await submit.onSubmit();
      setConfirming(false);
    } catch (thrown) {
      props.onProblem(messageOf(thrown));
    } finally {
      setSubmitting(false);
    }
  };

  if (!sample) return null;
  const first = levels[0];
  const last = levels[levels.length - 1];

  return (
    <ScoringLayout
      progress={
        <>
          <strong>
            {samples.filter((s) => isComplete(s.id)).length} of {samples.length} samples
          </strong>{' '}
          scored
        </>
      }
      saveState={
        <p className={`save-state save-state--${saveState}`} role="status">
          {locked ? 'Submitted — locked' : SAVE_WORDS[saveState]}
        </p>
      }
      nav={<SampleNav samples={samples} index={index} isComplete={isComplete} onGo={go} />}
      notices={
        <>
          {props.notices}
          {props.problem && (
            <p className="notice notice--error" role="alert">
              {props.problem}
            </p>
          )}
        </>
      }
      sample={{ code: sample.code, position: index + 1, total: samples.length }}
      viewer={props.viewer}
      rubricTitle={rubric.title}
      onGo={go}
      submit={
        !locked && (
          <Button
            variant="primary"
            onClick={() => {
              submit.onOpen?.();
              setConfirming(true);
            }}
          >
            {submit.label}
          </Button>
        )
      }
      confirmation={
        confirming &&
        !locked && (
          <SubmitConfirm
            titleId={submit.titleId}
            title={submit.title}
            confirmLabel={submit.confirmLabel}
            busy={submitting}
            disabled={saveState === 'saving' || saveState === 'retrying'}
            onConfirm={() => void handIn()}
            onCancel={() => setConfirming(false)}
          >
            {submit.explain(missing)}
          </SubmitConfirm>
        )
      }
    >
      {!readOnly && (
        <p className="scoring__keys">
          Press <kbd>{first}</kbd>–<kbd>{last}</kbd> to choose a level,
          {props.cannotScore && (
            <>
              {' '}
              <kbd>N</kbd> for cannot score,
            </>
          )}{' '}
          arrows <kbd>↑</kbd> <kbd>↓</kbd> to move between criteria.
        </p>
      )}
      {props.rubricNotice}
      {rubric.criteria.map((criterion, i) => (
        <div
          key={criterion.id}
          className={`scorer${i === keys.cursor ? ' scorer--current' : ''}`}
          onFocusCapture={() => keys.setCursor(i)}
          onClickCapture={() => keys.setCursor(i)}
        >
          {props.renderCriterion(criterion, keys.registerRadio)}
        </div>
      ))}
    </ScoringLayout>
  );
}
