// Making or editing a qualification set: a title, the rubric, the anchors in the order a rater
// sees them, and the rule to pass. The api checks everything again and names what is wrong.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { ruleWords } from '../../qualification/words.js';
import type { RuleInput } from './rule-input.js';
import { toRule, typed } from './rule-input.js';
import { Button } from '../../ui/Button.js';
import { Field } from '../../ui/Field.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';
import { RadioOption } from '../../ui/RadioOption.js';

interface Draft extends RuleInput {
  title: string;
  rubricVersionId: string;
  sampleIds: string[];
}

const EMPTY: Draft = {
  title: '',
  rubricVersionId: '',
  sampleIds: [],
  minExact: '80',
  minWithinOne: '',
  maxNonAdjacent: '',
};

const PRESETS: {
  label: string;
  rule: Pick<Draft, 'minExact' | 'minWithinOne' | 'maxNonAdjacent'>;
}[] = [
  { label: '80% exact', rule: { minExact: '80', minWithinOne: '', maxNonAdjacent: '' } },
  {
    label: 'All within one level, at most 1 two or more away',
    rule: { minExact: '', minWithinOne: '100', maxNonAdjacent: '1' },
  },
];

const RULE_FIELDS: readonly {
  key: keyof RuleInput;
  label: string;
  inputMode: 'decimal' | 'numeric';
}[] = [
  { key: 'minExact', label: 'Exact matches, at least (%)', inputMode: 'decimal' },
  { key: 'minWithinOne', label: 'Within one level, at least (%)', inputMode: 'decimal' },
  {
    key: 'maxNonAdjacent',
    label: 'Two or more levels away, at most (scores)',
    inputMode: 'numeric',
  },
];

export function NewSetPage() {
  return <SetEditor initial={EMPTY} />;
}

export function EditSetPage() {
  const { setId = '' } = useParams();
  const existing = useQuery('qualification.set', { setId });
  return (
    <QueryView query={existing} what="the qualification set">
      {(set) => (
        <SetEditor
          setId={set.id}
          initial={{
            title: set.title,
            rubricVersionId: set.rubricVersionId,
            sampleIds: set.sampleIds,
            minExact: typed(set.rule.minExact, 100),
            minWithinOne: typed(set.rule.minWithinOne, 100),
            maxNonAdjacent: typed(set.rule.maxNonAdjacent),
          }}
        />
      )}
    </QueryView>
  );
}

function SetEditor({ setId, initial }: { setId?: string; initial: Draft }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation('qualification.createSet');
  const update = useMutation('qualification.updateSet');
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const rule = toRule(draft);

  const save = async () => {
    setProblem(null);
    if (draft.title.trim() === '') return setProblem('Give the set a title.');
    if (draft.rubricVersionId === '') return setProblem('Choose the rubric.');
    if (draft.sampleIds.length === 0) return setProblem('Choose at least one anchor.');
    if (typeof rule === 'string') return setProblem(rule);
    const fields = {
      title: draft.title,
      rubricVersionId: draft.rubricVersionId,
      sampleIds: draft.sampleIds,
      rule,
    };
    const saved = setId ? await update.run({ setId, ...fields }) : await create.run(fields);
    if (saved) void navigate('/qualification');
  };
  const error = problem ?? create.error?.message ?? update.error?.message ?? null;

  return (
    <>
      <PageHeader
        title={setId ? 'Edit qualification set' : 'New qualification set'}
        before={<Link to="/qualification">← Qualification checks</Link>}
        description="Choose anchors with a reference level for every criterion, and what a rater needs to pass. Attempts already made keep the result they got."
      />
      <div className="form">
        <Field
          label="Title"
          hint="What raters and coaches will recognise, e.g. “Argument writing, autumn check”."
          value={draft.title}
          onChange={(event) => change({ title: event.target.value })}
        />
        <RubricChoice
          value={draft.rubricVersionId}
          onChange={(rubricVersionId) => change({ rubricVersionId, sampleIds: [] })}
        />
        {draft.rubricVersionId !== '' && (
          <AnchorChoice
            rubricVersionId={draft.rubricVersionId}
            sampleIds={draft.sampleIds}
            onChange={(sampleIds) => change({ sampleIds })}
          />
        )}
        <fieldset className="fieldset">
          <legend>What a rater needs to pass</legend>
          <p className="muted">
            Leave a box empty to drop that condition. “Within one level” counts the same level or
            one level either side; “two or more levels away” counts the scores that are far off.
          </p>
          <div className="form__actions">
            {PRESETS.map((p) => (
              <Button key={p.label} variant="quiet" onClick={() => change(p.rule)}>
                Use: {p.label}
              </Button>
            ))}
          </div>
          {RULE_FIELDS.map(({ key, label, inputMode }) => (
            <Field
              key={key}
              label={label}
              inputMode={inputMode}
              value={draft[key]}
              onChange={(event) => change({ [key]: event.target.value })}
            />
          ))}
          {typeof rule !== 'string' && (
            <p aria-live="polite">
              To pass: <strong>{ruleWords(rule).join('; ')}</strong>.
            </p>
          )}
        </fieldset>
        {error && (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        )}
        <div className="form__actions">
          <Button
            variant="primary"
            busy={create.pending || update.pending}
            onClick={() => void save()}
          >
            Save set
          </Button>
          <Link to="/qualification">Cancel</Link>
        </div>
      </div>
    </>
  );
}

