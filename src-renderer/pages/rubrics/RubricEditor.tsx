// The rubric editor, shared by "New rubric" and editing a version: title, levels, criteria. It
// checks the draft by the main side's rules before sending it, and shows what the server refused.
import type { FormEvent, ReactNode } from 'react';
import { useReducer, useState } from 'react';
import { Link } from 'react-router';
import type { MethodInput } from '../../../src-main/api/contract.js';
import type { ApiError } from '../../api/errors.js';
import { useQuery } from '../../api/use-query.js';
import { Button } from '../../ui/Button.js';
import { Field } from '../../ui/Field.js';
import { SelectField } from '../../ui/SelectField.js';
import { TextAreaField } from '../../ui/TextAreaField.js';
import { CriteriaEditor } from './CriteriaEditor.js';
import { LevelsEditor } from './LevelsEditor.js';
import { ProblemList } from './ProblemList.js';
import type { FormProblem } from './problems.js';
import { draftProblems, serverProblems } from './problems.js';
import type { RubricForm } from './rubric-form.js';
import { rubricFormReducer } from './rubric-form.js';

export function RubricEditor<D extends MethodInput<'rubrics.create'>>({
  start,
  toDraft,
  save,
  saving,
  submitLabel,
  pendingLabel,
  cancelTo,
  children,
}: {
  /** The form as it opens: a new rubric's defaults, or the version being edited. */
  start: () => RubricForm;
  toDraft: (form: RubricForm) => D;
  /** Sends a draft that passed the checks. */
  save: (draft: D) => void;
  /** The save under way, and what the server refused of the last one. */
  saving: { pending: boolean; error: ApiError | null };
  submitLabel: string;
  pendingLabel: string;
  cancelTo: string;
  /** Extra fields before the actions, e.g. the change note. */
  children?: ReactNode;
}) {
  const [form, dispatch] = useReducer(rubricFormReducer, undefined, start);
  const [found, setFound] = useState<FormProblem[]>([]);
  const competencies = useQuery('competencies.list', {}).data ?? [];
  const gradeBands = useQuery('gradeBands.list', {}).data ?? [];
  const { pending, error } = saving;
  const problems = error ? [...found, ...serverProblems(error)] : found;
  const errorFor = (field: string) => problems.find((p) => p.fields.includes(field))?.text ?? null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const draft = toDraft(form);
    const checked = draftProblems(draft);
    setFound(checked);
    if (checked.length === 0) save(draft);
  };
  return (
    <form className="form rubric-form" onSubmit={submit} noValidate>
      <Field
        label="Title"
        hint="What the rubric assesses, e.g. “Argument writing, grades 6–8”."
        value={form.title}
        onChange={(event) => dispatch({ type: 'title', value: event.target.value })}
        error={errorFor('title')}
        maxLength={200}
        autoComplete="off"
      />
      <TextAreaField
        // library.css lets the description grow with its text.
        id="rubric-description"
        label="Description (optional)"
        rows={2}
        value={form.description}
        onChange={(event) => dispatch({ type: 'description', value: event.target.value })}
      />
      {gradeBands.length > 0 && (
        <SelectField
          label="Grade band"
          inputClassName="field__input--short"
          value={form.gradeBandId ?? ''}
          onChange={(event) =>
            dispatch({
              type: 'gradeBand',
              value: event.target.value === '' ? null : event.target.value,
            })
          }
          options={[
            { value: '', label: 'Any grade band' },
            ...gradeBands.map((band) => ({ value: band.id, label: band.name })),
          ]}
        />
      )}
      <LevelsEditor
        levels={form.levels}
        firstValue={form.firstValue ?? 1}
        dispatch={dispatch}
        errorFor={errorFor}
      />
      <CriteriaEditor
        form={form}
        competencies={competencies.length > 0 ? competencies : undefined}
        dispatch={dispatch}
        errorFor={errorFor}
      />
      {children}
      <ProblemList problems={problems} />
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        <Link to={cancelTo} className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}
