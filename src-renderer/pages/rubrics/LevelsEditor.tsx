import type { Dispatch } from 'react';
import { MAX_LEVELS, MIN_LEVELS } from '../../../src-main/domain/rubric.js';
import { Button } from '../../ui/Button.js';
import type { RubricFormAction } from './rubric-form.js';

export function LevelsEditor({
  levels,
  firstValue = 1,
  dispatch,
  errorFor,
}: {
  levels: string[];
  firstValue?: number;
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
                {firstValue + i}
              </span>
              <input
                className="field__input"
                aria-label={`Label for level ${firstValue + i}`}
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
                aria-label={`Remove level ${firstValue + i} (${label || 'no label'})`}
              >
                Remove
              </Button>
              {error && <p className="field__error level-row__error">{error}</p>}
            </li>
          );
        })}
      </ol>
      <div className="form__row">
        <Button
          disabled={levels.length >= MAX_LEVELS}
          onClick={() => dispatch({ type: 'addLevel' })}
        >
          Add level
        </Button>
        <label className="check">
          <input
            type="checkbox"
            checked={firstValue === 0}
            onChange={(event) =>
              dispatch({ type: 'firstValue', value: event.target.checked ? 0 : 1 })
            }
          />{' '}
          Start the scale at 0
        </label>
      </div>
    </fieldset>
  );
}
