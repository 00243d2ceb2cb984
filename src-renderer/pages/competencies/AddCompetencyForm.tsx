import { useState } from 'react';
import { useMutation } from '../../api/use-mutation.js';
import { useStatus } from '../../state/status-store.js';
import { Button } from '../../ui/Button.js';
import { Field } from '../../ui/Field.js';

export function AddCompetencyForm() {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const create = useMutation('competencies.create');
  const announce = useStatus((state) => state.announce);
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void (async () => {
          const created = await create.run({ name: name.trim(), description: description.trim() });
          if (!created) return;
          announce(`Added the competency “${created.name}”.`, 'success');
          setName('');
          setDescription('');
        })();
      }}
    >
      <Field
        label="New competency"
        hint="e.g. “Communication”, “Scientific inquiry”."
        value={name}
        maxLength={200}
        autoComplete="off"
        error={create.error?.message}
        onChange={(event) => setName(event.target.value)}
      />
      <Field
        label="Its description (optional)"
        value={description}
        maxLength={4000}
        autoComplete="off"
        onChange={(event) => setDescription(event.target.value)}
      />
      <Button type="submit" busy={create.pending} disabled={name.trim() === ''}>
        Add competency
      </Button>
    </form>
  );
}
