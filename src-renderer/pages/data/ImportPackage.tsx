// "Import a session package": a drop zone with a file button. The package is checked by Concord
// (manifest, sizes, hashes, paths) and merged by ids; what happened is shown as a report, and a
// refused package says why. In the desktop app a package opened from the computer arrives here
// already chosen, waiting for the Import button.
import type { DragEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import type { MethodOutput } from '../../../src-main/api/contract.js';
import { useApi } from '../../api/api-context.js';
import { toApiError } from '../../api/errors.js';
import type { OpenedPackage } from '../../api/opened-package.js';
import { desktopFiles, readOpenedPackage, useOpenedPackage } from '../../api/opened-package.js';
import { formatBytes } from '../../lib/words.js';
import { Button } from '../../ui/Button.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { fileToBase64 } from '../samples/files.js';
import { ImportReportView } from './ImportReportView.js';

export type ImportReport = MethodOutput<'packages.import'>;

/** What a request can carry (see the http transport): larger packages are refused up front. */
const MAX_PACKAGE_BYTES = 190 * 1024 * 1024;

type Outcome =
  | { status: 'done'; fileName: string; report: ImportReport }
  | { status: 'refused'; fileName: string; message: string };

export function ImportPackage() {
  const { queries } = useApi();
  const [over, setOver] = useState(false);
  const [running, setRunning] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const waiting = useOpenedPackage((state) => state.waiting);
  const clearWaiting = useOpenedPackage((state) => state.clear);
  const openedGroup = useRef<HTMLDivElement>(null);

  // A package opened from the computer: the keyboard lands on its Import button.
  useEffect(() => {
    if (waiting) openedGroup.current?.querySelector('button')?.focus();
  }, [waiting]);

  async function run(file: File | undefined) {
    if (!file || running) return;
    if (file.size > MAX_PACKAGE_BYTES) {
      setOutcome({ status: 'refused', fileName: file.name, message: tooLarge(file.size) });
      return;
    }
    setRunning(file.name);
    setOutcome(null);
    try {
      // The one write path: what the package adds (its declared changes) shows on every screen.
      const report = await queries.write('packages.import', {
        base64: await fileToBase64(file),
        fileName: file.name,
      });
      setOutcome({ status: 'done', fileName: file.name, report });
    } catch (error) {
      // The package's own explanation starts with the file, which the heading already names.
      const apiError = toApiError(error);
      const problem = apiError.problems.find((p) => p.path[0] === 'package');
      const message = (problem?.message ?? apiError.message).replace(`${file.name}: `, '');
      setOutcome({ status: 'refused', fileName: file.name, message });
    } finally {
      setRunning(null);
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  async function importWaiting(opened: OpenedPackage) {
    const files = desktopFiles();
    clearWaiting();
    if (files === null) return;
    if (opened.size > MAX_PACKAGE_BYTES) {
      void files.dismissOpenedPackage(opened.id);
      setOutcome({ status: 'refused', fileName: opened.name, message: tooLarge(opened.size) });
      return;
    }
    const read = await readOpenedPackage(files, opened);
    if ('problem' in read) {
      setOutcome({ status: 'refused', fileName: opened.name, message: read.problem });
      return;
    }
    await run(read.file);
  }

  function dismissWaiting(opened: OpenedPackage) {
    clearWaiting();
    void desktopFiles()?.dismissOpenedPackage(opened.id);
  }

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    void run(event.dataTransfer.files[0]);
  };

  return (
    <section className="card section import-package" aria-labelledby="import-package-title">
      <h2 id="import-package-title">Import a session package</h2>
      <div
        className={`drop-zone${over ? ' drop-zone--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p id={hintId}>
          Drop a <strong>.concord</strong> file here: a session shared by another school, or the
          scores they send back. Nothing here is overwritten: new things are added, and scores that
          differ from yours are listed as conflicts.
        </p>
        <label className="file-button button button--primary">
          <input
            ref={fileInput}
            type="file"
            accept=".concord,.zip"
            aria-describedby={hintId}
            aria-label="Choose a package to import"
            disabled={running !== null}
            onChange={(event) => void run(event.target.files?.[0])}
          />
          <span aria-hidden="true">Choose a package…</span>
        </label>
      </div>
      {waiting && !running && (
        <div
          ref={openedGroup}
          className="notice opened-package"
          role="group"
          aria-labelledby={`${hintId}-opened`}
        >
          <p id={`${hintId}-opened`}>
            Opened from this computer: <strong>{waiting.name}</strong> ({formatBytes(waiting.size)}
            ).
          </p>
          <div className="row-actions">
            <Button variant="primary" onClick={() => void importWaiting(waiting)}>
              Import {waiting.name}
            </Button>
            <Button variant="quiet" onClick={() => dismissWaiting(waiting)}>
              Not now
            </Button>
          </div>
        </div>
      )}
      <div aria-live="polite">
        {running && <p className="data-progress">Checking and importing {running}…</p>}
      </div>
      {outcome?.status === 'refused' && (
        <ErrorNotice title={`${outcome.fileName} was not imported`} message={outcome.message}>
          <p>Nothing in this workspace was changed.</p>
        </ErrorNotice>
      )}
      {outcome?.status === 'done' && (
        <ImportReportView fileName={outcome.fileName} report={outcome.report} />
      )}
    </section>
  );
}

function tooLarge(size: number): string {
  return `It is ${formatBytes(size)}; packages up to ${formatBytes(MAX_PACKAGE_BYTES)} can be imported here.`;
}
