import type { Sample } from '../../../src-main/domain/sample.js';
import { ANCHOR_EXPLANATION, formatBytes, KIND_WORDS } from '../../lib/words.js';
import { Badge } from '../../ui/Badge.js';
import { Table } from '../../ui/Table.js';

export function SamplesTable({ samples }: { samples: Sample[] }) {
  return (
    <Table caption="All samples" captionHidden>
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">Kind</th>
          <th scope="col">Anchor</th>
          <th scope="col" className="numeric">
            Size
          </th>
        </tr>
      </thead>
      <tbody>
        {samples.map((sample) => (
          <tr key={sample.id}>
            <th scope="row" className="mono">
              {sample.code}
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
            <td className="numeric">{formatBytes(sample.size)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
