import type { Dispatch } from 'react';
import { Button } from '../../ui/Button.js';
import { Field } from '../../ui/Field.js';
import type { CriterionRow, RubricFormAction } from './rubric-form.js';

export function CriterionEditor({
  index,
  criterion,
  levels,
  canRemove,
  dispatch,
  errorFor,
}: {
  index: number;
  criterion: CriterionRow;
  levels: string[];
  canRemove: boolean;
  dispatch: Dispatch<RubricFormAction>;
  errorFor: (field: string) => string | null;
}) {
  const number = index + 1;
  const called = criterion.name.trim() || `criterion ${number}`;
  return (
    <div className="criterion-card">
      <div className="criterion-card__head">
        <Field
          className="criterion-card__name"
          label={`Name of criterion ${number}`}
          hint={index === 0 ? 'e.g. “Evidence”, “Reasoning”, “Organization”.' : undefined}
          value={criterion.name}
          maxLength={200}
          autoComplete="off"
          error={errorFor(`criteria.${index}.name`)}
          onChange={(event) =>
            dispatch({ type: 'criterionName', criterion: index, value: event.target.value })
          }
        />
        <Button
          variant="quiet"
          disabled={!canRemove}
          aria-label={`Remove criterion ${number} (${called})`}
          onClick={() => dispatch({ type: 'removeCriterion', criterion: index })}
        >
          Remove criterion
        </Button>
      </div>
      <div className="descriptor-grid">
        {levels.map((label, li) => {
          const id = `descriptor-${criterion.uid}-${li}`;
          const invalid = errorFor(`criteria.${index}.descriptors.${li + 1}`) !== null;
          return (
            <div key={li} className="descriptor-cell">
              <label htmlFor={id} className="descriptor-cell__label">
                <span className="level-number" aria-hidden="true">
                  {li + 1}
                </span>{' '}
                {label || `Level ${li + 1}`}
              </label>
              <textarea
                id={id}
                className="field__input"
                rows={3}
                aria-label={`Descriptor for ${called} at level ${li + 1} (${label || 'no label'})`}
                aria-invalid={invalid || undefined}
                value={criterion.descriptors[li] ?? ''}
                onChange={(event) =>
                  dispatch({
                    type: 'descriptor',
                    criterion: index,
                    level: li,
                    value: event.target.value,
                  })
                }
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
