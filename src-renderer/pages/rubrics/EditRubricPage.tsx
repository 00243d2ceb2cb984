// Editing a stored version. A version no session uses is changed in place; a frozen one stays as
// it is and the edit is saved as the next version, which the page says before anything is typed.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { RubricVersion } from '../../../src-main/domain/rubric.js';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { useStatus } from '../../state/status-store.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';
import { TextAreaField } from '../../ui/TextAreaField.js';
import { RubricEditor } from './RubricEditor.js';
import { formFromVersion, toRubricEditDraft } from './rubric-form.js';

export function EditRubricPage() {
  const { versionId = '' } = useParams();
  const rubric = useQuery('rubrics.get', { versionId });
  return (
    <>
      <PageHeader
        title={rubric.data ? `Edit “${rubric.data.title}”` : 'Edit rubric'}
        before={<Link to={`/rubrics/${encodeURIComponent(versionId)}`}>← Back to the rubric</Link>}
      />
      <QueryView query={rubric} what="the rubric">
        {(version) => <EditForm key={version.id} version={version} />}
      </QueryView>
    </>
  );
}

function EditForm({ version }: { version: RubricVersion }) {
  const [changeNote, setChangeNote] = useState('');
  const history = useQuery('rubrics.history', { rubricId: version.rubricId });
  const announce = useStatus((state) => state.announce);
  const navigate = useNavigate();
  const update = useMutation('rubrics.update', {
    onSuccess: (saved) => {
      announce(
        saved.id === version.id
          ? `The rubric “${saved.title}” was saved.`
          : `Saved as version ${saved.version} of “${saved.title}”; version ${version.version} is unchanged.`,
        'success',
      );
      void navigate(`/rubrics/${encodeURIComponent(saved.id)}`);
    },
  });
  const frozen = version.frozenAt !== null;
  const latest = history.data
    ? Math.max(...history.data.versions.map((v) => v.version))
    : version.version;
  const next = latest + 1;

  return (
    <>
      {frozen ? (
        <div className="notice notice--info" role="note">
          <p className="notice__title">
            This version is used by a session, so your edits will be saved as version {next}.
          </p>
          <p>Version {version.version} stays exactly as it is, with the scores given on it.</p>
        </div>
      ) : (
        <p className="muted">
          No session uses version {version.version} yet, so your edits change it in place.
        </p>
      )}
      <RubricEditor
        start={() => formFromVersion(version)}
        toDraft={toRubricEditDraft}
        save={(draft) =>
          void update.run({ versionId: version.id, draft, changeNote: changeNote.trim() })
        }
        saving={update}
        submitLabel={frozen ? `Save as version ${next}` : 'Save changes'}
        pendingLabel="Saving…"
        cancelTo={`/rubrics/${encodeURIComponent(version.id)}`}
      >
        <TextAreaField
          label="What changed and why (optional)"
          hint="Shown in the rubric’s history, e.g. “Level 3 of Evidence made clearer after October”."
          rows={2}
          maxLength={1000}
          value={changeNote}
          onChange={(event) => setChangeNote(event.target.value)}
        />
      </RubricEditor>
    </>
  );
}
