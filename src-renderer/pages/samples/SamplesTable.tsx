import { Link } from 'react-router';
import type { Sample } from '../../../src-main/domain/sample.js';
import { ANCHOR_EXPLANATION, formatBytes, KIND_WORDS } from '../../lib/words.js';
import { Badge } from '../../ui/Badge.js';
import { Table } from '../../ui/Table.js';
import { numeric } from '../../ui/TableHead.js';
import { useQuery } from '../../api/use-query.js';
import { plural } from '../../lib/words.js';

export function SamplesTable({ samples }: { samples: Sample[] }) {
  const queue = useQuery('samples.reviewQueue', {});
  const pending = new Map((queue.data ?? []).map((q) => [q.sampleId, q.pendingNames]));
  return (
    <Table
      caption="All samples"
      captionHidden
      columns={['Code', 'Kind', 'Anchor', 'Names to review', numeric('Size')]}
    >
      <tbody>
        {samples.map((sample) => (
          <tr key={sample.id}>
            <th scope="row" className="mono">
              <Link to={`/samples/${sample.id}`}>{sample.code}</Link>
            </th>
            <td>{KIND_WORDS[sample.kind]}</td>
            <td>
              {sample.isAnchor ? (
                <Badge tone="accent" title={ANCHOR_EXPLANATION}>
                  Anchor
                </Badge>
              ) : (
                <span className="visually-hidden">Not an anchor</span>
              )}
            </td>
            <td>
              {pending.get(sample.id) ? (
                <Link to={`/samples/${sample.id}`}>
                  <Badge tone="warning">{plural(pending.get(sample.id)!, 'name')} to review</Badge>
                </Link>
              ) : (
                <span className="muted">None</span>
              )}
            </td>
            <td className="numeric">{formatBytes(sample.size)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
