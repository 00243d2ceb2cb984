// Editing a stored version. A version no session uses is changed in place; a frozen one stays as
// it is and the edit is saved as the next version, which the page says before anything is typed.
import { useReducer, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { RubricVersion } from '../../../src-main/domain/rubric.js';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { useStatus } from '../../state/status-store.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';
import type { FormProblem } from './problems.js';
import { draftProblems, serverProblems } from './problems.js';
import { RubricEditor } from './RubricEditor.js';
import { formFromVersion, rubricFormReducer, toRubricEditDraft } from './rubric-form.js';

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
  const [form, dispatch] = useReducer(rubricFormReducer, version, formFromVersion);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [changeNote, setChangeNote] = useState('');
  const update = useMutation('rubrics.update');
  const history = useQuery('rubrics.history', { rubricId: version.rubricId });
  const competencies = useQuery('competencies.list', {});
  const gradeBands = useQuery('gradeBands.list', {});
  const announce = useStatus((state) => state.announce);
  const navigate = useNavigate();
  const frozen = version.frozenAt !== null;
  const latest = history.data
    ? Math.max(...history.data.versions.map((v) => v.version))
    : version.version;
  const next = latest + 1;

  const submit = async () => {
    const draft = toRubricEditDraft(form);
    const found = draftProblems(draft);
    setProblems(found);
    if (found.length > 0) return;
    const saved = await update.run({ versionId: version.id, draft, changeNote: changeNote.trim() });
    if (!saved) return;
    announce(
      saved.id === version.id
        ? `The rubric “${saved.title}” was saved.`
        : `Saved as version ${saved.version} of “${saved.title}”; version ${version.version} is unchanged.`,
      'success',
    );
    void navigate(`/rubrics/${encodeURIComponent(saved.id)}`);
  };

  const shown = update.error ? [...problems, ...serverProblems(update.error)] : problems;

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
        form={form}
        dispatch={dispatch}
        problems={shown}
        competencies={competencies.data}
        gradeBands={gradeBands.data}
        pending={update.pending}
        submitLabel={frozen ? `Save as version ${next}` : 'Save changes'}
        pendingLabel="Saving…"
        cancelTo={`/rubrics/${encodeURIComponent(version.id)}`}
        onSubmit={() => void submit()}
      >
        <div className="field">
          <label htmlFor="change-note" className="field__label">
            What changed and why (optional)
          </label>
          <p className="field__hint" id="change-note-hint">
            Shown in the rubric’s history, e.g. “Level 3 of Evidence made clearer after October”.
          </p>
          <textarea
            id="change-note"
            className="field__input"
            rows={2}
            maxLength={1000}
            aria-describedby="change-note-hint"
            value={changeNote}
            onChange={(event) => setChangeNote(event.target.value)}
          />
        </div>
      </RubricEditor>
    </>
  );
}
