// Every attempt at a qualification check, newest first: who, which set, when, and the verdict
// with its figures as judged at submission.
import { useNavigate } from 'react-router';
import type { MethodOutput } from '../../../src-main/api/contract.js';
import { useMutation } from '../../api/use-mutation.js';
import { percent } from '../../../src-main/domain/percent.js';
import { Badge } from '../../ui/Badge.js';
import { Button } from '../../ui/Button.js';
import { Table } from '../../ui/Table.js';

type Attempt = MethodOutput<'qualification.attempts'>[number];

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function AttemptsTable({ attempts }: { attempts: Attempt[] }) {
  const navigate = useNavigate();
  const resume = useMutation('qualification.resumeAttempt');
  // A fresh key for the unfinished attempt, handed over like a new one (TakeCheckPage).
  const continueAttempt = async (attemptId: string, setId: string) => {
    const answer = await resume.run({ attemptId });
    if (!answer) return;
    const handover = { personName: answer.attempt.personName, token: answer.token };
    void navigate(`/qualification/${encodeURIComponent(setId)}/take`, { state: { handover } });
  };
  if (attempts.length === 0) {
    return <p className="muted">No one has taken a qualification check yet.</p>;
  }
  return (
    <>
      {resume.error && (
        <p className="notice notice--error" role="alert">
          {resume.error.message}
        </p>
      )}
      <Table
        caption="Attempts at qualification checks"
        captionHidden
        columns={[
          'Rater',
          'Set',
          'Started',
          'Result',
          'Exact',
          'Within one level',
          'Two or more levels away',
          'Not scored',
        ]}
      >
        <tbody>
          {attempts.map((a) => {
            const r = a.result;
            return (
              <tr key={a.id}>
                <th scope="row">{a.personName}</th>
                <td>{a.setTitle}</td>
                <td className="nowrap">{when(a.startedAt)}</td>
                <td>
                  {r === null ? (
                    <>
                      <Badge>In progress</Badge>{' '}
                      <Button
                        variant="quiet"
                        disabled={resume.pending}
                        aria-label={`Continue the attempt of ${a.personName}`}
                        onClick={() => void continueAttempt(a.id, a.setId)}
                      >
                        Continue
                      </Button>
                    </>
                  ) : r.passed ? (
                    <Badge tone="success">Passed</Badge>
                  ) : (
                    <Badge tone="warning">Not passed</Badge>
                  )}
                </td>
                <td>{r ? `${r.exact} of ${r.items} (${percent(r.exactShare)})` : '—'}</td>
                <td>{r ? `${r.withinOne} of ${r.items} (${percent(r.withinOneShare)})` : '—'}</td>
                <td>{r ? r.nonAdjacent : '—'}</td>
                <td>{r ? r.missing : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </>
  );
}
