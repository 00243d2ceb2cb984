// A rater scores the anchors of a qualification check alone: the sample on the left, the rubric on
// the right, digit keys pick a level. The screen holds no reference score: the api sends none
// before the attempt is submitted.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../src-main/api/contract.js';
import type { RubricVersion } from '../../src-main/domain/rubric.js';
import { useApi } from '../api/api-context.js';
import { messageOf } from '../api/errors.js';
import { isTypingTarget, keyAction } from '../meeting/keys.js';
import { LevelChoices } from '../meeting/LevelChoices.js';
import { SampleNav } from '../meeting/SampleNav.js';
import { ScoringLayout } from '../meeting/ScoringLayout.js';
import { Button } from '../ui/Button.js';
import { AttemptSampleViewer } from '../viewer/SampleViewer.js';

export type AttemptView = MethodOutput<'qualification.attempt'>;

const cell = (sampleId: string, criterionKey: string) => `${sampleId}|${criterionKey}`;

export function AttemptScoring({
  attempt,
  onSubmitted,
}: {
  attempt: AttemptView;
  onSubmitted: (view: AttemptView) => void;
}) {
  const { client } = useApi();
  const { rubric, samples } = attempt;
  const [scores, setScores] = useState(
    () => new Map(attempt.scores.map((s) => [cell(s.sampleId, s.criterionKey), s.score])),
  );
  const [index, setIndex] = useState(0);
  const [criterionIndex, setCriterionIndex] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const radios = useRef(new Map<string, HTMLButtonElement>());
  const sample = samples[index];

  const choose = useCallback(
    async (criterionKey: string, score: number) => {
      if (!sample) return;
      const key = cell(sample.id, criterionKey);
      setScores((current) => new Map(current).set(key, score));
      setProblem(null);
      setSaving((n) => n + 1);
      try {
        await client.call('qualification.score', {
          attemptId: attempt.id,
          sampleId: sample.id,
          criterionKey,
          score,
        });
      } catch (thrown) {
        setProblem(messageOf(thrown));
        setScores((current) => {
          const next = new Map(current);
          next.delete(key);
          return next;
        });
      } finally {
        setSaving((n) => n - 1);
      }
    },
    [client, attempt.id, sample],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (confirming || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTypingTarget(event.target) || !sample) return;
      const criterion = rubric.criteria[criterionIndex];
      if (!criterion) return;
      const action = keyAction(event.key, {
        levels: rubric.levels.map((l) => l.value),
        criterionIndex,
        criteriaCount: rubric.criteria.length,
        current: scores.get(cell(sample.id, criterion.key)),
      });
      // "Cannot score" has no place here: an anchor left unscored counts as missing.
      if (!action || action.type === 'cannot') return;
      event.preventDefault();
      if (action.type === 'criterion') {
        setCriterionIndex(action.index);
        radios.current
          .get(`${rubric.criteria[action.index]?.key}|${rubric.levels[0]?.value}`)
          ?.focus();
        return;
      }
      void choose(criterion.key, action.value);
      radios.current.get(`${criterion.key}|${action.value}`)?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [confirming, sample, rubric, criterionIndex, scores, choose]);

  const isComplete = (sampleId: string) =>
    rubric.criteria.every((c) => scores.has(cell(sampleId, c.key)));
  const missing = samples.reduce(
    (n, s) => n + rubric.criteria.filter((c) => !scores.has(cell(s.id, c.key))).length,
    0,
  );

  const go = (to: number) => {
    setIndex(to);
    setCriterionIndex(0);
    setConfirming(false);
  };

  const submit = async () => {
    setSubmitting(true);
    try {
      onSubmitted(await client.call('qualification.submit', { attemptId: attempt.id }));
    } catch (thrown) {
      setProblem(messageOf(thrown));
      setSubmitting(false);
    }
  };

  if (!sample) return <p>This qualification set has no anchors.</p>;

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
        <p className={`save-state save-state--${saving > 0 ? 'saving' : 'saved'}`} role="status">
          {saving > 0 ? 'Saving…' : 'Saved'}
        </p>
      }
      nav={<SampleNav samples={samples} index={index} isComplete={isComplete} onGo={go} />}
      notices={
        problem && (
          <p className="notice notice--error" role="alert">
            {problem}
          </p>
        )
      }
      sample={{ code: sample.code, position: index + 1, total: samples.length }}
      viewer={
        <AttemptSampleViewer
          key={sample.id}
          attemptId={attempt.id}
          sampleId={sample.id}
          kind={sample.kind}
          mediaType={sample.mediaType}
          label={`Sample ${sample.code}`}
        />
      }
      rubricTitle={rubric.title}
      onGo={go}
      submit={
        <Button variant="primary" onClick={() => setConfirming(true)}>
          Submit my check
        </Button>
      }
      confirmation={
        confirming && (
          <div className="confirm" role="alertdialog" aria-labelledby="confirm-check-title">
            <p id="confirm-check-title" className="confirm__title">
              Submit your qualification check?
            </p>
            <p>
              After you submit you see the reference levels and why they were given; your scores can
              no longer change.
              {missing > 0 &&
                ` ${missing} ${missing === 1 ? 'score is' : 'scores are'} still missing; missing scores count against you.`}
            </p>
            <div className="form__actions">
              <Button
                variant="primary"
                busy={submitting}
                disabled={saving > 0}
                onClick={() => void submit()}
              >
                Submit and see my feedback
              </Button>
              <Button variant="quiet" onClick={() => setConfirming(false)}>
                Keep scoring
              </Button>
            </div>
          </div>
        )
      }
    >
      <p className="scoring__keys">
        Press <kbd>{rubric.levels[0]?.value}</kbd>–
        <kbd>{rubric.levels[rubric.levels.length - 1]?.value}</kbd> to choose a level, arrows{' '}
        <kbd>↑</kbd> <kbd>↓</kbd> to move between criteria.
      </p>
      {rubric.criteria.map((criterion, i) => (
        <LevelPicker
          key={criterion.id}
          rubric={rubric}
          criterion={criterion}
          value={scores.get(cell(sample.id, criterion.key))}
          current={i === criterionIndex}
          onFocus={() => setCriterionIndex(i)}
          onScore={(score) => void choose(criterion.key, score)}
          registerRadio={(key, element) => {
            if (element) radios.current.set(key, element);
            else radios.current.delete(key);
          }}
        />
      ))}
    </ScoringLayout>
  );
}

/** One criterion's levels as a radio group, with the rubric's descriptor in each. */
function LevelPicker({
  rubric,
  criterion,
  value,
  current,
  onFocus,
  onScore,
  registerRadio,
}: {
  rubric: RubricVersion;
  criterion: RubricVersion['criteria'][number];
  value: number | undefined;
  current: boolean;
  onFocus: () => void;
  onScore: (score: number) => void;
  registerRadio: (key: string, element: HTMLButtonElement | null) => void;
}) {
  const headingId = `q-criterion-${criterion.id}`;
  return (
    <div
      className={`scorer${current ? ' scorer--current' : ''}`}
      onFocusCapture={onFocus}
      onClickCapture={onFocus}
    >
      <h3 id={headingId} className="scorer__name">
        {criterion.name}
      </h3>
      <LevelChoices
        rubric={rubric}
        criterion={criterion}
        headingId={headingId}
        idPrefix="q-"
        radioKey={criterion.key}
        value={value}
        onScore={onScore}
        registerRadio={registerRadio}
      />
    </div>
  );
}
