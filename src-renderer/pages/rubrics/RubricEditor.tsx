// The rubric editor, shared by "New rubric" and editing a version: title, levels, criteria.
import type { Dispatch, FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import type { Competency, GradeBand } from '../../../src-main/domain/competency.js';
import { Button } from '../../ui/Button.js';
import { Field } from '../../ui/Field.js';
import { CriteriaEditor } from './CriteriaEditor.js';
import { LevelsEditor } from './LevelsEditor.js';
import { ProblemList } from './ProblemList.js';
import type { FormProblem } from './problems.js';
import type { RubricForm, RubricFormAction } from './rubric-form.js';

export function RubricEditor({
  form,
  dispatch,
  problems,
  competencies,
  gradeBands,
  pending,
  submitLabel,
  pendingLabel,
  cancelTo,
  onSubmit,
  children,
}: {
  form: RubricForm;
  dispatch: Dispatch<RubricFormAction>;
  problems: FormProblem[];
  competencies?: Competency[];
  gradeBands?: GradeBand[];
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  cancelTo: string;
  onSubmit: () => void;
  /** Extra fields before the actions, e.g. the change note. */
  children?: ReactNode;
}) {
  const errorFor = (field: string) => problems.find((p) => p.fields.includes(field))?.text ?? null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
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
      <div className="field">
        <label htmlFor="rubric-description" className="field__label">
          Description (optional)
        </label>
        <textarea
          id="rubric-description"
          className="field__input"
          rows={2}
          value={form.description}
          onChange={(event) => dispatch({ type: 'description', value: event.target.value })}
        />
      </div>
      {gradeBands && gradeBands.length > 0 && (
        <div className="field">
          <label htmlFor="rubric-grade-band" className="field__label">
            Grade band
          </label>
          <select
            id="rubric-grade-band"
            className="field__input field__input--short"
            value={form.gradeBandId ?? ''}
            onChange={(event) =>
              dispatch({
                type: 'gradeBand',
                value: event.target.value === '' ? null : event.target.value,
              })
            }
          >
            <option value="">Any grade band</option>
            {gradeBands.map((band) => (
              <option key={band.id} value={band.id}>
                {band.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <LevelsEditor
        levels={form.levels}
        firstValue={form.firstValue ?? 1}
        dispatch={dispatch}
        errorFor={errorFor}
      />
      <CriteriaEditor
        form={form}
        competencies={competencies && competencies.length > 0 ? competencies : undefined}
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
