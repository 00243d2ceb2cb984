import type { Dispatch } from 'react';
import type { Competency } from '../../../src-main/domain/competency.js';
import { Button } from '../../ui/Button.js';
import { CriterionEditor } from './CriterionEditor.js';
import type { RubricForm, RubricFormAction } from './rubric-form.js';

export function CriteriaEditor({
  form,
  competencies,
  dispatch,
  errorFor,
}: {
  form: RubricForm;
  competencies?: Competency[];
  dispatch: Dispatch<RubricFormAction>;
  errorFor: (field: string) => string | null;
}) {
  return (
    <fieldset className="fieldset">
      <legend>Criteria</legend>
      <p className="field__hint">
        Each criterion is one row of the rubric: what is looked at, and what each level looks like.
      </p>
      {form.criteria.map((criterion, i) => (
        <CriterionEditor
          key={criterion.uid}
          index={i}
          count={form.criteria.length}
          criterion={criterion}
          levels={form.levels}
          firstValue={form.firstValue ?? 1}
          competencies={competencies}
          canRemove={form.criteria.length > 1}
          dispatch={dispatch}
          errorFor={errorFor}
        />
      ))}
      <Button onClick={() => dispatch({ type: 'addCriterion' })}>Add criterion</Button>
    </fieldset>
  );
}
