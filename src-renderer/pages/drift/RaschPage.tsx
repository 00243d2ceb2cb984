// "Rasch (for coaches)" (route raters/rasch): the many-facet Rasch estimate over every revealed
// session of one rubric version — rater severity in logits with its standard error, fit, fair
// averages and the separation reliability — each with a line saying what it means.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryOrEmpty } from '../../ui/QueryOrEmpty.js';
import { QueryView } from '../../ui/QueryView.js';
import { Table } from '../../ui/Table.js';
import { numeric } from '../../ui/TableHead.js';
import type { Term } from '../../ui/TermList.js';
import { TermList } from '../../ui/TermList.js';
import { validVersion } from './DriftOverview.js';
import type { RaschResult } from './drift-words.js';
import { RASCH_EXPLAIN, signed } from './drift-words.js';
import type { VersionChoice } from './VersionPicker.js';
import { useChosenVersion, VersionPicker, versionQuery } from './VersionPicker.js';

const TITLE = 'Rasch measurement (for coaches)';

export function RaschPage() {
  const versions = useQuery('drift.versions', {});
  const [chosen, choose] = useChosenVersion();
  return (
    <>
      <PageHeader
        title={TITLE}
        before={<Link to={`/raters${versionQuery(chosen)}`}>← Raters</Link>}
        description="A many-facet Rasch model (rating scale model; facets: sample, rater, criterion) fitted to the blind scores of every revealed session on one rubric version. It places rater severity, sample quality and criterion difficulty on one scale, so a rater’s severity does not depend on which samples they happened to score."
      />
      <QueryOrEmpty
        query={versions}
        what="the rubric versions"
        empty={
          <EmptyState title="Nothing to estimate yet">
            <p>Once a session is revealed, the estimate appears here.</p>
          </EmptyState>
        }
      >
        {(list) => (
          <Estimate versions={list} chosen={validVersion(chosen, list)} onChoose={choose} />
        )}
      </QueryOrEmpty>
    </>
  );
}

function Estimate({
  versions,
  chosen,
  onChoose,
}: {
  versions: VersionChoice[];
  chosen: string | undefined;
  onChoose: (id: string) => void;
}) {
  const estimate = useQuery(
    'rasch.estimate',
    chosen === undefined ? {} : { rubricVersionId: chosen },
  );
  return (
    <QueryView query={estimate} what="the Rasch estimate">
      {({ rubricVersionId, result }) => (
        <>
          <VersionPicker versions={versions} value={rubricVersionId} onChange={onChoose} />
          <RaschTables result={result} versionId={rubricVersionId} />
        </>
      )}
    </QueryView>
  );
}

/** What each column of the raters' table means, above the table. */
const MEASURE_WORDS: readonly Term[] = [
  { term: 'Severity', value: RASCH_EXPLAIN.severity },
  { term: 'Standard error', value: RASCH_EXPLAIN.se },
  { term: 'Infit', value: RASCH_EXPLAIN.infit },
  { term: 'Outfit', value: RASCH_EXPLAIN.outfit },
  { term: 'Fair average', value: RASCH_EXPLAIN.fair },
];

type RaschElement = RaschResult['raters']['elements'][number];

interface Column {
  header: string;
  cell: (element: RaschElement) => ReactNode;
}

const twoPlaces = (v: number | null) => (v === null ? '—' : v.toFixed(2));

/** What every facet's table shows after its measure. */
const FIT_COLUMNS: readonly Column[] = [
  { header: 'Standard error', cell: (e) => e.se.toFixed(2) },
  { header: 'Infit', cell: (e) => twoPlaces(e.infit) },
  { header: 'Outfit', cell: (e) => twoPlaces(e.outfit) },
  { header: 'Fair average', cell: (e) => e.fairAverage.toFixed(2) },
];

const RATER_COLUMNS: readonly Column[] = [
  { header: 'Observed average', cell: (e) => twoPlaces(e.observedAverage) },
  { header: 'Scores', cell: (e) => e.totalCount },
];

/** One facet's elements, highest measure first: the harshest rater, the hardest criterion. */
function ElementTable({
  caption,
  facet,
  measure,
  elements,
  name,
  more = [],
}: {
  caption: string;
  /** The heading of the name column. */
  facet: string;
  /** The heading of the measure column, with its unit. */
  measure: string;
  elements: readonly RaschElement[];
  name: (id: string) => string;
  more?: readonly Column[];
}) {
  const columns = [...FIT_COLUMNS, ...more];
  return (
    <Table
      caption={caption}
      columns={[facet, numeric(measure), ...columns.map((c) => numeric(c.header))]}
    >
      <tbody>
        {[...elements]
          .sort((a, b) => b.measure - a.measure)
          .map((e) => (
            <tr key={e.id}>
              <th scope="row">{name(e.id)}</th>
              <td className="numeric">{signed(e.measure)}</td>
              {columns.map((c) => (
                <td key={c.header} className="numeric">
                  {c.cell(e)}
                </td>
              ))}
            </tr>
          ))}
      </tbody>
    </Table>
  );
}

function RaschTables({ result, versionId }: { result: RaschResult; versionId: string }) {
  const people = useQuery('people.list', {});
  const rubric = useQuery('rubrics.get', { versionId });
  const personName = new Map((people.data ?? []).map((p) => [p.id, p.name]));
  const criterionName = new Map((rubric.data?.criteria ?? []).map((c) => [c.id, c.name]));
  const r = result.raters;
  return (
    <>
      {!result.converged && (
        <p className="notice">
          The estimate did not settle within {result.iterations} rounds of calculation: read the
          figures as rough.
        </p>
      )}
      <section className="section" aria-labelledby="rasch-summary-title">
        <h2 id="rasch-summary-title">Do the raters differ?</h2>
        <TermList
          className="facts"
          terms={[
            { term: 'Rater separation reliability', value: r.reliability.toFixed(2) },
            { term: 'Rater separation', value: r.separation.toFixed(2) },
            { term: 'Scores used', value: `${result.nUsed} of ${result.nObservations}` },
          ]}
        />
        <p className="drift-meaning">{RASCH_EXPLAIN.reliability}</p>
        <p className="drift-meaning">
          Separation: the spread of the raters’ severities in units of their standard error; below 1
          the differences could be chance.
        </p>
      </section>

      <section className="section" aria-labelledby="rasch-raters-title">
        <h2 id="rasch-raters-title">Raters, harshest first</h2>
        <TermList className="drift-explain" terms={MEASURE_WORDS} />
        <ElementTable
          caption="Rater severity (Rasch)"
          facet="Rater"
          measure="Severity (logits)"
          elements={result.raters.elements}
          name={(id) => personName.get(id) ?? id}
          more={RATER_COLUMNS}
        />
      </section>

      <section className="section" aria-labelledby="rasch-criteria-title">
        <h2 id="rasch-criteria-title">Criteria, hardest first</h2>
        <p className="drift-meaning">
          Difficulty in logits: higher means the same work earns lower scores on this criterion.
        </p>
        <ElementTable
          caption="Criterion difficulty (Rasch)"
          facet="Criterion"
          measure="Difficulty (logits)"
          elements={result.criteria.elements}
          name={(id) => criterionName.get(id) ?? id}
        />
      </section>
    </>
  );
}
