// Making a sample an anchor: a reference score and a written rationale for each criterion of a
// chosen rubric, tagged with a grade band and the level it exemplifies.
import { useId, useState } from 'react';
import type { RubricVersion } from '../../../src-main/domain/rubric.js';
import type { AnchorEntry, Sample } from '../../../src-main/domain/sample.js';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { ANCHOR_EXPLANATION } from '../../lib/words.js';
import { Button } from '../../ui/Button.js';
import { SelectField } from '../../ui/SelectField.js';

export function AnchorEditor({ sample }: { sample: Sample }) {
  const headingId = useId();
  const rubrics = useQuery('rubrics.list', {});
  const [rubricId, setRubricId] = useState('');
  const active = (rubrics.data ?? []).filter((r) => !r.archived);
  const chosen = active.find((r) => r.id === rubricId) ?? active[0];
  return (
    <section className="card anchor-scores" aria-labelledby={headingId}>
      <h2 id={headingId}>Anchor</h2>
      <p className="muted">{ANCHOR_EXPLANATION}.</p>
      {active.length === 0 ? (
        <p>Create a rubric first; an anchor's reference scores follow a rubric's criteria.</p>
      ) : (
        <>
          <SelectField
            label="Rubric"
            value={chosen?.id ?? ''}
            onChange={(e) => setRubricId(e.target.value)}
            options={active.map((r) => ({ value: r.id, label: r.title }))}
          />
          {chosen && (
            <AnchorForm
              key={chosen.id}
              sample={sample}
              rubricId={chosen.id}
              versionId={chosen.latestVersionId}
            />
          )}
        </>
      )}
    </section>
  );
}

function AnchorForm({
  sample,
  rubricId,
  versionId,
}: {
  sample: Sample;
  rubricId: string;
  versionId: string;
}) {
  const version = useQuery('rubrics.get', { versionId });
  const library = useQuery('anchors.library', {});
  // Kept here, so the message survives the fields starting afresh after a first save.
  const [saved, setSaved] = useState(false);
  if (!version.data || !library.data) return <p className="loading">Loading the rubric…</p>;
  const existing = library.data.find((a) => a.sampleId === sample.id && a.rubricId === rubricId);
  return (
    <AnchorFields
      // Fields start from what is stored when the form opens (or the first save creates it).
      key={existing ? 'stored' : 'new'}
      saved={saved}
      setSaved={setSaved}
      sample={sample}
      rubricId={rubricId}
      version={version.data}
      existing={existing}
    />
  );
}

function AnchorFields({
  sample,
  rubricId,
  version,
  existing,
  saved,
  setSaved,
}: {
  sample: Sample;
  rubricId: string;
  version: RubricVersion;
  existing: AnchorEntry | undefined;
  saved: boolean;
  setSaved: (saved: boolean) => void;
}) {
  const bands = useQuery('gradeBands.list', {});
  const save = useMutation('samples.setAnchor');
  const clear = useMutation('samples.clearAnchor');
  const [scores, setScores] = useState<Record<string, { score: string; rationale: string }>>(() =>
    Object.fromEntries(
      (existing?.scores ?? []).map((s) => [
        s.criterionKey,
        { score: String(s.score), rationale: s.rationale },
      ]),
    ),
  );
  const [band, setBand] = useState(existing?.gradeBandId ?? sample.gradeBandId ?? '');
  const [level, setLevel] = useState(
    existing?.level === null || existing?.level === undefined ? '' : String(existing.level),
  );
  const { criteria, levels } = version;
  const levelOptions = levels.map((l) => ({ value: l.value, label: `${l.value} · ${l.label}` }));
  const filled = criteria.filter((c) => scores[c.key]?.score && scores[c.key]?.rationale.trim());

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        void save
          .run({
            sampleId: sample.id,
            rubricId,
            scores: filled.map((c) => ({
              criterionKey: c.key,
              score: Number(scores[c.key]!.score),
              rationale: scores[c.key]!.rationale.trim(),
            })),
            gradeBandId: band || null,
            level: level ? Number(level) : null,
          })
          .then((ok) => setSaved(Boolean(ok)));
      }}
    >
      {criteria.map((c) => (
        <fieldset key={c.key} className="fieldset">
          <legend>{c.name}</legend>
          <label className="field__label" htmlFor={`score-${c.key}`}>
            Reference score for {c.name}
          </label>
          <select
            id={`score-${c.key}`}
            className="field__input"
            value={scores[c.key]?.score ?? ''}
            onChange={(e) =>
              setScores({
                ...scores,
                [c.key]: { rationale: '', ...scores[c.key], score: e.target.value },
              })
            }
          >
            <option value="">Not scored</option>
            {levelOptions.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
          <label className="field__label" htmlFor={`rationale-${c.key}`}>
            Rationale for {c.name}
          </label>
          <textarea
            id={`rationale-${c.key}`}
            className="field__input"
            value={scores[c.key]?.rationale ?? ''}
            onChange={(e) =>
              setScores({
                ...scores,
                [c.key]: { score: '', ...scores[c.key], rationale: e.target.value },
              })
            }
          />
        </fieldset>
      ))}
      <SelectField
        label="Grade band"
        value={band}
        onChange={(e) => setBand(e.target.value)}
        options={[
          { value: '', label: 'None' },
          ...(bands.data ?? []).map((b) => ({ value: b.id, label: b.name })),
        ]}
      />
      <SelectField
        label="Level this sample exemplifies"
        value={level}
        onChange={(e) => setLevel(e.target.value)}
        options={[{ value: '', label: 'Not tagged' }, ...levelOptions]}
      />
      <div className="row-actions section">
        <Button type="submit" variant="primary" disabled={filled.length === 0} busy={save.pending}>
          Save anchor
        </Button>
        {sample.isAnchor && (
          <Button
            variant="danger"
            busy={clear.pending}
            onClick={() => void clear.run({ sampleId: sample.id })}
          >
            No longer an anchor
          </Button>
        )}
      </div>
      {saved && <p role="status">Saved as an anchor.</p>}
      {(save.error ?? clear.error) && (
        <p className="field__error" role="alert">
          {(save.error ?? clear.error)!.message}
        </p>
      )}
    </form>
  );
}
