// Filling the judges' question from a competency's continuum in one grade band, so the question
// says in the team's own words what "more of the competency" means. The text stays editable.
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '../../../api/use-query.js';
import { Button } from '../../../ui/Button.js';
import { SelectField } from '../../../ui/SelectField.js';
import { MAX_QUESTION } from '../new-session-draft.js';
import { questionFromStatement } from './judging-words.js';

export function StatementPicker({
  competencyId,
  onFill,
  onUnlink,
}: {
  /** The competency the question was filled from, if any. */
  competencyId: string | null;
  onFill: (question: string, competencyId: string) => void;
  onUnlink: () => void;
}) {
  const competencies = useQuery('competencies.list', {});
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState('');
  const active = (competencies.data ?? []).filter((c) => !c.archived);
  const linked = (competencies.data ?? []).find((c) => c.id === competencyId);
  return (
    <div className="statement-picker">
      {linked && (
        <p className="muted">
          The question comes from the statement of <strong>{linked.name}</strong>; change its words
          as you like.{' '}
          <Button variant="quiet" onClick={onUnlink}>
            Unlink {linked.name}
          </Button>
        </p>
      )}
      <Button variant="quiet" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Use a competency’s statement
      </Button>
      {open &&
        (competencies.status === 'loading' ? (
          <p className="muted">Loading competencies…</p>
        ) : active.length === 0 ? (
          <p className="muted">
            No competency yet. Add one with its continuum on the{' '}
            <Link to="/rubrics/competencies">Competencies page</Link>, or type the question.
          </p>
        ) : (
          <fieldset className="fieldset">
            <legend>Competency’s statement</legend>
            <SelectField
              label="Competency"
              value={chosen}
              onChange={(event) => setChosen(event.target.value)}
              options={[
                { value: '', label: 'Choose a competency' },
                ...active.map((c) => ({ value: c.id, label: c.name })),
              ]}
            />
            {chosen !== '' && (
              <BandChoice
                key={chosen}
                competencyId={chosen}
                competencyName={active.find((c) => c.id === chosen)?.name ?? ''}
                onFill={(question) => {
                  onFill(question, chosen);
                  setOpen(false);
                }}
              />
            )}
          </fieldset>
        ))}
    </div>
  );
}

function BandChoice({
  competencyId,
  competencyName,
  onFill,
}: {
  competencyId: string;
  competencyName: string;
  onFill: (question: string) => void;
}) {
  const continuum = useQuery('continuum.get', { competencyId });
  const bands = (continuum.data?.bands ?? []).filter((b) => b.levels.length > 0);
  const [bandId, setBandId] = useState('');
  const band = bands.find((b) => b.gradeBandId === bandId) ?? bands[0];
  if (continuum.status === 'loading') return <p className="muted">Loading the continuum…</p>;
  if (continuum.status === 'error')
    return <p className="field__error">{continuum.error.message}</p>;
  if (!band) {
    return (
      <p className="muted">
        {competencyName} has no continuum written yet. Write it on the{' '}
        <Link to="/rubrics/competencies">Competencies page</Link>, or type the question.
      </p>
    );
  }
  const question = questionFromStatement(
    competencyName,
    band.gradeBandName,
    band.levels,
    MAX_QUESTION,
  );
  return (
    <>
      <SelectField
        label="Grade band"
        value={band.gradeBandId}
        onChange={(event) => setBandId(event.target.value)}
        options={bands.map((b) => ({ value: b.gradeBandId, label: b.gradeBandName }))}
      />
      <p className="statement-picker__preview">{question}</p>
      <Button variant="secondary" onClick={() => onFill(question)}>
        Put this in the question
      </Button>
    </>
  );
}
