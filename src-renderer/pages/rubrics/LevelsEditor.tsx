import type { Dispatch } from 'react';
import { MAX_LEVELS, MIN_LEVELS } from '../../../src-main/domain/rubric.js';
import { Button } from '../../ui/Button.js';
import type { RubricFormAction } from './rubric-form.js';

export function LevelsEditor({
  levels,
  dispatch,
  errorFor,
}: {
  levels: string[];
  dispatch: Dispatch<RubricFormAction>;
  errorFor: (field: string) => string | null;
}) {
  return (
    <fieldset className="fieldset">
      <legend>Performance levels</legend>
      <p className="field__hint">
        From lowest to highest; the number is the score. A rubric has {MIN_LEVELS} to {MAX_LEVELS}{' '}
        levels.
      </p>
      <ol className="level-list">
        {levels.map((label, i) => {
          const error = errorFor(`levels.${i}`);
          return (
            <li key={i} className="level-row">
              <span className="level-number" aria-hidden="true">
                {i + 1}
              </span>
              <input
                className="field__input"
                aria-label={`Label for level ${i + 1}`}
                aria-invalid={error ? true : undefined}
                value={label}
                maxLength={200}
                onChange={(event) =>
                  dispatch({ type: 'levelLabel', level: i, value: event.target.value })
                }
              />
              <Button
                variant="quiet"
                disabled={levels.length <= MIN_LEVELS}
                onClick={() => dispatch({ type: 'removeLevel', level: i })}
                aria-label={`Remove level ${i + 1} (${label || 'no label'})`}
              >
                Remove
              </Button>
              {error && <p className="field__error level-row__error">{error}</p>}
            </li>
          );
        })}
      </ol>
      <Button disabled={levels.length >= MAX_LEVELS} onClick={() => dispatch({ type: 'addLevel' })}>
        Add level
      </Button>
    </fieldset>
  );
}
