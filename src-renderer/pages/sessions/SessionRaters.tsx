import type { SessionRater } from '../../../src-main/domain/session.js';
import { Table } from '../../ui/Table.js';

/** Aliases are what team views show when names are hidden; the owner sees both. */
export function SessionRaters({ raters }: { raters: SessionRater[] }) {
  return (
    <section className="section" aria-labelledby="session-raters-title">
      <h2 id="session-raters-title">Raters</h2>
      <p className="muted">
        Shared screens show the alias (R1, R2, …) so nobody is singled out by name.
      </p>
      <Table caption="Raters in this session" captionHidden>
        <thead>
          <tr>
            <th scope="col">Alias</th>
            <th scope="col">Name</th>
          </tr>
        </thead>
        <tbody>
          {raters.map((rater) => (
            <tr key={rater.personId}>
              <th scope="row">{rater.alias}</th>
              <td>{rater.name}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