function RubricChoice({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const rubrics = useQuery('rubrics.list', {});
  return (
    <QueryView query={rubrics} what="rubrics">
      {(list) => {
        const live = list.filter((r) => !r.archived);
        const kept = value !== '' && !live.some((r) => r.latestVersionId === value);
        return (
          <fieldset className="fieldset">
            <legend>Rubric</legend>
            {kept && (
              <RadioOption name="rubric" label="The rubric version this set uses now" checked />
            )}
            {live.map((r) => (
              <RadioOption
                key={r.id}
                name="rubric"
                label={`${r.title} (version ${r.latestVersion})`}
                checked={value === r.latestVersionId}
                onChange={() => onChange(r.latestVersionId)}
              />
            ))}
          </fieldset>
        );
      }}
    </QueryView>
  );
}

function AnchorChoice({
  rubricVersionId,
  sampleIds,
  onChange,
}: {
  rubricVersionId: string;
  sampleIds: string[];
  onChange: (ids: string[]) => void;
}) {
  const anchors = useQuery('qualification.anchors', { rubricVersionId });
  return (
    <QueryView query={anchors} what="anchors">
      {(list) => (
        <fieldset className="fieldset">
          <legend>Anchors, in the order a rater sees them</legend>
          {list.length === 0 && (
            <p className="muted">
              This rubric has no anchors yet. Give samples reference levels and reasons in the{' '}
              <Link to="/samples/anchors">anchor library</Link>.
            </p>
          )}
          {list.map((a) => {
            const usable = a.missingCriteria.length === 0;
            const position = sampleIds.indexOf(a.sampleId);
            return (
              <label key={a.sampleId} className="check">
                <input
                  type="checkbox"
                  disabled={!usable}
                  checked={position >= 0}
                  aria-label={`Use anchor ${a.code}`}
                  onChange={(event) =>
                    onChange(
                      event.target.checked
                        ? [...sampleIds, a.sampleId]
                        : sampleIds.filter((id) => id !== a.sampleId),
                    )
                  }
                />
                <span>
                  <span className="mono">{a.code}</span>
                  {position >= 0 && <span className="check__hint"> shown {position + 1}.</span>}
                  {!usable && (
                    <span className="check__hint">
                      {' '}
                      Cannot be used: no reference level for {a.missingCriteria.join(', ')}.
                    </span>
                  )}
                </span>
              </label>
            );
          })}
        </fieldset>
      )}
    </QueryView>
  );
}
