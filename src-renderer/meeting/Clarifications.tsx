import type { FormEvent } from 'react';
import { useState } from 'react';
import type { RubricVersion } from '../../src-main/domain/rubric.js';
import { useMutation } from '../api/use-mutation.js';
import { useQuery } from '../api/use-query.js';
import { Button } from '../ui/Button.js';
import { QueryOrEmpty } from '../ui/QueryOrEmpty.js';
import { SelectField } from '../ui/SelectField.js';
import { TextAreaField } from '../ui/TextAreaField.js';

/** The rubric clarifications the team agreed on during the discussion. */
export function Clarifications({
  sessionId,
  rubric,
  canAdd,
}: {
  sessionId: string;
  rubric: RubricVersion;
  canAdd: boolean;
}) {
  const list = useQuery('clarifications.list', { sessionId });
  const add = useMutation('clarifications.add');
  const [text, setText] = useState('');
  const [criterionId, setCriterionId] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    const added = await add.run({ sessionId, text, criterionId: criterionId || null });
    if (added) setText('');
  };
  const nameOf = (id: string | null) =>
    id === null ? 'Whole rubric' : (rubric.criteria.find((c) => c.id === id)?.name ?? 'Criterion');
  return (
    <section className="section clarifications" aria-labelledby="clarifications-title">
      <h2 id="clarifications-title">Rubric clarifications</h2>
      <p className="muted">
        What the team agreed a descriptor means, so the next session reads it the same way.
      </p>
      <QueryOrEmpty
        query={list}
        what="clarifications"
        empty={<p className="muted">No clarifications yet.</p>}
      >
        {(items) => (
          <ul className="clarifications__list">
            {items.map((item) => (
              <li key={item.id}>
                <strong>{nameOf(item.criterionId)}:</strong> {item.text}
              </li>
            ))}
          </ul>
        )}
      </QueryOrEmpty>
      {canAdd && (
        <form className="form clarifications__form" onSubmit={(event) => void submit(event)}>
          <SelectField
            label="Criterion"
            value={criterionId}
            onChange={(event) => setCriterionId(event.target.value)}
            options={[
              { value: '', label: 'Whole rubric' },
              ...rubric.criteria.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
          <TextAreaField
            label="Clarification"
            rows={2}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <div className="form__actions">
            <Button
              type="submit"
              variant="primary"
              busy={add.pending}
              disabled={text.trim() === ''}
            >
              Add clarification
            </Button>
            {add.error && <span className="field__error">{add.error.message}</span>}
          </div>
        </form>
      )}
    </section>
  );
}
