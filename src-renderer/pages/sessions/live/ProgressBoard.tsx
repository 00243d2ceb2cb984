// Who has scored which sample in this round: ticks and counts, never a score.
import { useState } from 'react';
import type { SessionDetail } from '../../../../src-main/domain/session.js';
import { useMutation } from '../../../api/use-mutation.js';
import { useQuery } from '../../../api/use-query.js';
import { useStatus } from '../../../state/status-store.js';
import { Badge } from '../../../ui/Badge.js';
import { Button } from '../../../ui/Button.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { QueryView } from '../../../ui/QueryView.js';
import { TableHead } from '../../../ui/TableHead.js';
import type { RaterStatus } from '../../../meeting/rater-status.js';
import { RATER_STATUS_WORDS, raterStatus } from '../../../meeting/rater-status.js';
import { LetJoinAgainButton, useLetJoinAgain } from './LetJoinAgain.js';

const STATUS_TONE: Record<RaterStatus, 'neutral' | 'warning' | 'success'> = {
  'not-joined': 'warning',
  scoring: 'neutral',
  submitted: 'success',
};

export function ProgressBoard({ session }: { session: SessionDetail }) {
  const progress = useQuery('sessions.progress', { sessionId: session.id });
  const samples = useQuery('samples.list', {});
  const nudge = useMutation('sessions.nudge');
  const { letJoinAgain, error: resetError } = useLetJoinAgain(session.id);
  const end = useMutation('sessions.endScoring');
  const announce = useStatus((state) => state.announce);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const codeOf = new Map((samples.data ?? []).map((s) => [s.id, s.code]));
  const scoring = session.phase === 'scoring';
  return (
    <section className="panel board" aria-labelledby="board-title">
      <h2 id="board-title">Progress, round {session.currentRound}</h2>
      <p className="muted">
        Who has scored which sample. Scores stay hidden until you reveal them.
      </p>
      <QueryView query={progress} what="progress">
        {(rows) => {
          const board = rows.map((row) => ({ row, status: raterStatus(row) }));
          const submitted = board.filter((b) => b.status === 'submitted').length;
          const away = board.filter((b) => b.status === 'not-joined').length;
          return (
            <>
              <p className="board__summary">
                <strong>
                  {submitted} of {rows.length}
                </strong>{' '}
                raters submitted
                {away > 0 && ` · ${away} not joined yet`}
              </p>
              <div className="table-scroll">
                <table className="table board__table">
                  <caption className="visually-hidden">
                    Scoring progress per rater and sample
                  </caption>
                  <TableHead
                    columns={[
                      { label: 'Rater', className: 'board__rater' },
                      'Status',
                      'Criteria scored',
                      scoring && 'Actions',
                      ...session.sampleIds.map((id, i) => ({
                        label: codeOf.get(id) ?? `#${i + 1}`,
                        className: 'board__sample mono',
                      })),
                    ]}
                  />
                  <tbody>
                    {board.map(({ row, status }) => (
                      <tr key={row.personId}>
                        <th scope="row" className="board__rater">
                          {row.alias} · {row.name}
                        </th>
                        <td>
                          <Badge tone={STATUS_TONE[status]}>{RATER_STATUS_WORDS[status]}</Badge>
                        </td>
                        <td className="numeric">
                          {row.done} of {row.total}
                        </td>
                        {scoring && (
                          <td className="board__actions">
                            {status === 'scoring' && (
                              <Button
                                variant="quiet"
                                onClick={() =>
                                  void nudge
                                    .run({ sessionId: session.id, raterId: row.personId })
                                    .then(
                                      (ok) =>
                                        ok && announce(`Asked ${row.name} to finish scoring.`),
                                    )
                                }
                              >
                                Nudge {row.name}
                              </Button>
                            )}
                            {row.joined && (
                              <LetJoinAgainButton
                                personId={row.personId}
                                name={row.name}
                                letJoinAgain={letJoinAgain}
                              />
                            )}
                          </td>
                        )}
                        {row.samplesComplete.map((complete, i) => (
                          <td
                            key={session.sampleIds[i]}
                            className={`board__cell${complete ? ' board__cell--done' : ''}`}
                          >
                            {complete ? (
                              <span aria-label="scored">✓</span>
                            ) : (
                              <span aria-label="not yet">·</span>
                            )}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </QueryView>
      {scoring && (
        <div className="form__actions">
          {!confirmEnd ? (
            <Button variant="secondary" onClick={() => setConfirmEnd(true)}>
              End scoring for everyone
            </Button>
          ) : (
            <ConfirmDialog
              title="End scoring for everyone?"
              confirmLabel="End scoring now"
              cancelLabel="Keep scoring open"
              busy={end.pending}
              onConfirm={() =>
                void end.run({ sessionId: session.id }).then(() => setConfirmEnd(false))
              }
              onCancel={() => setConfirmEnd(false)}
            >
              <p>
                Every rater’s scores of this round lock as they are; unscored criteria stay missing.
              </p>
            </ConfirmDialog>
          )}
        </div>
      )}
      {(nudge.error ?? resetError ?? end.error) && (
        <p className="field__error">{(nudge.error ?? resetError ?? end.error)?.message}</p>
      )}
    </section>
  );
}
