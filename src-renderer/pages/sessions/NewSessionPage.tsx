// Setting up a session, one step at a time. A rubric meeting: details, rubric, samples, raters,
// options; a comparative judgement session: details, rubric, samples, judges, the question and
// its size. Then a review that creates the session (and starts it if asked).
import type { ReactNode } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ProtocolPhase } from '../../../src-main/domain/session.js';
import type { ApiError } from '../../api/errors.js';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { Button } from '../../ui/Button.js';
import { CheckOption } from '../../ui/CheckOption.js';
import { Field } from '../../ui/Field.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';
import { RadioOption } from '../../ui/RadioOption.js';
import { TermList } from '../../ui/TermList.js';
import { DetailsStep } from './DetailsStep.js';
import { JudgingFields } from './judging/JudgingFields.js';
import { JudgingReview } from './judging/JudgingReview.js';
import type { Draft, StepName, StepProblem, StepProps } from './new-session-draft.js';
import { newDraft, stepProblem, stepsFor } from './new-session-draft.js';
import { PeopleStep } from './PeopleStep.js';
import { SamplesStep } from './SamplesStep.js';

export function NewSessionPage() {
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<Draft>(newDraft);
  const [error, setError] = useState<StepProblem | null>(null);
  const failed = (thrown: ApiError) => setError({ field: null, message: thrown.message });
  const createSession = useMutation('sessions.create', { onError: failed });
  const createJudging = useMutation('judging.create', { onError: failed });
  const startSession = useMutation('sessions.start', { onError: failed });
  const creating = createSession.pending || createJudging.pending || startSession.pending;
  const update = useCallback(
    (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change })),
    [],
  );
  const stepRef = useRef<HTMLElement>(null);
  const steps = stepsFor(draft.kind);
  const judging = draft.kind === 'judgement';

  // A field's problem shows under that field until it is put right.
  const fieldError = error?.field && stepProblem(step, draft)?.field === error.field ? error : null;
  const errors = fieldError?.field ? { [fieldError.field]: fieldError.message } : {};
  const stepError = error && error.field === null ? error.message : null;

  // Where a field is wrong, the cursor goes there, and a screen reader reads its error with it.
  useEffect(() => {
    if (error?.field) stepRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const next = () => {
    const problem = stepProblem(step, draft);
    setError(problem);
    if (!problem) setStep((s) => Math.min(steps.length - 1, s + 1));
  };

  const created = () => {
    const shared = {
      title: draft.title,
      heldOn: draft.heldOn,
      rubricVersionId: draft.rubricVersionId,
      sampleIds: draft.sampleIds,
      facilitatorId: draft.facilitatorId,
    };
    if (judging) {
      return createJudging.run({
        ...shared,
        judgeIds: draft.raterIds,
        judging: {
          question: draft.question.trim(),
          competencyId: draft.competencyId,
          perJudge: draft.perJudge,
        },
        hideRaterNames: draft.hideRaterNames,
      });
    }
    return createSession.run({
      ...shared,
      raterIds: draft.raterIds,
      options: {
        blind: draft.blind,
        randomizeOrder: draft.randomizeOrder,
        hideRaterNames: draft.hideRaterNames,
        rounds: draft.rounds,
        protocol: draft.protocol,
      },
    });
  };

  const create = async (startNow: boolean) => {
    setError(null);
    const session = await created();
    if (!session) return;
    if (startNow && !(await startSession.run({ sessionId: session.id }))) return;
    void navigate(`/sessions/${encodeURIComponent(session.id)}`);
  };

  const body: Record<StepName, () => ReactNode> = {
    Details: () => <DetailsStep draft={draft} update={update} errors={errors} />,
    Rubric: () => <RubricStep draft={draft} update={update} />,
    Samples: () => <SamplesStep draft={draft} update={update} />,
    Raters: () => <PeopleStep draft={draft} update={update} />,
    Judges: () => <PeopleStep draft={draft} update={update} />,
    Options: () => <OptionsStep draft={draft} update={update} />,
    Judging: () => <JudgingFields draft={draft} update={update} errors={errors} />,
    Review: () => (judging ? <JudgingReview draft={draft} /> : <ReviewStep draft={draft} />),
  };

  return (
    <>
      <PageHeader
        title="New session"
        before={<Link to="/sessions">← All sessions</Link>}
        description="Plan one calibration session: what is scored or compared, by whom, and how it runs."
      />
      <ol className="wizard-steps" aria-label="Steps">
        {steps.map((name, i) => (
          <li
            key={name}
            aria-current={i === step ? 'step' : undefined}
            className={i === step ? 'wizard-steps__current' : i < step ? 'wizard-steps__done' : ''}
          >
            {i + 1}. {name}
          </li>
        ))}
      </ol>
      <section ref={stepRef} className="wizard" aria-labelledby="wizard-step-title">
        <h2 id="wizard-step-title">
          Step {step + 1} of {steps.length}: {steps[step]}
        </h2>
        {body[steps[step]!]()}
        {stepError && (
          <p className="notice notice--error" role="alert">
            {stepError}
          </p>
        )}
        <div className="form__actions wizard__actions">
          {step > 0 && (
            <Button
              variant="quiet"
              onClick={() => {
                setError(null);
                setStep((s) => s - 1);
              }}
            >
              ← Back
            </Button>
          )}
          {step < steps.length - 1 ? (
            <Button variant="primary" onClick={next}>
              Next: {steps[step + 1]}
            </Button>
          ) : (
            <>
              <Button variant="primary" busy={creating} onClick={() => void create(true)}>
                {judging ? 'Create and start judging' : 'Create and start scoring'}
              </Button>
              <Button variant="secondary" disabled={creating} onClick={() => void create(false)}>
                Create as draft
              </Button>
            </>
          )}
        </div>
      </section>
    </>
  );
}

function RubricStep({ draft, update }: StepProps) {
  const rubrics = useQuery('rubrics.list', {});
  const active = (rubrics.data ?? []).filter((r) => !r.archived);
  // With one rubric in the workspace there is nothing to choose.
  const onlyVersionId = active.length === 1 ? active[0]!.latestVersionId : null;
  useEffect(() => {
    if (onlyVersionId !== null && draft.rubricVersionId === '') {
      update({ rubricVersionId: onlyVersionId });
    }
  }, [onlyVersionId, draft.rubricVersionId, update]);
  // Shown chosen from the first paint, before the effect above has put it in the draft.
  const chosen = draft.rubricVersionId || onlyVersionId;
  return (
    <QueryView query={rubrics} what="rubrics">
      {(list) => (
        <fieldset className="fieldset">
          <legend>Rubric version</legend>
          <p className="muted">
            {draft.kind === 'judgement'
              ? 'Judges do not score against it: its levels name the level bands on the scale, placed by the anchors’ agreed levels. The version is frozen once the session is created.'
              : 'The version is frozen once the session is created, so every rater scores against the same words.'}
          </p>
          {list
            .filter((r) => !r.archived)
            .map((r) => (
              <RadioOption
                key={r.id}
                name="rubric"
                checked={chosen === r.latestVersionId}
                onChange={() => update({ rubricVersionId: r.latestVersionId })}
                label={
                  <>
                    {r.title} (version {r.latestVersion}){' '}
                    <span className="check__hint">
                      {r.criteriaCount} criteria, {r.levelsCount} levels
                    </span>
                  </>
                }
              />
            ))}
        </fieldset>
      )}
    </QueryView>
  );
}

function OptionsStep({ draft, update }: StepProps) {
  const setPhase = (i: number, change: Partial<ProtocolPhase>) =>
    update({ protocol: draft.protocol.map((p, j) => (j === i ? { ...p, ...change } : p)) });
  return (
    <div className="form">
      <CheckOption
        label="Blind scoring"
        hint="raters see no other score until you reveal"
        checked={draft.blind}
        onChange={(checked) => update({ blind: checked })}
      />
      <CheckOption
        label="Random sample order per rater"
        hint="so the order does not sway the scores"
        checked={draft.randomizeOrder}
        onChange={(checked) => update({ randomizeOrder: checked })}
      />
      <CheckOption
        label="Hide rater names in results"
        hint="shared screens show R1, R2, …"
        checked={draft.hideRaterNames}
        onChange={(checked) => update({ hideRaterNames: checked })}
      />
      <fieldset className="fieldset">
        <legend>Rounds</legend>
        <RadioOption
          name="rounds"
          label="1 round"
          checked={draft.rounds === 1}
          onChange={() => update({ rounds: 1 })}
        />
        <RadioOption
          name="rounds"
          label={
            <>
              2 rounds{' '}
              <span className="check__hint">
                a blind re-score after discussion shows agreement before and after
              </span>
            </>
          }
          checked={draft.rounds === 2}
          onChange={() => update({ rounds: 2 })}
        />
      </fieldset>
      <fieldset className="fieldset protocol">
        <legend>Protocol: time-boxed phases</legend>
        {draft.protocol.map((phase, i) => (
          <div key={i} className="protocol__row">
            <Field
              label={`Phase ${i + 1} name`}
              value={phase.name}
              onChange={(event) => setPhase(i, { name: event.target.value })}
            />
            <Field
              label={`Phase ${i + 1} minutes`}
              type="number"
              min={1}
              max={240}
              value={String(phase.minutes)}
              onChange={(event) => setPhase(i, { minutes: Number(event.target.value) })}
            />
            <CheckOption
              label="Per sample"
              checked={phase.perSample}
              onChange={(checked) => setPhase(i, { perSample: checked })}
            />
            <Button
              variant="quiet"
              onClick={() => update({ protocol: draft.protocol.filter((_, j) => j !== i) })}
            >
              Remove phase {i + 1}
            </Button>
          </div>
        ))}
        {draft.protocol.length < 12 && (
          <Button
            variant="quiet"
            onClick={() =>
              update({
                protocol: [...draft.protocol, { name: 'New phase', minutes: 10, perSample: false }],
              })
            }
          >
            Add a phase
          </Button>
        )}
      </fieldset>
    </div>
  );
}

function ReviewStep({ draft }: { draft: Draft }) {
  const rubrics = useQuery('rubrics.list', {});
  const people = useQuery('people.list', {});
  const rubric = rubrics.data?.find((r) => r.latestVersionId === draft.rubricVersionId);
  const names = (people.data ?? []).filter((p) => draft.raterIds.includes(p.id)).map((p) => p.name);
  const facilitator = (people.data ?? []).find((p) => p.id === draft.facilitatorId);
  return (
    <TermList
      className="facts"
      terms={[
        { term: 'Title', value: draft.title },
        { term: 'Date', value: draft.heldOn },
        { term: 'Facilitator', value: facilitator?.name ?? 'Not recorded' },
        {
          term: 'Rubric',
          value: rubric ? `${rubric.title} (version ${rubric.latestVersion})` : '—',
        },
        { term: 'Samples', value: draft.sampleIds.length },
        { term: 'Raters', value: names.join(', ') },
        {
          term: 'Options',
          value: [
            draft.blind ? 'Blind' : 'Open',
            draft.randomizeOrder ? 'random order' : 'same order',
            draft.hideRaterNames ? 'names hidden in results' : 'names shown',
            `${draft.rounds} ${draft.rounds === 1 ? 'round' : 'rounds'}`,
          ].join(' · '),
        },
        {
          term: 'Protocol',
          value:
            draft.protocol
              .map((p) => `${p.name} ${p.minutes} min${p.perSample ? ' per sample' : ''}`)
              .join(' · ') || 'none',
        },
      ]}
    />
  );
}
