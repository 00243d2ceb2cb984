// The wizard's judging step: the question judges answer (typed, or filled from a competency's
// statement), how many judgements each judge makes and what that gives each sample.
import { CheckOption } from '../../../ui/CheckOption.js';
import { Field } from '../../../ui/Field.js';
import { TextAreaField } from '../../../ui/TextAreaField.js';
import type { FieldStepProps } from '../new-session-draft.js';
import { MAX_QUESTION } from '../new-session-draft.js';
import { perSampleFigure, TOO_FEW_PER_SAMPLE } from './judging-words.js';
import { StatementPicker } from './StatementPicker.js';

export function JudgingFields({ draft, update, errors }: FieldStepProps) {
  return (
    <div className="form">
      <TextAreaField
        label="Question judges answer"
        hint={`Judges read it above every pair, e.g. “Which piece argues its claim better?” (up to ${MAX_QUESTION} characters)`}
        rows={3}
        value={draft.question}
        error={errors.question}
        onChange={(event) => update({ question: event.target.value })}
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
