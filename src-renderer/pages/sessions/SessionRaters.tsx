import type { SessionRater } from '../../../src-main/domain/session.js';
import { Table } from '../../ui/Table.js';

/** Aliases are what team views show when names are hidden; the owner sees both. */
export function SessionRaters({
  raters,
  noun = 'rater',
}: {
  raters: SessionRater[];
  /** What the session calls them: raters of a meeting, judges of a judgement session. */
  noun?: 'rater' | 'judge';
}) {
  const plural = noun === 'judge' ? 'Judges' : 'Raters';
  return (
    <section className="section" aria-labelledby="session-raters-title">
      <h2 id="session-raters-title">{plural}</h2>
      <p className="muted">
        Shared screens show the alias (R1, R2, …) so nobody is singled out by name.
      </p>
      <Table caption={`${plural} in this session`} captionHidden columns={['Alias', 'Name']}>
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
