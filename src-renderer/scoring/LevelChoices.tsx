import type { ReactNode } from 'react';
import type { RubricVersion } from '../../src-main/domain/rubric.js';
import type { RegisterRadio } from './use-scoring-keys.js';

/**
 * A criterion's levels as one radio group, each with its descriptor, as a rater scores a sample:
 * in the meeting and in a qualification check. Further choices ("Cannot score") come as children.
 * Each level's button is registered under the criterion and its value, so keys can move the focus.
 */
export function LevelChoices({
  rubric,
  criterion,
  headingId,
  idPrefix,
  value,
  readOnly = false,
  onScore,
  registerRadio,
  children,
}: {
  rubric: RubricVersion;
  criterion: RubricVersion['criteria'][number];
  /** The heading that names the group. */
  headingId: string;
  /** Keeps the descriptors' element ids apart between screens. */
  idPrefix: string;
  /** The chosen level; null when something other than a level was chosen. */
  value: number | null | undefined;
  readOnly?: boolean;
  onScore: (score: number) => void;
  registerRadio: RegisterRadio;
  children?: ReactNode;
}) {
  const tabStop = value === undefined ? rubric.levels[0]?.value : value;
  return (
    <div role="radiogroup" aria-labelledby={headingId} className="scorer__levels">
      {rubric.levels.map((level) => {
        const checked = value === level.value;
        const descId = `${idPrefix}desc-${criterion.id}-${level.value}`;
        return (
          <button
            key={level.value}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={`${criterion.name}: ${level.value} ${level.label}`}
            aria-describedby={descId}
            aria-disabled={readOnly || undefined}
            tabIndex={tabStop === level.value ? 0 : -1}
            className={`level${checked ? ' level--checked' : ''}`}
            ref={(element) => registerRadio(criterion.id, level.value, element)}
            onClick={() => !readOnly && onScore(level.value)}
          >
            <span className="level__head">
              <span className="level__value">{level.value}</span> {level.label}
              {checked && <span className="visually-hidden"> (chosen)</span>}
            </span>
            <span id={descId} className="level__descriptor">
              {criterion.descriptors[String(level.value)] ?? ''}
            </span>
          </button>
        );
      })}
      {children}
    </div>
  );
}
