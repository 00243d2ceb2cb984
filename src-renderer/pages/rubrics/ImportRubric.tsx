// Import a rubric file (CSV, Concord JSON, CASE JSON). A refused file shows the server's message,
// which names the line or field; nothing of it is kept.
import type { ChangeEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '../../api/use-mutation.js';
import { useStatus } from '../../state/status-store.js';

export function ImportRubric() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const importRubric = useMutation('rubrics.import');
  const announce = useStatus((state) => state.announce);
  const navigate = useNavigate();
  const [fileName, setFileName] = useState<string | null>(null);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setFileName(file.name);
    const text = await file.text();
    const result = await importRubric.run({ fileName: file.name, text });
    if (!result) return;
    const created = [
      ...result.createdCompetencies.map((name) => `competency “${name}”`),
      ...result.createdGradeBands.map((name) => `grade band “${name}”`),
    ];
    announce(
      `Imported “${result.version.title}” from ${file.name}${
        created.length > 0 ? `; also created ${created.join(', ')}` : ''
      }.`,
      'success',
    );
    void navigate(`/rubrics/${encodeURIComponent(result.version.id)}`);
  };

  return (
    <div className="import-rubric">
      <label htmlFor={id} className="button button--secondary import-rubric__button">
        {importRubric.pending ? 'Importing…' : 'Import rubric file'}
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        className="visually-hidden"
        accept=".csv,.tsv,.txt,.json,text/csv,application/json"
        aria-describedby={`${id}-hint`}
        onChange={(event) => void pick(event)}
      />
      <p id={`${id}-hint`} className="field__hint">
        CSV (one row per criterion, one column per level), a Canvas rubric CSV, Concord JSON, or
        1EdTech CASE JSON.
      </p>
      {importRubric.error && (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">
            {fileName ? `${fileName} was not imported` : 'The file was not imported'}
          </p>
          <p>{importRubric.error.message}</p>
        </div>
      )}
    </div>
  );
}
