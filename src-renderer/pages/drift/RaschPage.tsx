// "Rasch (for coaches)" (route raters/rasch): the many-facet Rasch estimate over every revealed
// session of one rubric version — rater severity in logits with its standard error, fit, fair
// averages and the separation reliability — each with a line saying what it means.
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';
import { Table } from '../../ui/Table.js';
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
      <QueryView query={versions} what="the rubric versions">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="Nothing to estimate yet">
              <p>Once a session is revealed, the estimate appears here.</p>
            </EmptyState>
          ) : (
            <Estimate versions={list} chosen={validVersion(chosen, list)} onChoose={choose} />
          )
        }
      </QueryView>
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

const fit = (v: number | null) => (v === null ? '—' : v.toFixed(2));

function RaschTables({ result, versionId }: { result: RaschResult; versionId: string }) {
  const people = useQuery('people.list', {});
  const rubric = useQuery('rubrics.get', { versionId });
  const personName = new Map((people.data ?? []).map((p) => [p.id, p.name]));
  const criterionName = new Map((rubric.data?.criteria ?? []).map((c) => [c.id, c.name]));
  const raters = [...result.raters.elements].sort((a, b) => b.measure - a.measure);
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
        <dl className="facts">
          <div>
            <dt>Rater separation reliability</dt>
            <dd>{r.reliability.toFixed(2)}</dd>
          </div>
          <div>
            <dt>Rater separation</dt>
            <dd>{r.separation.toFixed(2)}</dd>
          </div>
          <div>
            <dt>Scores used</dt>
            <dd>
              {result.nUsed} of {result.nObservations}
            </dd>
          </div>
        </dl>
        <p className="drift-meaning">{RASCH_EXPLAIN.reliability}</p>
        <p className="drift-meaning">
          Separation: the spread of the raters’ severities in units of their standard error; below 1
          the differences could be chance.
        </p>
      </section>

      <section className="section" aria-labelledby="rasch-raters-title">
        <h2 id="rasch-raters-title">Raters, harshest first</h2>
        <dl className="drift-explain">
          <div>
            <dt>Severity</dt>
            <dd>{RASCH_EXPLAIN.severity}</dd>
          </div>
          <div>
            <dt>Standard error</dt>
            <dd>{RASCH_EXPLAIN.se}</dd>
          </div>
          <div>
            <dt>Infit</dt>
            <dd>{RASCH_EXPLAIN.infit}</dd>
          </div>
          <div>
            <dt>Outfit</dt>
            <dd>{RASCH_EXPLAIN.outfit}</dd>
          </div>
          <div>
            <dt>Fair average</dt>
            <dd>{RASCH_EXPLAIN.fair}</dd>
          </div>
        </dl>
        <Table caption="Rater severity (Rasch)">
          <thead>
            <tr>
              <th scope="col">Rater</th>
              <th scope="col" className="numeric">
                Severity (logits)
              </th>
              <th scope="col" className="numeric">
                Standard error
              </th>
              <th scope="col" className="numeric">
                Infit
              </th>
              <th scope="col" className="numeric">
                Outfit
              </th>
              <th scope="col" className="numeric">
                Fair average
              </th>
              <th scope="col" className="numeric">
                Observed average
              </th>
              <th scope="col" className="numeric">
                Scores
              </th>
            </tr>
          </thead>
          <tbody>
            {raters.map((e) => (
              <tr key={e.id}>
                <th scope="row">{personName.get(e.id) ?? e.id}</th>
                <td className="numeric">{signed(e.measure)}</td>
                <td className="numeric">{e.se.toFixed(2)}</td>
                <td className="numeric">{fit(e.infit)}</td>
                <td className="numeric">{fit(e.outfit)}</td>
                <td className="numeric">{e.fairAverage.toFixed(2)}</td>
                <td className="numeric">
                  {e.observedAverage === null ? '—' : e.observedAverage.toFixed(2)}
                </td>
                <td className="numeric">{e.totalCount}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>

      <section className="section" aria-labelledby="rasch-criteria-title">
        <h2 id="rasch-criteria-title">Criteria, hardest first</h2>
        <p className="drift-meaning">
          Difficulty in logits: higher means the same work earns lower scores on this criterion.
        </p>
        <Table caption="Criterion difficulty (Rasch)">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col" className="numeric">
                Difficulty (logits)
              </th>
              <th scope="col" className="numeric">
                Standard error
              </th>
              <th scope="col" className="numeric">
                Infit
              </th>
              <th scope="col" className="numeric">
                Outfit
              </th>
              <th scope="col" className="numeric">
                Fair average
              </th>
            </tr>
          </thead>
          <tbody>
            {[...result.criteria.elements]
              .sort((a, b) => b.measure - a.measure)
              .map((e) => (
                <tr key={e.id}>
                  <th scope="row">{criterionName.get(e.id) ?? e.id}</th>
                  <td className="numeric">{signed(e.measure)}</td>
                  <td className="numeric">{e.se.toFixed(2)}</td>
                  <td className="numeric">{fit(e.infit)}</td>
                  <td className="numeric">{fit(e.outfit)}</td>
                  <td className="numeric">{e.fairAverage.toFixed(2)}</td>
                </tr>
              ))}
          </tbody>
        </Table>
      </section>
    </>
  );
}
