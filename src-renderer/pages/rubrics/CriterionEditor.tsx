import type { Dispatch } from 'react';
import type { Competency } from '../../../src-main/domain/competency.js';
import { Button } from '../../ui/Button.js';
import { Field } from '../../ui/Field.js';
import { SelectField } from '../../ui/SelectField.js';
import type { CriterionRow, RubricFormAction } from './rubric-form.js';

export function CriterionEditor({
  index,
  count,
  criterion,
  levels,
  firstValue = 1,
  competencies,
  canRemove,
  dispatch,
  errorFor,
}: {
  index: number;
  /** How many criteria there are, for the move buttons. */
  count: number;
  criterion: CriterionRow;
  levels: string[];
  firstValue?: number;
  /** When given, each criterion can be tied to one of these competencies. */
  competencies?: Competency[];
  canRemove: boolean;
  dispatch: Dispatch<RubricFormAction>;
  errorFor: (field: string) => string | null;
}) {
  const number = index + 1;
  const called = criterion.name.trim() || `criterion ${number}`;
  const competencyId = `competency-${criterion.uid}`;
  const shownCompetencies = (competencies ?? []).filter(
    (c) => !c.archived || c.id === criterion.competencyId,
  );
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
        {competencies && (
          <SelectField
            label={`Competency of criterion ${number}`}
            className="criterion-card__competency"
            id={competencyId}
            value={criterion.competencyId ?? ''}
            onChange={(event) =>
              dispatch({
                type: 'criterionCompetency',
                criterion: index,
                value: event.target.value === '' ? null : event.target.value,
              })
            }
            options={[
              { value: '', label: 'No competency' },
              ...shownCompetencies.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
        )}
        <div className="criterion-card__actions">
          <Button
            variant="quiet"
            disabled={index === 0}
            aria-label={`Move up: criterion ${number} (${called})`}
            onClick={() => dispatch({ type: 'moveCriterion', criterion: index, by: -1 })}
          >
            Move up
          </Button>
          <Button
            variant="quiet"
            disabled={index === count - 1}
            aria-label={`Move down: criterion ${number} (${called})`}
            onClick={() => dispatch({ type: 'moveCriterion', criterion: index, by: 1 })}
          >
            Move down
          </Button>
          <Button
            variant="quiet"
            aria-label={`Duplicate criterion ${number} (${called})`}
            onClick={() => dispatch({ type: 'duplicateCriterion', criterion: index })}
          >
            Duplicate
          </Button>
          <Button
            variant="quiet"
            disabled={!canRemove}
            aria-label={`Remove criterion ${number} (${called})`}
            onClick={() => dispatch({ type: 'removeCriterion', criterion: index })}
          >
            Remove criterion
          </Button>
        </div>
      </div>
      <div className="descriptor-grid">
        {levels.map((label, li) => {
          const id = `descriptor-${criterion.uid}-${li}`;
          const value = firstValue + li;
          const invalid = errorFor(`criteria.${index}.descriptors.${value}`) !== null;
          return (
            <div key={li} className="descriptor-cell">
              <label htmlFor={id} className="descriptor-cell__label">
                <span className="level-number" aria-hidden="true">
                  {value}
                </span>{' '}
                {label || `Level ${value}`}
              </label>
              <textarea
                id={id}
                className="field__input"
                rows={3}
                aria-label={`Descriptor for ${called} at level ${value} (${label || 'no label'})`}
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
