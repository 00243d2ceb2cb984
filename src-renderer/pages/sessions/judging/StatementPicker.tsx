// Filling the judges' question from a competency's continuum in one grade band, so the question
// says in the team's own words what "more of the competency" means. The text stays editable.
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '../../../api/use-query.js';
import { Button } from '../../../ui/Button.js';
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
            <div className="field">
              <label htmlFor="statement-competency" className="field__label">
                Competency
              </label>
              <select
                id="statement-competency"
                className="field__input"
                value={chosen}
                onChange={(event) => setChosen(event.target.value)}
              >
                <option value="">Choose a competency</option>
                {active.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
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
      <div className="field">
        <label htmlFor="statement-band" className="field__label">
          Grade band
        </label>
        <select
          id="statement-band"
          className="field__input"
          value={band.gradeBandId}
          onChange={(event) => setBandId(event.target.value)}
        >
          {bands.map((b) => (
            <option key={b.gradeBandId} value={b.gradeBandId}>
              {b.gradeBandName}
            </option>
          ))}
        </select>
      </div>
      <p className="statement-picker__preview">{question}</p>
      <Button variant="secondary" onClick={() => onFill(question)}>
        Put this in the question
      </Button>
    </>
  );
}
