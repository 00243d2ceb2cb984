import { Link } from 'react-router';
import type { SessionSummary } from '../../../src-main/domain/session.js';
import { formatDate } from '../../lib/words.js';
import { Badge } from '../../ui/Badge.js';
import { Table } from '../../ui/Table.js';
import { numeric } from '../../ui/TableHead.js';
import { JUDGEMENT_KIND_WORDS } from './judging/judging-words.js';
import { SessionPhaseBadge } from './SessionPhaseBadge.js';

export function SessionsTable({
  sessions,
  caption,
  captionHidden = false,
}: {
  sessions: SessionSummary[];
  caption: string;
  captionHidden?: boolean;
}) {
  return (
    <Table
      caption={caption}
      captionHidden={captionHidden}
      columns={['Session', 'Date', 'Rubric', 'Phase', numeric('Samples'), numeric('Raters')]}
    >
      <tbody>
        {sessions.map((session) => (
          <tr key={session.id}>
            <th scope="row">
              <Link to={`/sessions/${encodeURIComponent(session.id)}`}>{session.title}</Link>
              {session.kind === 'judgement' && (
                <>
                  {' '}
                  <Badge tone="accent" title="Judges choose the better of two samples, many times">
                    {JUDGEMENT_KIND_WORDS}
                  </Badge>
                </>
              )}
            </th>
            <td className="nowrap">{formatDate(session.heldOn)}</td>
            <td>{session.rubricTitle}</td>
            <td>
              <SessionPhaseBadge kind={session.kind} phase={session.phase} />
            </td>
            <td className="numeric">{session.sampleCount}</td>
            <td className="numeric">{session.raterCount}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
