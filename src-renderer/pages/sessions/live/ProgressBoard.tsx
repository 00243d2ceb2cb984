// Who has scored which sample in this round: ticks and counts, never a score.
import { useState } from 'react';
import type { SessionDetail } from '../../../../src-main/domain/session.js';
import { useMutation } from '../../../api/use-mutation.js';
import { useQuery } from '../../../api/use-query.js';
import { useStatus } from '../../../state/status-store.js';
import { Badge } from '../../../ui/Badge.js';
import { Button } from '../../../ui/Button.js';
import { QueryView } from '../../../ui/QueryView.js';

export function ProgressBoard({ session }: { session: SessionDetail }) {
  const progress = useQuery('sessions.progress', { sessionId: session.id });
  const samples = useQuery('samples.list', {});
  const nudge = useMutation('sessions.nudge');
  const reset = useMutation('room.resetRater');
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
          const submitted = rows.filter((r) => r.submitted).length;
          return (
            <>
              <p className="board__summary">
                <strong>
                  {submitted} of {rows.length}
                </strong>{' '}
                raters submitted
              </p>
              <div className="table-scroll">
                <table className="table board__table">
                  <caption className="visually-hidden">
                    Scoring progress per rater and sample
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Rater</th>
                      {session.sampleIds.map((id, i) => (
                        <th key={id} scope="col" className="board__sample mono">
                          {codeOf.get(id) ?? `#${i + 1}`}
                        </th>
                      ))}
                      <th scope="col">Criteria scored</th>
                      <th scope="col">Status</th>
                      {scoring && <th scope="col">Actions</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.personId}>
                        <th scope="row">
                          {row.alias} · {row.name}
                        </th>
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
                        <td className="numeric">
                          {row.done} of {row.total}
                        </td>
                        <td>
                          {row.submitted ? (
                            <Badge tone="success">Submitted</Badge>
                          ) : (
                            <Badge>Scoring</Badge>
                          )}
                        </td>
                        {scoring && (
                          <td className="board__actions">
                            {!row.submitted && (
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
                            <Button
                              variant="quiet"
                              onClick={() =>
                                void reset
                                  .run({ sessionId: session.id, personId: row.personId })
                                  .then(
                                    (ok) =>
                                      ok &&
                                      announce(`${row.name} can join again with the session code.`),
                                  )
                              }
                            >
                              Let {row.name} join again
                            </Button>
                          </td>
                        )}
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
            <div className="confirm" role="alertdialog" aria-labelledby="confirm-end-title">
              <p id="confirm-end-title" className="confirm__title">
                End scoring for everyone?
              </p>
              <p>
                Every rater’s scores of this round lock as they are; unscored criteria stay missing.
              </p>
              <div className="form__actions">
                <Button
                  variant="danger"
                  busy={end.pending}
                  onClick={() =>
                    void end.run({ sessionId: session.id }).then(() => setConfirmEnd(false))
                  }
                >
                  End scoring now
                </Button>
                <Button variant="quiet" onClick={() => setConfirmEnd(false)}>
                  Keep scoring open
                </Button>
              </div>
            </div>
          )}
        </div>
      )}
      {(nudge.error ?? reset.error ?? end.error) && (
        <p className="field__error">{(nudge.error ?? reset.error ?? end.error)?.message}</p>
      )}
    </section>
  );
}
