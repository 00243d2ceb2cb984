import type { FormEvent } from 'react';
import { useReducer, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '../../api/use-mutation.js';
import { useStatus } from '../../state/status-store.js';
import { Button } from '../../ui/Button.js';
import { Field } from '../../ui/Field.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { CriteriaEditor } from './CriteriaEditor.js';
import { LevelsEditor } from './LevelsEditor.js';
import { ProblemList } from './ProblemList.js';
import type { FormProblem } from './problems.js';
import { draftProblems, serverProblems } from './problems.js';
import { initialRubricForm, rubricFormReducer, toRubricDraft } from './rubric-form.js';

export function NewRubricPage() {
  const [form, dispatch] = useReducer(rubricFormReducer, undefined, initialRubricForm);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const create = useMutation('rubrics.create');
  const announce = useStatus((state) => state.announce);
  const navigate = useNavigate();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = toRubricDraft(form);
    const found = draftProblems(draft);
    setProblems(found);
    if (found.length > 0) return;
    const version = await create.run(draft);
    if (!version) return;
    announce(`The rubric “${version.title}” was saved.`, 'success');
    void navigate(`/rubrics/${encodeURIComponent(version.id)}`);
  };

  const shown = create.error ? [...problems, ...serverProblems(create.error.message)] : problems;
  const errorFor = (field: string) => shown.find((p) => p.fields.includes(field))?.text ?? null;

  return (
    <>
      <PageHeader
        title="New rubric"
        before={<Link to="/rubrics">← All rubrics</Link>}
        description="Name the levels of performance, then describe what each level looks like for every criterion."
      />
      <form className="form rubric-form" onSubmit={(event) => void submit(event)} noValidate>
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
        <LevelsEditor levels={form.levels} dispatch={dispatch} errorFor={errorFor} />
        <CriteriaEditor form={form} dispatch={dispatch} errorFor={errorFor} />
        <ProblemList problems={shown} />
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={create.pending}>
            {create.pending ? 'Saving the rubric…' : 'Save rubric'}
          </Button>
          <Link to="/rubrics" className="button button--quiet">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
