// One criterion as a meeting rater scores it: its levels, "cannot score", and an optional note on
// what in the work led to the level.
import type { RubricVersion } from '../../src-main/domain/rubric.js';
import { LevelChoices } from '../scoring/LevelChoices.js';
import type { RegisterRadio } from '../scoring/use-scoring-keys.js';
import type { CellValue } from './use-meeting-cells.js';

export function CriterionScorer({
  rubric,
  criterion,
  value,
  readOnly,
  onScore,
  onNote,
  onNoteBlur,
  registerRadio,
}: {
  rubric: RubricVersion;
  criterion: RubricVersion['criteria'][number];
  value: CellValue;
  readOnly: boolean;
  onScore: (score: number | null) => void;
  onNote: (note: string) => void;
  onNoteBlur: () => void;
  registerRadio: RegisterRadio;
}) {
  const headingId = `criterion-${criterion.id}`;
  const noteId = `note-${criterion.id}`;
  return (
    <>
      <h3 id={headingId} className="scorer__name">
        {criterion.name}
        {value.score === null && <span className="badge badge--warning">Cannot score</span>}
      </h3>
      <LevelChoices
        rubric={rubric}
        criterion={criterion}
        headingId={headingId}
        idPrefix=""
        value={value.score}
        readOnly={readOnly}
        onScore={onScore}
        registerRadio={registerRadio}
      >
        <button
          type="button"
          role="radio"
          aria-checked={value.score === null}
          aria-label={`${criterion.name}: Cannot score`}
          aria-disabled={readOnly || undefined}
          tabIndex={value.score === null ? 0 : -1}
          className={`level level--cannot${value.score === null ? ' level--checked' : ''}`}
          ref={(element) => registerRadio(criterion.id, null, element)}
          onClick={() => !readOnly && onScore(null)}
        >
          <span className="level__head">Cannot score</span>
          <span className="level__descriptor">Recorded as missing</span>
        </button>
      </LevelChoices>
      <label htmlFor={noteId} className="field__label scorer__note-label">
        Note <span className="visually-hidden">on {criterion.name} </span>(optional)
      </label>
      <textarea
        id={noteId}
        className="field__input scorer__note"
        rows={2}
        maxLength={2000}
        value={value.note}
        readOnly={readOnly}
        placeholder={readOnly ? '' : 'What in the work led you to this level? (optional)'}
        onChange={(event) => onNote(event.target.value)}
        onBlur={onNoteBlur}
      />
      {value.score === undefined && value.note !== '' && !readOnly && (
        <p className="field__hint">Choose a level (or cannot score) to save this note.</p>
      )}
    </>
  );
}
