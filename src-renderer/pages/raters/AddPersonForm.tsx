import type { FormEvent } from 'react';
import { useState } from 'react';
import type { PersonRole } from '../../../src-main/domain/people.js';
import { PERSON_ROLES } from '../../../src-main/domain/people.js';
import { useMutation } from '../../api/use-mutation.js';
import { ROLE_EXPLANATIONS, ROLE_WORDS } from '../../lib/words.js';
import { useStatus } from '../../state/status-store.js';
import { Button } from '../../ui/Button.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { Field } from '../../ui/Field.js';

export function AddPersonForm() {
  const create = useMutation('people.create');
  const announce = useStatus((state) => state.announce);
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<PersonRole[]>(['rater']);
  const [problem, setProblem] = useState<string | null>(null);

  const toggle = (role: PersonRole, on: boolean) =>
    setRoles((current) =>
      on
        ? PERSON_ROLES.filter((r) => r === role || current.includes(r))
        : current.filter((r) => r !== role),
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setProblem('Type the person’s name.');
    if (roles.length === 0) return setProblem('Choose at least one role.');
    setProblem(null);
    const person = await create.run({ name: name.trim(), roles });
    if (person) {
      announce(`${person.name} was added.`, 'success');
      setName('');
      setRoles(['rater']);
    }
  };

  return (
    <section className="section card" aria-labelledby="add-person-title">
      <h2 id="add-person-title">Add person</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <Field
          label="Name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="off"
          maxLength={200}
        />
        <fieldset className="fieldset">
          <legend>Roles</legend>
          {PERSON_ROLES.map((role) => (
            <label key={role} className="check">
              <input
                type="checkbox"
                checked={roles.includes(role)}
                onChange={(event) => toggle(role, event.target.checked)}
              />
              <span>
                <strong>{ROLE_WORDS[role]}</strong>
                <span className="check__hint"> — {ROLE_EXPLANATIONS[role]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {(problem ?? create.error) && (
          <ErrorNotice
            title="The person was not added"
            message={problem ?? create.error?.message ?? ''}
          />
        )}
        <Button type="submit" variant="primary" busy={create.pending}>
          {create.pending ? 'Adding…' : 'Add person'}
        </Button>
      </form>
    </section>
  );
}
