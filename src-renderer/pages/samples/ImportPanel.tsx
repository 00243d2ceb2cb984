// "Import samples": a drop zone with a file button, an optional class roster, a progress bar and
// one result line per file. Files are sent one at a time so the bar moves and a large batch never
// makes one huge request; a file that fails is reported and the rest carry on.
import type { DragEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ImportResult } from '../../../src-main/domain/sample.js';
import { useMutation } from '../../api/use-mutation.js';
import { KIND_WORDS, plural } from '../../lib/words.js';
import { WorkUnderWay } from '../../ui/WorkUnderWay.js';
import { Button } from '../../ui/Button.js';
import { TextAreaField } from '../../ui/TextAreaField.js';
import { fileToBase64, MAX_FILE_BYTES } from './files.js';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.heic,.txt,.md,.markdown,.docx';

interface Progress {
  done: number;
  total: number;
  results: ImportResult[];
}

export function ImportPanel() {
  const importFiles = useMutation('samples.import');
  const parseRoster = useMutation('samples.parseRoster');
  const [rosterText, setRosterText] = useState('');
  const [rosterNote, setRosterNote] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [running, setRunning] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const hintId = useId();

  const rosterNames = (): string[] =>
    rosterText
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');

  async function chooseRoster(file: File) {
    const result = await parseRoster.run({ text: await file.text(), fileName: file.name });
    if (result) {
      setRosterText(result.names.join('\n'));
      setRosterNote(`${plural(result.names.length, 'name')} read from ${file.name}.`);
    }
  }

  async function run(files: File[]) {
    if (files.length === 0 || running) return;
    setRunning(true);
    const roster = rosterNames();
    const results: ImportResult[] = [];
    setProgress({ done: 0, total: files.length, results });
    for (const file of files) {
      let result: ImportResult;
      if (file.size > MAX_FILE_BYTES) {
        result = { name: file.name, status: 'skipped', reason: 'larger than 40 MB' };
      } else {
        const output = await importFiles.run({
          files: [{ name: file.name, base64: await fileToBase64(file) }],
          roster: roster.length > 0 ? roster : undefined,
        });
        result = output?.results[0] ?? {
          name: file.name,
          status: 'skipped',
          reason: 'the app could not take this file',
        };
      }
      results.push(result);
      setProgress({ done: results.length, total: files.length, results: [...results] });
    }
    setRunning(false);
    if (fileInput.current) fileInput.current.value = '';
  }

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    void run([...event.dataTransfer.files]);
  };

  const counts = progress
    ? (['imported', 'duplicate', 'skipped'] as const).map(
        (s) => progress.results.filter((r) => r.status === s).length,
      )
    : [0, 0, 0];

  return (
    <section className="card section" aria-labelledby="import-heading">
      <h2 id="import-heading">Import samples</h2>
      <div className="import-grid">
        <div>
          <div
            className={`drop-zone${over ? ' drop-zone--over' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(true);
            }}
            onDragLeave={() => setOver(false)}
            onDrop={onDrop}
          >
            <p id={hintId}>
              Drop student work here: PDF, JPEG, PNG, Word (.docx), text or Markdown. Many files at
              once is fine.
            </p>
            <label className="file-button button button--primary">
              <input
                ref={fileInput}
                type="file"
                multiple
                accept={ACCEPT}
                aria-describedby={hintId}
                aria-label="Choose files to import"
                disabled={running}
                onChange={(e) => void run([...(e.target.files ?? [])])}
              />
              <span aria-hidden="true">Choose files…</span>
            </label>
          </div>
          {progress && (
            <div className="import-progress" aria-live="polite">
              <p className="import-progress__label" id="import-progress-label">
                {progress.done} of {progress.total} files
                {running ? '' : ' — done'}
              </p>
              <progress
                max={progress.total}
                value={progress.done}
                aria-labelledby="import-progress-label"
              />
              {running && <WorkUnderWay />}
              {!running && (
                <p>
                  {counts[0]} imported, {counts[1]} already there, {counts[2]} skipped.
                </p>
              )}
              <ul className="import-results" aria-label="Import results">
                {progress.results.map((r, i) => (
                  <li key={`${r.name}-${i}`}>
                    <strong>{r.name}</strong>
                    <ResultLine result={r} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        <div>
          <TextAreaField
            label="Class roster (optional)"
            hint="One student a line. Every name on it is removed from the samples automatically."
            rows={6}
            value={rosterText}
            onChange={(e) => setRosterText(e.target.value)}
            placeholder={'Maya Okafor\nEli Brooks'}
          />
          <label className="file-button button button--secondary">
            <input
              type="file"
              accept=".csv,.txt"
              aria-label="Choose a roster CSV"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void chooseRoster(file);
              }}
            />
            <span aria-hidden="true">Choose a roster CSV…</span>
          </label>
          {rosterNote && <p className="muted">{rosterNote}</p>}
          {parseRoster.error && (
            <p className="field__error" role="alert">
              {parseRoster.error.message}
            </p>
          )}
          {rosterNames().length > 0 && (
            <p className="muted">{plural(rosterNames().length, 'name')} on the roster.</p>
          )}
        </div>
      </div>
      {progress && !running && (
        <Button variant="quiet" onClick={() => setProgress(null)}>
          Clear results
        </Button>
      )}
    </section>
  );
}

function ResultLine({ result }: { result: ImportResult }) {
  if (result.status === 'skipped') return <span>Skipped: {result.reason}</span>;
  if (result.status === 'duplicate') {
    return (
      <span>
        Already imported as <Link to={`/samples/${result.sampleId}`}>{result.code}</Link>
      </span>
    );
  }
  const notes = [
    result.kind ? KIND_WORDS[result.kind] : '',
    result.rosterNames?.length ? `${plural(result.rosterNames.length, 'roster name')} removed` : '',
    result.candidates ? `${plural(result.candidates, 'suggested name')} to review` : '',
  ].filter((n) => n !== '');
  return (
    <span>
      Imported as{' '}
      <Link to={`/samples/${result.sampleId}`} className="mono">
        {result.code}
      </Link>
      {notes.length > 0 && ` · ${notes.join(' · ')}`}
    </span>
  );
}
