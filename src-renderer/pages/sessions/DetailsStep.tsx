// The wizard's first step: what kind of session it is, what it is called, when it is held and
// who runs it.
import { useId } from 'react';
import { useQuery } from '../../api/use-query.js';
import { Field } from '../../ui/Field.js';
import { SessionKindChoice } from './judging/SessionKindChoice.js';
import type { FieldStepProps } from './new-session-draft.js';

export function DetailsStep({ draft, update, errors }: FieldStepProps) {
  return (
    <div className="form">
      <SessionKindChoice value={draft.kind} onChange={(kind) => update({ kind })} />
      <Field
        label="Title"
        hint="What the team will recognise, e.g. “Grade 7 argument writing, October”."
        value={draft.title}
        error={errors.title}
        onChange={(event) => update({ title: event.target.value })}
      />
      <Field
        label="Date"
        type="date"
        value={draft.heldOn}
        error={errors.heldOn}
        onChange={(event) => update({ heldOn: event.target.value })}
      />
      <FacilitatorField
        value={draft.facilitatorId}
        onChange={(facilitatorId) => update({ facilitatorId })}
      />
    </div>
  );
}

function FacilitatorField({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (facilitatorId: string | null) => void;
}) {
  const id = useId();
  const people = useQuery('people.list', {});
  const choices = (people.data ?? [])
    .filter((p) => !p.archived || p.id === value)
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        Facilitator
      </label>
      <p id={`${id}-hint`} className="field__hint">
        Who runs the meeting. The session report names them.
      </p>
      <select
        id={id}
        className="field__input"
        aria-describedby={`${id}-hint`}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">Not recorded</option>
        {choices.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
    </div>
  );
}
