import { Link, useNavigate } from 'react-router';
import { useMutation } from '../../api/use-mutation.js';
import { useStatus } from '../../state/status-store.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { RubricEditor } from './RubricEditor.js';
import { initialRubricForm, toRubricDraft } from './rubric-form.js';

export function NewRubricPage() {
  const announce = useStatus((state) => state.announce);
  const navigate = useNavigate();
  const create = useMutation('rubrics.create', {
    onSuccess: (version) => {
      announce(`The rubric “${version.title}” was saved.`, 'success');
      void navigate(`/rubrics/${encodeURIComponent(version.id)}`);
    },
  });

  return (
    <>
      <PageHeader
        title="New rubric"
        before={<Link to="/rubrics">← All rubrics</Link>}
        description="Name the levels of performance, then describe what each level looks like for every criterion."
      />
      <RubricEditor
        start={initialRubricForm}
        toDraft={toRubricDraft}
        save={(draft) => void create.run(draft)}
        saving={create}
        submitLabel="Save rubric"
        pendingLabel="Saving the rubric…"
        cancelTo="/rubrics"
      />
    </>
  );
}
