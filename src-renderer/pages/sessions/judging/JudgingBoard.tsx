// How far each judge has got: counts and a bar, never a choice. Judges appear by name or as
// R1..Rn, as the owner chooses for the room (the session's own setting until then).
import type { MethodOutput } from '../../../../src-main/api/contract.js';
import type { SessionDetail } from '../../../../src-main/domain/session.js';
import { useQuery } from '../../../api/use-query.js';
import { inAliasOrder } from '../../../../src-main/domain/session.js';
import { useRaterAliases } from '../../../state/rater-aliases-store.js';
import type { BadgeTone } from '../../../ui/Badge.js';
import { Badge } from '../../../ui/Badge.js';
import { QueryView } from '../../../ui/QueryView.js';
import { RaterAliasesCheck } from '../../../ui/RaterAliasesCheck.js';
import { Table } from '../../../ui/Table.js';
import { LetJoinAgainButton, useLetJoinAgain } from '../live/LetJoinAgain.js';

type JudgeRow = MethodOutput<'judging.progress'>[number];
type JudgeState = 'not-joined' | 'judging' | 'finished';

const STATE_WORDS: Record<JudgeState, string> = {
  'not-joined': 'Not joined yet',
  judging: 'Judging',
  finished: 'Finished',
};

const STATE_TONE: Record<JudgeState, BadgeTone> = {
  'not-joined': 'warning',
  judging: 'neutral',
  finished: 'success',
};

function stateOf(row: JudgeRow): JudgeState {
  if (row.done >= row.total) return 'finished';
  return row.joined ? 'judging' : 'not-joined';
}

export function JudgingBoard({ session }: { session: SessionDetail }) {
  const progress = useQuery('judging.progress', { sessionId: session.id });
  const { letJoinAgain, error: resetError } = useLetJoinAgain(session.id);
  const [aliases, setAliases] = useRaterAliases(session.id, session.options.hideRaterNames);
  const judging = session.phase === 'scoring';
  const label = (row: JudgeRow) => (aliases ? row.alias : row.name);
  return (
    <section className="panel board" aria-labelledby="judging-board-title">
      <h2 id="judging-board-title">Judging progress</h2>
      <RaterAliasesCheck aliases={aliases} onChange={setAliases} people="judges" />
      <QueryView query={progress} what="progress">
        {(rows) => {
          const made = rows.reduce((sum, row) => sum + row.done, 0);
          const asked = rows.reduce((sum, row) => sum + row.total, 0);
          const finished = rows.filter((row) => stateOf(row) === 'finished').length;
          const away = rows.filter((row) => stateOf(row) === 'not-joined').length;
          return (
            <>
              <p className="board__summary">
                <strong>
                  {made} of {asked}
                </strong>{' '}
                judgements made · {finished} of {rows.length} judges finished
                {away > 0 && ` · ${away} not joined yet`}
              </p>
              <Table
                caption="Judging progress per judge"
                captionHidden
                columns={['Judge', 'Judgements', 'Status', judging && 'Actions']}
              >
                <tbody>
                  {/* By alias, R1 first: an order of choosing would tie aliases to names. */}
                  {(aliases ? inAliasOrder(rows) : rows).map((row) => {
                    const state = stateOf(row);
                    return (
                      <tr key={row.personId}>
                        <th scope="row">{label(row)}</th>
                        <td className="judging-count">
                          <span className="nowrap">
                            {row.done} of {row.total}
                          </span>{' '}
                          <progress
                            max={row.total}
                            value={Math.min(row.done, row.total)}
                            aria-label={`${label(row)}: ${row.done} of ${row.total} judgements`}
                          />
                        </td>
                        <td>
                          <Badge tone={STATE_TONE[state]}>{STATE_WORDS[state]}</Badge>
                        </td>
                        {judging && (
                          <td className="board__actions">
                            {row.joined && (
                              <LetJoinAgainButton
                                personId={row.personId}
                                name={label(row)}
                                letJoinAgain={letJoinAgain}
                              />
                            )}
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
            </>
          );
        }}
      </QueryView>
      {resetError && <p className="field__error">{resetError.message}</p>}
    </section>
  );
}
