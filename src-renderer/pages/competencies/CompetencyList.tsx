import { useState } from 'react';
import type { Competency } from '../../../src-main/domain/competency.js';
import { useMutation } from '../../api/use-mutation.js';
import { useStatus } from '../../state/status-store.js';
import { Badge } from '../../ui/Badge.js';
import { Button } from '../../ui/Button.js';
import { Field } from '../../ui/Field.js';
import { Table } from '../../ui/Table.js';

export function CompetencyList({ competencies }: { competencies: Competency[] }) {
  const reorder = useMutation('competencies.reorder');
  if (competencies.length === 0) {
    return <p className="muted">No competencies yet. A school usually has about six.</p>;
  }
  const move = (index: number, by: -1 | 1) => {
    const ids = competencies.map((c) => c.id);
    [ids[index], ids[index + by]] = [ids[index + by]!, ids[index]!];
    void reorder.run({ ids });
  };
  return (
    <Table
      caption="Competencies"
      captionHidden
      className="competency-table"
      columns={['Competency', 'Description', 'Status', 'Actions']}
    >
      <tbody>
        {competencies.map((competency, i) => (
          <CompetencyRow
            key={competency.id}
            competency={competency}
            first={i === 0}
            last={i === competencies.length - 1}
            onMove={(by) => move(i, by)}
          />
        ))}
      </tbody>
    </Table>
  );
}

function CompetencyRow({
  competency,
  first,
  last,
  onMove,
}: {
  competency: Competency;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(competency.name);
  const [description, setDescription] = useState(competency.description);
  const update = useMutation('competencies.update');
  const announce = useStatus((state) => state.announce);

  const save = async (changes: Partial<Competency>) => {
    const saved = await update.run({
      id: competency.id,
      name: competency.name,
      description: competency.description,
      archived: competency.archived,
      ...changes,
    });
    if (saved) {
      setEditing(false);
      announce(
        changes.archived === undefined
          ? `Saved the competency “${saved.name}”.`
          : saved.archived
            ? `Archived “${saved.name}”; rubrics that use it keep it.`
            : `“${saved.name}” is active again.`,
        'success',
      );
    }
    return saved;
  };

  if (editing) {
    return (
      <tr>
        <td colSpan={4}>
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void save({ name: name.trim(), description: description.trim() });
            }}
          >
            <Field
              label={`Name of ${competency.name}`}
              value={name}
              maxLength={200}
              autoComplete="off"
              error={update.error?.message}
              onChange={(event) => setName(event.target.value)}
            />
            <Field
              label={`Description of ${competency.name}`}
              value={description}
              maxLength={4000}
              autoComplete="off"
              onChange={(event) => setDescription(event.target.value)}
            />
            <Button type="submit" variant="primary" busy={update.pending}>
              Save competency
            </Button>
            <Button variant="quiet" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </form>
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">{competency.name}</th>
      <td>{competency.description || <span className="muted">—</span>}</td>
      <td>
        {competency.archived ? <Badge>Archived</Badge> : <span className="muted">Active</span>}
      </td>
      <td>
        <span className="row-actions">
          <Button
            variant="quiet"
            aria-label={`Edit ${competency.name}`}
            onClick={() => {
              setName(competency.name);
              setDescription(competency.description);
              setEditing(true);
            }}
          >
            Edit
          </Button>
          <Button
            variant="quiet"
            aria-label={`Move up: ${competency.name}`}
            disabled={first}
            onClick={() => onMove(-1)}
          >
            Move up
          </Button>
          <Button
            variant="quiet"
            aria-label={`Move down: ${competency.name}`}
            disabled={last}
            onClick={() => onMove(1)}
          >
            Move down
          </Button>
          <Button
            variant="quiet"
            aria-label={`${competency.archived ? 'Unarchive' : 'Archive'} ${competency.name}`}
            onClick={() => void save({ archived: !competency.archived })}
          >
            {competency.archived ? 'Unarchive' : 'Archive'}
          </Button>
        </span>
      </td>
    </tr>
  );
}
