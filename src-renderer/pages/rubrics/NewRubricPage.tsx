import { useReducer, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { useStatus } from '../../state/status-store.js';
import { PageHeader } from '../../ui/PageHeader.js';
import type { FormProblem } from './problems.js';
import { draftProblems, serverProblems } from './problems.js';
import { RubricEditor } from './RubricEditor.js';
import { initialRubricForm, rubricFormReducer, toRubricDraft } from './rubric-form.js';

export function NewRubricPage() {
  const [form, dispatch] = useReducer(rubricFormReducer, undefined, initialRubricForm);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const create = useMutation('rubrics.create');
  const competencies = useQuery('competencies.list', {});
  const gradeBands = useQuery('gradeBands.list', {});
  const announce = useStatus((state) => state.announce);
  const navigate = useNavigate();

  const submit = async () => {
    const draft = toRubricDraft(form);
    const found = draftProblems(draft);
    setProblems(found);
    if (found.length > 0) return;
    const version = await create.run(draft);
    if (!version) return;
    announce(`The rubric “${version.title}” was saved.`, 'success');
    void navigate(`/rubrics/${encodeURIComponent(version.id)}`);
  };

  const shown = create.error ? [...problems, ...serverProblems(create.error)] : problems;

  return (
    <>
      <PageHeader
        title="New rubric"
        before={<Link to="/rubrics">← All rubrics</Link>}
        description="Name the levels of performance, then describe what each level looks like for every criterion."
      />
      <RubricEditor
        form={form}
        dispatch={dispatch}
        problems={shown}
        competencies={competencies.data}
        gradeBands={gradeBands.data}
        pending={create.pending}
        submitLabel="Save rubric"
        pendingLabel="Saving the rubric…"
        cancelTo="/rubrics"
        onSubmit={() => void submit()}
      />
    </>
  );
}
