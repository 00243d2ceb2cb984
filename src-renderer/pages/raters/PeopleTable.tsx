import type { Person } from '../../../src-main/domain/people.js';
import { ROLE_WORDS } from '../../lib/words.js';
import { Badge } from '../../ui/Badge.js';
import { Table } from '../../ui/Table.js';

export function PeopleTable({ people }: { people: Person[] }) {
  return (
    <Table caption="People" captionHidden columns={['Name', 'Roles']}>
      <tbody>
        {people.map((person) => (
          <tr key={person.id}>
            <th scope="row">
              {person.name}
              {person.archived && (
                <>
                  {' '}
                  <Badge>Archived</Badge>
                </>
              )}
            </th>
            <td>{person.roles.map((role) => ROLE_WORDS[role]).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
