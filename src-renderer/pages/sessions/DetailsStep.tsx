// The wizard's first step: what kind of session it is, what it is called, when it is held and
// who runs it.
import { useQuery } from '../../api/use-query.js';
import { Field } from '../../ui/Field.js';
import { SelectField } from '../../ui/SelectField.js';
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
  const people = useQuery('people.list', {});
  const choices = (people.data ?? [])
    .filter((p) => !p.archived || p.id === value)
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <SelectField
      label="Facilitator"
      hint="Who runs the meeting. The session report names them."
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      options={[
        { value: '', label: 'Not recorded' },
        ...choices.map((person) => ({ value: person.id, label: person.name })),
      ]}
    />
  );
}
