// What importing a package did: what was added, what was already here, and the scores that were
// not applied because this workspace holds a different one (a conflict: yours stays).
import { Link } from 'react-router';
import { plural } from '../../lib/words.js';
import { Table } from '../../ui/Table.js';
import { numeric } from '../../ui/TableHead.js';
import { TermList } from '../../ui/TermList.js';
import type { ImportReport } from './ImportPackage.js';

type Counts = ImportReport['created'];

function countWords(counts: Counts): string[] {
  return [
    counts.sessions > 0 ? plural(counts.sessions, 'session') : null,
    counts.rubricVersions > 0 ? plural(counts.rubricVersions, 'rubric version') : null,
    counts.samples > 0 ? plural(counts.samples, 'sample') : null,
    counts.people > 0 ? plural(counts.people, 'person', 'people') : null,
  ].filter((word): word is string => word !== null);
}

export function ImportReportView({ fileName, report }: { fileName: string; report: ImportReport }) {
  const created = countWords(report.created);
  const matched = countWords(report.matched);
  // A judgement session's package brings judgements, a meeting's brings scores.
  const noun = report.judgements ? 'judgement' : 'score';
  const intoSession = [
    report.addedToSession.raters > 0 ? plural(report.addedToSession.raters, 'rater') : null,
    report.addedToSession.samples > 0 ? plural(report.addedToSession.samples, 'sample') : null,
  ].filter((word): word is string => word !== null);
  const nothingNew = created.length === 0 && intoSession.length === 0 && report.scoresAdded === 0;

  return (
    <div className="import-report" role="region" aria-label="Import report">
      <h3>
        {nothingNew
          ? `Nothing new in ${fileName}: everything in it is already in this workspace.`
          : `Imported ${fileName} into “${report.title}”.`}
      </h3>
      <TermList
        className="facts"
        terms={[
          { term: 'Added', value: created.length > 0 ? created.join(', ') : 'nothing' },
          intoSession.length > 0 && { term: 'Added to the session', value: intoSession.join(', ') },
          { term: 'Scores added', value: report.scoresAdded },
          !!report.judgements && { term: 'Judgements added', value: report.judgements.added },
          {
            term: 'Already here (skipped)',
            value:
              [
                ...matched,
                report.scoresUnchanged > 0 ? plural(report.scoresUnchanged, 'score') : null,
                report.judgements && report.judgements.unchanged > 0
                  ? plural(report.judgements.unchanged, 'judgement')
                  : null,
              ]
                .filter(Boolean)
                .join(', ') || 'nothing',
          },
          {
            term: 'Conflicts',
            value:
              report.conflicts.length === 0
                ? 'none'
                : report.conflicts.length === 1
                  ? `1 ${noun} differs from yours; yours was kept`
                  : `${report.conflicts.length} ${noun}s differ from yours; yours were kept`,
          },
        ]}
      />
      {report.recoded.length > 0 && (
        <p>
          Sample codes already used here were given new codes:{' '}
          {report.recoded.map((r) => `${r.from} → ${r.to}`).join(', ')}.
        </p>
      )}
      {report.conflicts.length > 0 && (
        <Table
          caption={`${noun === 'score' ? 'Scores' : 'Judgements'} not applied: this workspace holds a different one`}
          columns={[
            'Round',
            'Sample',
            'Rater',
            'Criterion',
            numeric('Yours (kept)'),
            numeric('In the package'),
            'Why',
          ]}
        >
          <tbody>
            {report.conflicts.map((c) => (
              <tr key={`${c.round}/${c.sample}/${c.rater}/${c.criterion}`}>
                <td>{c.round}</td>
                <th scope="row" className="mono">
                  {c.sample}
                </th>
                <td>{c.rater}</td>
                <td>{c.criterion}</td>
                {c.what === 'judgement' ? (
                  <>
                    <td className="numeric">chose {c.chosenHere ?? 'nothing yet'}</td>
                    <td className="numeric">chose {c.chosenInPackage}</td>
                  </>
                ) : (
                  <>
                    <td className="numeric">{c.existing ?? 'not scored'}</td>
                    <td className="numeric">{c.incoming ?? 'not scored'}</td>
                  </>
                )}
                <td>{c.reason}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <p>
        <Link to={`/sessions/${encodeURIComponent(report.sessionId)}`}>Open the session</Link>
      </p>
    </div>
  );
}
