// Setting up a calibration session, one step at a time: details, rubric, samples, raters,
// options, then a review that creates the session (and starts scoring if asked).
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ProtocolPhase } from '../../../src-main/domain/session.js';
import type { ApiError } from '../../api/errors.js';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { KIND_WORDS } from '../../lib/words.js';
import { anchorCoverage } from '../../meeting/anchor-coverage.js';
import { Badge } from '../../ui/Badge.js';
import { Button } from '../../ui/Button.js';
import { Field } from '../../ui/Field.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';
import { DetailsStep } from './DetailsStep.js';
import type { Draft, StepProblem } from './new-session-draft.js';
import { newDraft, STEPS, stepProblem } from './new-session-draft.js';

export function NewSessionPage() {
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<Draft>(newDraft);
  const [error, setError] = useState<StepProblem | null>(null);
  const failed = (thrown: ApiError) => setError({ field: null, message: thrown.message });
  const createSession = useMutation('sessions.create', { onError: failed });
  const startScoring = useMutation('sessions.start', { onError: failed });
  const creating = createSession.pending || startScoring.pending;
  const update = useCallback(
    (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change })),
    [],
  );
  const stepRef = useRef<HTMLElement>(null);

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
    if (!problem) setStep((s) => Math.min(STEPS.length - 1, s + 1));
  };

  const create = async (startNow: boolean) => {
    setError(null);
    const session = await createSession.run({
      title: draft.title,
      heldOn: draft.heldOn,
      rubricVersionId: draft.rubricVersionId,
      sampleIds: draft.sampleIds,
      raterIds: draft.raterIds,
      facilitatorId: draft.facilitatorId,
      options: {
        blind: draft.blind,
        randomizeOrder: draft.randomizeOrder,
        hideRaterNames: draft.hideRaterNames,
        rounds: draft.rounds,
        protocol: draft.protocol,
      },
    });
    if (!session) return;
    if (startNow && !(await startScoring.run({ sessionId: session.id }))) return;
    void navigate(`/sessions/${encodeURIComponent(session.id)}`);
  };

  return (
    <>
      <PageHeader
        title="New session"
        before={<Link to="/sessions">← All sessions</Link>}
        description="Plan one calibration meeting: what is scored, by whom, and how the meeting runs."
      />
      <ol className="wizard-steps" aria-label="Steps">
        {STEPS.map((name, i) => (
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
          Step {step + 1} of {STEPS.length}: {STEPS[step]}
        </h2>
        {step === 0 && <DetailsStep draft={draft} update={update} errors={errors} />}
        {step === 1 && <RubricStep draft={draft} update={update} />}
        {step === 2 && <SamplesStep draft={draft} update={update} />}
        {step === 3 && <RatersStep draft={draft} update={update} />}
        {step === 4 && <OptionsStep draft={draft} update={update} />}
        {step === 5 && <ReviewStep draft={draft} />}
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
          {step < STEPS.length - 1 ? (
            <Button variant="primary" onClick={next}>
              Next: {STEPS[step + 1]}
            </Button>
          ) : (
            <>
              <Button variant="primary" busy={creating} onClick={() => void create(true)}>
                Create and start scoring
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

type StepProps = { draft: Draft; update: (change: Partial<Draft>) => void };

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
  return (
    <QueryView query={rubrics} what="rubrics">
      {(list) => (
        <fieldset className="fieldset">
          <legend>Rubric version</legend>
          <p className="muted">
            The version is frozen once the session is created, so every rater scores against the
            same words.
          </p>
          {list
            .filter((r) => !r.archived)
            .map((r) => (
              <label key={r.id} className="check">
                <input
                  type="radio"
                  name="rubric"
                  checked={draft.rubricVersionId === r.latestVersionId}
                  onChange={() => update({ rubricVersionId: r.latestVersionId })}
                />
                <span>
                  {r.title} (version {r.latestVersion}){' '}
                  <span className="check__hint">
                    {r.criteriaCount} criteria, {r.levelsCount} levels
                  </span>
                </span>
              </label>
            ))}
        </fieldset>
      )}
    </QueryView>
  );
}

function SamplesStep({ draft, update }: StepProps) {
  const samples = useQuery('samples.list', {});
  const anchors = useQuery('anchors.list', {});
  const rubric = useQuery('rubrics.get', { versionId: draft.rubricVersionId });
  const criterionName = useMemo(
    () => new Map((rubric.data?.criteria ?? []).map((c) => [c.key, c.name])),
    [rubric.data],
  );
  const references = anchors.data ?? [];
  const coverage = anchorCoverage(draft.sampleIds, references);
  const toggle = (id: string, on: boolean) =>
    update({
      sampleIds: on ? [...draft.sampleIds, id] : draft.sampleIds.filter((s) => s !== id),
    });
  return (
    <QueryView query={samples} what="samples">
      {(list) => (
        <>
          <div className="form__actions">
            <Button variant="quiet" onClick={() => update({ sampleIds: list.map((s) => s.id) })}>
              Select all samples
            </Button>
            <Button variant="quiet" onClick={() => update({ sampleIds: [] })}>
              Select none
            </Button>
            <span>
              <strong>{draft.sampleIds.length}</strong> of {list.length} chosen
            </span>
          </div>
          <CoverageNote coverage={coverage} />
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">Samples to score</caption>
              <thead>
                <tr>
                  <th scope="col">Include</th>
                  <th scope="col">Code</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Anchor reference levels</th>
                </tr>
              </thead>
              <tbody>
                {list.map((sample) => {
                  const refs = references.filter((r) => r.sampleId === sample.id);
                  return (
                    <tr key={sample.id}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Include ${sample.code}`}
                          checked={draft.sampleIds.includes(sample.id)}
                          onChange={(event) => toggle(sample.id, event.target.checked)}
                        />
                      </td>
                      <th scope="row" className="mono">
                        {sample.code}
                      </th>
                      <td>{KIND_WORDS[sample.kind]}</td>
                      <td>
                        {sample.isAnchor && <Badge tone="accent">Anchor</Badge>}{' '}
                        {refs
                          .map(
                            (r) =>
                              `${criterionName.get(r.criterionKey) ?? r.criterionKey} ${r.score}`,
                          )
                          .join(' · ')}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </QueryView>
  );
}

function CoverageNote({ coverage }: { coverage: ReturnType<typeof anchorCoverage> }): ReactNode {
  if (coverage.anchorCount === 0) {
    return (
      <p className="muted">
        No anchor chosen. Anchors (samples with agreed reference scores) let you check scoring
        against a known answer.
      </p>
    );
  }
  return (
    <>
      <p>
        The chosen anchors cover levels <strong>{coverage.levelsCovered.join(', ')}</strong>.
      </p>
      {coverage.clustered && (
        <p className="notice notice--warning" role="alert">
          All chosen anchors sit on level {coverage.clusterLevel}. Add an anchor from another level,
          so the meeting shows whether raters tell the levels apart.
        </p>
      )}
    </>
  );
}

function RatersStep({ draft, update }: StepProps) {
  const people = useQuery('people.list', {});
  const create = useMutation('people.create');
  const [name, setName] = useState('');
  const raters = (people.data ?? []).filter((p) => !p.archived && p.roles.includes('rater'));
  const toggle = (id: string, on: boolean) =>
    update({ raterIds: on ? [...draft.raterIds, id] : draft.raterIds.filter((r) => r !== id) });
  const add = async () => {
    if (name.trim() === '') return;
    const person = await create.run({ name, roles: ['rater'] });
    if (person) {
      update({ raterIds: [...draft.raterIds, person.id] });
      setName('');
    }
  };
  return (
    <QueryView query={people} what="people">
      {() => (
        <>
          <fieldset className="fieldset">
            <legend>Raters ({draft.raterIds.length} chosen)</legend>
            {raters.map((p) => (
              <label key={p.id} className="check">
                <input
                  type="checkbox"
                  checked={draft.raterIds.includes(p.id)}
                  onChange={(event) => toggle(p.id, event.target.checked)}
                />
                <span>{p.name}</span>
              </label>
            ))}
          </fieldset>
          <form
            className="form inline-add"
            onSubmit={(event) => {
              event.preventDefault();
              void add();
            }}
          >
            <Field
              label="New rater’s name"
              hint="Someone not on the people list yet; they are added as a rater."
              value={name}
              onChange={(event) => setName(event.target.value)}
              error={create.error?.message}
            />
            <div className="form__actions">
              <Button type="submit" busy={create.pending} disabled={name.trim() === ''}>
                Add a rater
              </Button>
            </div>
          </form>
        </>
      )}
    </QueryView>
  );
}

function OptionsStep({ draft, update }: StepProps) {
  const setPhase = (i: number, change: Partial<ProtocolPhase>) =>
    update({ protocol: draft.protocol.map((p, j) => (j === i ? { ...p, ...change } : p)) });
  return (
    <div className="form">
      <label className="check">
        <input
          type="checkbox"
          checked={draft.blind}
          onChange={(event) => update({ blind: event.target.checked })}
        />
        <span>
          Blind scoring{' '}
          <span className="check__hint">raters see no other score until you reveal</span>
        </span>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.randomizeOrder}
          onChange={(event) => update({ randomizeOrder: event.target.checked })}
        />
        <span>
          Random sample order per rater{' '}
          <span className="check__hint">so the order does not sway the scores</span>
        </span>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.hideRaterNames}
          onChange={(event) => update({ hideRaterNames: event.target.checked })}
        />
        <span>
          Hide rater names in results{' '}
          <span className="check__hint">shared screens show R1, R2, …</span>
        </span>
      </label>
      <fieldset className="fieldset">
        <legend>Rounds</legend>
        <label className="check">
          <input
            type="radio"
            name="rounds"
            checked={draft.rounds === 1}
            onChange={() => update({ rounds: 1 })}
          />
          <span>1 round</span>
        </label>
        <label className="check">
          <input
            type="radio"
            name="rounds"
            checked={draft.rounds === 2}
            onChange={() => update({ rounds: 2 })}
          />
          <span>
            2 rounds{' '}
            <span className="check__hint">
              a blind re-score after discussion shows agreement before and after
            </span>
          </span>
        </label>
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
            <label className="check">
              <input
                type="checkbox"
                checked={phase.perSample}
                onChange={(event) => setPhase(i, { perSample: event.target.checked })}
              />
              <span>Per sample</span>
            </label>
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
    <dl className="facts">
      <div>
        <dt>Title</dt>
        <dd>{draft.title}</dd>
      </div>
      <div>
        <dt>Date</dt>
        <dd>{draft.heldOn}</dd>
      </div>
      <div>
        <dt>Facilitator</dt>
        <dd>{facilitator?.name ?? 'Not recorded'}</dd>
      </div>
      <div>
        <dt>Rubric</dt>
        <dd>{rubric ? `${rubric.title} (version ${rubric.latestVersion})` : '—'}</dd>
      </div>
      <div>
        <dt>Samples</dt>
        <dd>{draft.sampleIds.length}</dd>
      </div>
      <div>
        <dt>Raters</dt>
        <dd>{names.join(', ')}</dd>
      </div>
      <div>
        <dt>Options</dt>
        <dd>
          {draft.blind ? 'Blind' : 'Open'} · {draft.randomizeOrder ? 'random order' : 'same order'}{' '}
          · {draft.hideRaterNames ? 'names hidden in results' : 'names shown'} · {draft.rounds}{' '}
          {draft.rounds === 1 ? 'round' : 'rounds'}
        </dd>
      </div>
      <div>
        <dt>Protocol</dt>
        <dd>
          {draft.protocol
            .map((p) => `${p.name} ${p.minutes} min${p.perSample ? ' per sample' : ''}`)
            .join(' · ') || 'none'}
        </dd>
      </div>
    </dl>
  );
}
