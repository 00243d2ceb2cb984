// One competency's learning continuum: per grade band, its levels (label + descriptor), editable.
import { useState } from 'react';
import type { Competency, ContinuumLevel } from '../../../src-main/domain/competency.js';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { useStatus } from '../../state/status-store.js';
import { Button } from '../../ui/Button.js';
import { QueryOrEmpty } from '../../ui/QueryOrEmpty.js';
import { SelectField } from '../../ui/SelectField.js';

const DEFAULT_LEVELS = ['Beginning', 'Developing', 'Proficient', 'Advanced'];

export function ContinuumEditor({
  competencies,
  competencyId,
  onChoose,
}: {
  competencies: Competency[];
  competencyId: string;
  onChoose: (id: string) => void;
}) {
  const continuum = useQuery('continuum.get', { competencyId });
  const name = competencies.find((c) => c.id === competencyId)?.name ?? '';
  return (
    <section className="library-section" aria-labelledby="continuum-heading">
      <h2 id="continuum-heading">Learning continuum</h2>
      <SelectField
        label="Continuum of"
        inputClassName="field__input--short"
        value={competencyId}
        onChange={(event) => onChoose(event.target.value)}
        options={competencies.map((c) => ({
          value: c.id,
          label: `${c.name}${c.archived ? ' (archived)' : ''}`,
        }))}
      />
      <QueryOrEmpty
        query={continuum}
        what="the continuum"
        isEmpty={(data) => data.bands.length === 0}
        empty={
          <p className="muted">Add a grade band above to write this competency’s continuum.</p>
        }
      >
        {(data) => (
          <div className="continuum">
            {data.bands.map((band) => (
              <BandLevels
                key={`${competencyId}:${band.gradeBandId}:${JSON.stringify(band.levels)}`}
                competencyId={competencyId}
                competencyName={name}
                gradeBandId={band.gradeBandId}
                bandName={band.gradeBandName}
                saved={band.levels}
              />
            ))}
          </div>
        )}
      </QueryOrEmpty>
    </section>
  );
}

function BandLevels({
  competencyId,
  competencyName,
  gradeBandId,
  bandName,
  saved,
}: {
  competencyId: string;
  competencyName: string;
  gradeBandId: string;
  bandName: string;
  saved: ContinuumLevel[];
}) {
  const [levels, setLevels] = useState<ContinuumLevel[]>(saved);
  const set = useMutation('continuum.set');
  const announce = useStatus((state) => state.announce);
  const change = (i: number, part: Partial<ContinuumLevel>) =>
    setLevels(levels.map((l, j) => (j === i ? { ...l, ...part } : l)));
  const firstValue = levels[0]?.value ?? 1;
  const renumber = (list: Omit<ContinuumLevel, 'value'>[]) =>
    list.map((l, i) => ({ ...l, value: firstValue + i }));

  return (
    <fieldset className="fieldset continuum-band">
      <legend>
        {competencyName}, {bandName}
      </legend>
      {levels.length === 0 ? (
        <>
          <p className="muted">No levels written for {bandName} yet.</p>
          <Button
            onClick={() =>
              setLevels(DEFAULT_LEVELS.map((label, i) => ({ value: i + 1, label, descriptor: '' })))
            }
          >
            {`Write levels for ${bandName}`}
          </Button>
        </>
      ) : (
        <>
          <ol className="continuum-levels">
            {levels.map((level, i) => (
              <li key={i} className="continuum-level">
                <span className="level-number" aria-hidden="true">
                  {level.value}
                </span>
                <input
                  className="field__input continuum-level__label"
                  aria-label={`Label of level ${level.value} in ${bandName}`}
                  value={level.label}
                  maxLength={200}
                  onChange={(event) => change(i, { label: event.target.value })}
                />
                <textarea
                  className="field__input"
                  rows={2}
                  aria-label={`Descriptor of level ${level.value} in ${bandName}`}
                  value={level.descriptor}
                  onChange={(event) => change(i, { descriptor: event.target.value })}
                />
                <Button
                  variant="quiet"
                  aria-label={`Remove level ${level.value} in ${bandName}`}
                  disabled={levels.length <= 3}
                  onClick={() => setLevels(renumber(levels.filter((_, j) => j !== i)))}
                >
                  Remove
                </Button>
              </li>
            ))}
          </ol>
          <div className="form__row">
            <Button
              disabled={levels.length >= 6}
              onClick={() =>
                setLevels(
                  renumber([...levels, { label: `Level ${levels.length + 1}`, descriptor: '' }]),
                )
              }
            >
              {`Add a level in ${bandName}`}
            </Button>
            <Button
              variant="primary"
              busy={set.pending}
              onClick={() =>
                void set.run({ competencyId, gradeBandId, levels }).then((result) => {
                  if (result)
                    announce(`Saved the ${bandName} continuum of ${competencyName}.`, 'success');
                })
              }
            >
              {`Save ${bandName}`}
            </Button>
          </div>
          {set.error && (
            <div className="notice notice--error" role="alert">
              <p className="notice__title">The {bandName} levels were not saved</p>
              <p>{set.error.message}</p>
            </div>
          )}
        </>
      )}
    </fieldset>
  );
}
