// Reports (owner only): the session report (team or owner's copy) and the coach's rater report,
// previewed here and saved as HTML or PDF. A PDF is printed by the app itself, by the server's
// Chromium in browser mode, or, where neither can, from the browser's own print dialog.
import { useId, useState } from 'react';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { downloadBase64, downloadText } from '../../lib/download.js';
import { formatDate } from '../../lib/words.js';
import { useStatus } from '../../state/status-store.js';
import { Button } from '../../ui/Button.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryOrEmpty } from '../../ui/QueryOrEmpty.js';
import { RadioChoices } from '../../ui/RadioOption.js';
import { SelectField } from '../../ui/SelectField.js';
import { SessionsTable } from '../sessions/SessionsTable.js';
import { ReportPreview } from './ReportPreview.js';

type Request =
  | { kind: 'session'; sessionId: string; copy: 'team' | 'owner' }
  | { kind: 'rater'; personId: string };

interface Shown {
  request: Request;
  html: string;
  baseName: string;
  title: string;
}

const KINDS = [
  { value: 'session', label: 'A session' },
  { value: 'rater', label: 'One rater across sessions (for the coach)' },
] as const;

const COPIES = [
  { value: 'team', label: 'Team’s copy' },
  { value: 'owner', label: 'Owner’s copy' },
] as const;

export function ReportsPage() {
  const sessions = useQuery('sessions.list', {});
  const people = useQuery('people.list', {});
  const printer = useQuery('reports.printer', {});
  const announce = useStatus((state) => state.announce);
  const html = useMutation('reports.html');
  const pdf = useMutation('reports.pdf', {
    onSuccess: (made) => {
      downloadBase64(made.fileName, made.base64, 'application/pdf');
      announce(`Downloaded ${made.fileName}.`, 'success');
    },
    onError: (error) => announce(`The PDF was not made: ${error.message}`, 'error'),
  });
  const [kind, setKind] = useState<'session' | 'rater'>('session');
  const [sessionId, setSessionId] = useState('');
  const [copy, setCopy] = useState<'team' | 'owner'>('team');
  const [personId, setPersonId] = useState('');
  const [shown, setShown] = useState<Shown | null>(null);
  const busy = html.pending ? 'show' : pdf.pending ? 'pdf' : null;
  const copyHint = useId();

  const ready = (sessions.data ?? []).filter((s) => s.phase === 'revealed' || s.phase === 'closed');
  const raters = (people.data ?? []).filter((p) => p.roles.includes('rater') && !p.archived);
  const chosenSession = sessionId || ready[0]?.id || '';
  const chosenPerson = personId || raters[0]?.id || '';
  const request: Request | null =
    kind === 'session'
      ? chosenSession
        ? { kind, sessionId: chosenSession, copy }
        : null
      : chosenPerson
        ? { kind, personId: chosenPerson }
        : null;

  const show = async () => {
    if (!request) return;
    const doc = await html.run(request);
    setShown(doc ? { request, ...doc } : null);
  };

  const canPrint = printer.data?.available === true;

  return (
    <>
      <PageHeader
        title="Reports"
        description="The calibration report of a revealed session (a meeting or a comparative judgement), and the coach’s report on one rater across sessions."
      />
      <QueryOrEmpty
        query={sessions}
        what="sessions"
        isEmpty={() => ready.length === 0}
        empty={
          <EmptyState title="No revealed sessions yet">
            <p>A session can be reported once its scores have been revealed to the team.</p>
          </EmptyState>
        }
      >
        {() => (
          <section className="section card reports-form" aria-labelledby="reports-choose">
            <h2 id="reports-choose">Choose a report</h2>
            <fieldset className="reports-form__kind">
              <legend>Report on</legend>
              <RadioChoices name="report-kind" choices={KINDS} value={kind} onChange={setKind} />
            </fieldset>
            {kind === 'session' ? (
              <>
                <SelectField
                  label="Session"
                  value={chosenSession}
                  onChange={(event) => setSessionId(event.target.value)}
                  options={ready.map((s) => ({
                    value: s.id,
                    label: `${s.title} (${formatDate(s.heldOn)})`,
                  }))}
                />
                <fieldset aria-describedby={copyHint}>
                  <legend>Copy</legend>
                  <p id={copyHint} className="field__hint">
                    The team’s copy shows raters as the session does (R1, R2, … unless names were
                    opted in). The owner’s copy names every rater and lists the raters flagged for
                    follow-up: keep it for the facilitator and the coach.
                  </p>
                  <RadioChoices
                    name="report-copy"
                    choices={COPIES}
                    value={copy}
                    onChange={setCopy}
                  />
                </fieldset>
              </>
            ) : (
              <SelectField
                label="Rater"
                value={chosenPerson}
                onChange={(event) => setPersonId(event.target.value)}
                options={raters.map((p) => ({ value: p.id, label: p.name }))}
              />
            )}
            <Button
              variant="primary"
              busy={busy === 'show'}
              disabled={request === null || busy !== null}
              onClick={() => void show()}
            >
              Show report
            </Button>
            <SessionsTable sessions={ready} caption="Revealed and closed sessions" />
          </section>
        )}
      </QueryOrEmpty>
      {html.error && (
        <ErrorNotice title="The report could not be made" message={html.error.message} />
      )}
      {shown && (
        <section className="section reports-result" aria-labelledby="reports-shown">
          <h2 id="reports-shown">{shown.title}</h2>
          <div className="reports-result__actions">
            <Button
              variant="secondary"
              disabled={busy !== null}
              onClick={() => downloadText(`${shown.baseName}.html`, shown.html, 'text/html')}
            >
              Download HTML
            </Button>
            {canPrint ? (
              <Button
                variant="primary"
                busy={busy === 'pdf'}
                disabled={busy !== null}
                onClick={() => void pdf.run(shown.request)}
              >
                Download PDF
              </Button>
            ) : (
              <Button variant="primary" disabled={busy !== null} onClick={() => window.print()}>
                Print…
              </Button>
            )}
          </div>
          <p className="muted">
            {printer.data === undefined
              ? 'Checking how PDFs can be made here…'
              : canPrint
                ? `The PDF is ${printer.data.how}.`
                : 'This computer has no Chrome, Edge or Chromium to make the PDF, so Print… opens your browser’s print dialog: choose “Save as PDF” there. The downloaded HTML prints the same way from any browser.'}
          </p>
          <ReportPreview html={shown.html} title={shown.title} />
        </section>
      )}
    </>
  );
}
