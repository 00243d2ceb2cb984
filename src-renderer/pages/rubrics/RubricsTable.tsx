import { Link } from 'react-router';
import type { RubricSummary } from '../../../src-main/domain/rubric.js';
import { FROZEN_EXPLANATION, plural } from '../../lib/words.js';
import { Badge } from '../../ui/Badge.js';
import { Table } from '../../ui/Table.js';
import { numeric } from '../../ui/TableHead.js';

export function RubricsTable({ rubrics }: { rubrics: RubricSummary[] }) {
  return (
    <Table
      caption="All rubrics"
      captionHidden
      columns={['Rubric', numeric('Version'), 'Size', 'Status']}
    >
      <tbody>
        {rubrics.map((rubric) => (
          <tr key={rubric.id}>
            <th scope="row">
              <Link to={`/rubrics/${encodeURIComponent(rubric.latestVersionId)}`}>
                {rubric.title}
              </Link>
            </th>
            <td className="numeric">{rubric.latestVersion}</td>
            <td>
              {plural(rubric.criteriaCount, 'criterion', 'criteria')} ×{' '}
              {plural(rubric.levelsCount, 'level')}
            </td>
            <td>
              <span className="badges">
                {rubric.frozen && (
                  <Badge tone="info" title={FROZEN_EXPLANATION}>
                    Frozen
                  </Badge>
                )}
                {rubric.archived && <Badge>Archived</Badge>}
                {!rubric.frozen && !rubric.archived && <span className="muted">Editable</span>}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
