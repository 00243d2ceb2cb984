// The wizard's people: the raters of a meeting or the judges of a comparative judgement session,
// chosen from the workspace's raters, with a way to add someone new.
import { useState } from 'react';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { Button } from '../../ui/Button.js';
import { Field } from '../../ui/Field.js';
import { QueryView } from '../../ui/QueryView.js';
import type { StepProps } from './new-session-draft.js';

export function PeopleStep({ draft, update }: StepProps) {
  const people = useQuery('people.list', {});
  const create = useMutation('people.create');
  const [name, setName] = useState('');
  const judging = draft.kind === 'judgement';
  const noun = judging ? 'judge' : 'rater';
  const raters = (people.data ?? []).filter((p) => !p.archived && p.roles.includes('rater'));
  const toggle = (id: string, on: boolean) =>
    update({ raterIds: on ? [...draft.raterIds, id] : draft.raterIds.filter((r) => r !== id) });
  const add = async () => {
    if (name.trim() === '') return;
    const person = await create.run({ name, roles: ['rater'] });
    if (person) {
      update({ raterIds: [...draft.raterIds, person.id] });
      setName('');
    }
  };
  return (
    <QueryView query={people} what="people">
      {() => (
        <>
          <fieldset className="fieldset">
            <legend>
              {judging ? 'Judges' : 'Raters'} ({draft.raterIds.length} chosen)
            </legend>
            {judging && (
              <p className="muted">
                Each judge works alone, on their own device or in turn on yours, and sees only their
                own pairs.
              </p>
            )}
            {raters.map((p) => (
              <label key={p.id} className="check">
                <input
                  type="checkbox"
                  checked={draft.raterIds.includes(p.id)}
                  onChange={(event) => toggle(p.id, event.target.checked)}
                />
                <span>{p.name}</span>
              </label>
            ))}
          </fieldset>
          <form
            className="form inline-add"
            onSubmit={(event) => {
              event.preventDefault();
              void add();
            }}
          >
            <Field
              label={`New ${noun}’s name`}
              hint={`Someone not on the people list yet; they are added as a rater${judging ? ' and chosen as a judge' : ''}.`}
              value={name}
              onChange={(event) => setName(event.target.value)}
              error={create.error?.message}
            />
            <div className="form__actions">
              <Button type="submit" busy={create.pending} disabled={name.trim() === ''}>
                Add a {noun}
              </Button>
            </div>
          </form>
        </>
      )}
    </QueryView>
  );
}
