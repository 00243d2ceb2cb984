// The wizard's judging step: the question judges answer (typed, or filled from a competency's
// statement), how many judgements each judge makes and what that gives each sample.
import { useId } from 'react';
import { CheckOption } from '../../../ui/CheckOption.js';
import { Field } from '../../../ui/Field.js';
import type { FieldStepProps } from '../new-session-draft.js';
import { MAX_QUESTION } from '../new-session-draft.js';
import { perSampleFigure, TOO_FEW_PER_SAMPLE } from './judging-words.js';
import { StatementPicker } from './StatementPicker.js';

export function JudgingFields({ draft, update, errors }: FieldStepProps) {
  return (
    <div className="form">
      <QuestionField
        value={draft.question}
        error={errors.question}
        onChange={(question) => update({ question })}
      />
      <StatementPicker
        competencyId={draft.competencyId}
        onFill={(question, competencyId) => update({ question, competencyId })}
        onUnlink={() => update({ competencyId: null })}
      />
      <Field
        label="Judgements per judge"
        hint="How many pairs each judge decides. A pair takes most teachers under a minute."
        type="number"
        inputMode="numeric"
        min={1}
        max={500}
        value={Number.isFinite(draft.perJudge) ? String(draft.perJudge) : ''}
        error={errors.perJudge}
        onChange={(event) =>
          update({ perJudge: event.target.value === '' ? NaN : Number(event.target.value) })
        }
      />
      <PerSample
        samples={draft.sampleIds.length}
        judges={draft.raterIds.length}
        perJudge={draft.perJudge}
      />
      <CheckOption
        label="Hide judge names on shared screens"
        hint="the progress board shows R1, R2, …"
        checked={draft.hideRaterNames}
        onChange={(checked) => update({ hideRaterNames: checked })}
      />
    </div>
  );
}

function QuestionField({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (question: string) => void;
}) {
  const id = useId();
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        Question judges answer
      </label>
      <p id={`${id}-hint`} className="field__hint">
        Judges read it above every pair, e.g. “Which piece argues its claim better?” (up to{' '}
        {MAX_QUESTION} characters)
      </p>
      <textarea
        id={id}
        className="field__input"
        rows={3}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The figure that says whether the set-up gives a stable scale, updated as the numbers change. */
function PerSample({
  samples,
  judges,
  perJudge,
}: {
  samples: number;
  judges: number;
  perJudge: number;
}) {
  const figure = perSampleFigure(samples, judges, perJudge);
  return (
    <div className="judging-figure" aria-live="polite">
      {figure ? (
        <>
          <p>
            {samples} samples, {judges} {judges === 1 ? 'judge' : 'judges'}, {perJudge} judgements
            each: <strong>{figure.words}</strong> ({judges * perJudge} judgements in all, each
            showing two samples).
          </p>
          {figure.tooFew && <p className="notice notice--warning">{TOO_FEW_PER_SAMPLE}</p>}
        </>
      ) : (
        <p className="muted">Choose samples and judges to see how often each sample is judged.</p>
      )}
    </div>
  );
}
