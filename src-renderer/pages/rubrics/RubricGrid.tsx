import type { RubricVersion } from '../../../src-main/domain/rubric.js';
import { Table } from '../../ui/Table.js';

/** The rubric as teachers know it on paper: criteria down the side, levels across the top. */
export function RubricGrid({ rubric }: { rubric: RubricVersion }) {
  return (
    <Table
      caption={`${rubric.title}: criteria and levels`}
      captionHidden
      className="rubric-grid"
      columns={[
        { label: 'Criterion', className: 'rubric-grid__corner' },
        ...rubric.levels.map((level) => ({
          label: (
            <>
              <span className="level-number" aria-hidden="true">
                {level.value}
              </span>{' '}
              <span className="visually-hidden">Level {level.value}: </span>
              {level.label}
            </>
          ),
        })),
      ]}
    >
      <tbody>
        {rubric.criteria.map((criterion) => (
          <tr key={criterion.id}>
            <th scope="row">{criterion.name}</th>
            {rubric.levels.map((level) => (
              <td key={level.value}>{criterion.descriptors[String(level.value)] ?? ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
