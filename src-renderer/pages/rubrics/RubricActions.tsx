// What can be done with one rubric version: edit, copy, export, archive, see its history.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { RubricVersion } from '../../../src-main/domain/rubric.js';
import { useMutation } from '../../api/use-mutation.js';
import { useStatus } from '../../state/status-store.js';
import { Button } from '../../ui/Button.js';
import { ButtonLink } from '../../ui/ButtonLink.js';
import { Field } from '../../ui/Field.js';
import { downloadText, RUBRIC_MEDIA_TYPES } from './download.js';

const EXPORTS = [
  { format: 'csv', label: 'Download CSV', hint: 'for a spreadsheet' },
  { format: 'json', label: 'Download JSON', hint: 'Concord’s own format' },
  { format: 'case', label: 'Download CASE', hint: '1EdTech CASE CFRubric' },
] as const;

export function RubricActions({
  version,
  archived,
}: {
  version: RubricVersion;
  archived: boolean;
}) {
  const announce = useStatus((state) => state.announce);
  const navigate = useNavigate();
  const archive = useMutation('rubrics.archive', {
    onSuccess: (summary) =>
      announce(
        summary.archived
          ? `“${summary.title}” was archived: it is kept, but no longer offered for new sessions.`
          : `“${summary.title}” is back in the list of rubrics.`,
        'success',
      ),
    onError: (error) => announce(error.message, 'error'),
  });
  const duplicate = useMutation('rubrics.duplicate');
  const exportFile = useMutation('rubrics.export', {
    onSuccess: (file, { format }) => {
      downloadText(file.fileName, file.text, RUBRIC_MEDIA_TYPES[format]);
      announce(`Downloaded ${file.fileName}.`, 'success');
    },
    onError: (error) => announce(`The rubric could not be exported: ${error.message}`, 'error'),
  });
  const exporting = exportFile.pending ? exportFile.input?.format : undefined;
  const [copying, setCopying] = useState(false);
  const [copyTitle, setCopyTitle] = useState(`${version.title} (copy)`);

  const copy = async () => {
    const created = await duplicate.run({ versionId: version.id, title: copyTitle.trim() });
    if (!created) return;
    announce(`Copied as “${created.title}”.`, 'success');
    setCopying(false);
    void navigate(`/rubrics/${encodeURIComponent(created.id)}`);
  };

  return (
    <div className="rubric-actions">
      <div className="rubric-actions__row">
        <ButtonLink to={`/rubrics/${encodeURIComponent(version.id)}/edit`} variant="primary">
          Edit rubric
        </ButtonLink>
        <ButtonLink to={`/rubrics/history/${encodeURIComponent(version.rubricId)}`}>
          History
        </ButtonLink>
        <Button aria-expanded={copying} onClick={() => setCopying(!copying)}>
          Duplicate
        </Button>
        <Button
          busy={archive.pending}
          onClick={() => void archive.run({ rubricId: version.rubricId, archived: !archived })}
        >
          {archived ? 'Unarchive' : 'Archive'}
        </Button>
      </div>
      {copying && (
        <form
          className="rubric-actions__copy"
          onSubmit={(event) => {
            event.preventDefault();
            void copy();
          }}
        >
          <Field
            label="Title of the copy"
            value={copyTitle}
            maxLength={200}
            autoComplete="off"
            error={duplicate.error?.message}
            onChange={(event) => setCopyTitle(event.target.value)}
          />
          <Button type="submit" variant="primary" busy={duplicate.pending}>
            Make the copy
          </Button>
        </form>
      )}
      <div className="rubric-actions__row" role="group" aria-label="Export">
        <span className="rubric-actions__label">Export:</span>
        {EXPORTS.map((item) => (
          <Button
            key={item.format}
            variant="quiet"
            title={item.hint}
            busy={exporting === item.format}
            onClick={() => void exportFile.run({ versionId: version.id, format: item.format })}
          >
            {item.label}
          </Button>
        ))}
      </div>
    </div>
  );
}
