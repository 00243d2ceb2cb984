import { useState } from 'react';
import type { GradeBand } from '../../../src-main/domain/competency.js';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { useStatus } from '../../state/status-store.js';
import { Button } from '../../ui/Button.js';
import { Field } from '../../ui/Field.js';
import { QueryView } from '../../ui/QueryView.js';

export function GradeBandsEditor() {
  const bands = useQuery('gradeBands.list', {});
  const create = useMutation('gradeBands.create');
  const reorder = useMutation('gradeBands.reorder');
  const [name, setName] = useState('');
  return (
    <section className="library-section" aria-labelledby="grade-bands-heading">
      <h2 id="grade-bands-heading">Grade bands</h2>
      <p className="field__hint">
        The bands a continuum is written for: K-2, 3-5, 6-8, 9-12, or the school’s own.
      </p>
      <QueryView query={bands} what="grade bands">
        {(list) => (
          <ol className="band-list">
            {list.map((band, i) => (
              <BandRow
                key={`${band.id}:${band.name}`}
                band={band}
                index={i}
                count={list.length}
                onMove={(by) => {
                  const ids = list.map((b) => b.id);
                  [ids[i], ids[i + by]] = [ids[i + by]!, ids[i]!];
                  void reorder.run({ ids });
                }}
              />
            ))}
          </ol>
        )}
      </QueryView>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void create.run({ name: name.trim() }).then((band) => band && setName(''));
        }}
      >
        <Field
          label="New grade band"
          value={name}
          maxLength={200}
          autoComplete="off"
          error={create.error?.message}
          onChange={(event) => setName(event.target.value)}
        />
        <Button type="submit" busy={create.pending} disabled={name.trim() === ''}>
          Add grade band
        </Button>
      </form>
    </section>
  );
}

function BandRow({
  band,
  index,
  count,
  onMove,
}: {
  band: GradeBand;
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
}) {
  const [name, setName] = useState(band.name);
  const rename = useMutation('gradeBands.rename');
  const announce = useStatus((state) => state.announce);
  return (
    <li className="band-row">
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void rename.run({ id: band.id, name: name.trim() }).then((saved) => {
            if (saved) announce(`Renamed the grade band to “${saved.name}”.`, 'success');
          });
        }}
      >
        <Field
          label={`Name of grade band ${index + 1}`}
          value={name}
          maxLength={200}
          autoComplete="off"
          error={rename.error?.message}
          onChange={(event) => setName(event.target.value)}
        />
        <Button type="submit" disabled={name.trim() === band.name || name.trim() === ''}>
          {`Rename ${band.name}`}
        </Button>
        <Button
          variant="quiet"
          aria-label={`Move up: ${band.name}`}
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          Move up
        </Button>
        <Button
          variant="quiet"
          aria-label={`Move down: ${band.name}`}
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          Move down
        </Button>
      </form>
    </li>
  );
}
