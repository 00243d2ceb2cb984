// The results charts of one round: score pairs per criterion, who leans which way, and the spread
// of each sample. Each chart has a name and its figures as a table.
import { useMemo } from 'react';
import type { MethodOutput } from '../../../src-main/api/contract.js';
import { confusionOption, foldPairs, pairTotals } from '../../charts/confusion.js';
import { EChart } from '../../charts/EChart.js';
import { formatLean, severityOption } from '../../charts/severity.js';
import { spreadOption } from '../../charts/spread.js';
import { Table } from '../../ui/Table.js';

type Results = MethodOutput<'results.session'>;
type Charts = MethodOutput<'results.charts'>;
type ChartRound = Charts['rounds'][number];

export function ResultsCharts({
  results,
  charts,
  round,
  raterName,
}: {
  results: Results;
  charts: Charts;
  round: number;
  raterName: (label: string) => string;
}) {
  // Stable arrays, so a chart redraws only when its own figures change.
  const levelNames = useMemo(
    () => results.levels.map((l) => `${l.value} ${l.label}`),
    [results.levels],
  );
  const criteria = useMemo(() => results.criteria.map((c) => c.name), [results.criteria]);
  const raterOrder = useMemo(() => results.raters.map((r) => r.label), [results.raters]);
  const data = charts.rounds.find((r) => r.round === round);
  if (!data) return <p>No scores of round {round} to draw.</p>;
  return (
    <>
      <section className="results-charts" aria-labelledby="pairs-title">
        <h3 id="pairs-title">Score pairs, per criterion</h3>
        <p>
          Each square counts the pairs of raters who gave one sample these two scores. Squares on
          the diagonal (thick border) are exact agreement; the further from it, the bigger the
          disagreement.
        </p>
        <div className="chart-grid">
          {criteria
            .filter((c) => data.pairConfusion[c] !== undefined)
            .map((criterion) => (
              <PairChart
                key={criterion}
                criterion={criterion}
                matrix={data.pairConfusion[criterion]!}
                levelNames={levelNames}
              />
            ))}
        </div>
      </section>
      <SeverityChart
        data={data}
        criteria={criteria}
        raterOrder={raterOrder}
        againstConsensus={charts.consensusCount > 0}
        raterName={raterName}
      />
      <SpreadChart data={data} criteria={criteria} />
    </>
  );
}

function PairChart({
  criterion,
  matrix,
  levelNames,
}: {
  criterion: string;
  matrix: number[][];
  levelNames: string[];
}) {
  const cells = useMemo(() => foldPairs(matrix), [matrix]);
  const option = useMemo(() => confusionOption(cells, levelNames), [cells, levelNames]);
  const totals = pairTotals(cells);
  const label =
    `Score pairs on ${criterion}: ${totals.same} of ${totals.pairs} rater pairs gave the same ` +
    `score; ${totals.farApart} were two or more levels apart.`;
  return (
    <div className="chart-card">
      <h4>{criterion}</h4>
      <EChart
        option={option}
        name={`score pairs on ${criterion}`}
        label={label}
        height={380}
        table={
          <Table
            caption={`Score pairs on ${criterion}`}
            columns={['Lower score', 'Higher score', 'Rater pairs']}
          >
            <tbody>
              {cells
                .filter((c) => c.pairs > 0)
                .map((c) => (
                  <tr key={`${c.lower}-${c.higher}`}>
                    <td>{levelNames[c.lower]}</td>
                    <td>{levelNames[c.higher]}</td>
                    <td>{c.pairs}</td>
                  </tr>
                ))}
            </tbody>
          </Table>
        }
      />
    </div>
  );
}

function SeverityChart({
  data,
  criteria,
  raterOrder,
  againstConsensus,
  raterName,
}: {
  data: ChartRound;
  criteria: string[];
  raterOrder: string[];
  againstConsensus: boolean;
  raterName: (label: string) => string;
}) {
  const grid = data.severity;
  // Raters in session order, criteria in rubric order (the engine sorts them by id).
  const severity = useMemo(() => {
    const rows = raterOrder.filter((r) => grid.raters.includes(r));
    const cols = criteria.filter((c) => grid.criteria.includes(c));
    const source = againstConsensus ? grid.vsConsensus : grid.vsOthers;
    const values = rows.map((r) => {
      const i = grid.raters.indexOf(r);
      return cols.map((c) => source[i]![grid.criteria.indexOf(c)]!);
    });
    return { raters: rows, criteria: cols, values };
  }, [grid, criteria, raterOrder, againstConsensus]);
  const option = useMemo(() => severityOption(severity, raterName), [severity, raterName]);
  const reference = againstConsensus ? 'the consensus' : 'the other raters';
  return (
    <section className="results-charts" aria-labelledby="severity-title">
      <h3 id="severity-title">Who leans which way</h3>
      <p>
        Each square is a rater’s average difference from {reference} on one criterion, in levels.
        Below zero (orange) = harsher; above zero (blue) = more lenient; near zero = in line.
      </p>
      <EChart
        option={option}
        name="who leans which way"
        label={`Heat map of each rater’s average difference from ${reference}, per criterion, in levels.`}
        height={120 + 64 * severity.raters.length}
        table={
          <Table
            caption={`Average difference from ${reference}, in levels`}
            columns={['Rater', ...severity.criteria]}
          >
            <tbody>
              {severity.raters.map((r, i) => (
                <tr key={r}>
                  <th scope="row">{raterName(r)}</th>
                  {severity.values[i]!.map((v, j) => (
                    <td key={severity.criteria[j]}>{formatLean(v)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
        }
      />
    </section>
  );
}

function SpreadChart({ data, criteria }: { data: ChartRound; criteria: string[] }) {
  const { samples, option } = useMemo(() => {
    const samples = [...new Set(data.spread.map((s) => s.sample))];
    const shown = criteria.filter((c) => data.spread.some((s) => s.criterion === c));
    return { samples, option: spreadOption(data.spread, samples, shown) };
  }, [data.spread, criteria]);
  return (
    <section className="results-charts" aria-labelledby="spread-title">
      <h3 id="spread-title">Spread per sample</h3>
      <p>
        How far apart the highest and the lowest score of each sample were, per criterion. Tall bars
        are the samples worth discussing first; 0 means everyone gave the same score.
      </p>
      <EChart
        option={option}
        name="spread per sample"
        label={`Bar chart of the distance between the highest and lowest score of each of ${samples.length} samples, per criterion.`}
        height={460}
        patterns
        table={
          <Table
            caption="Spread of the scores per sample"
            columns={['Sample', 'Criterion', 'Lowest', 'Highest', 'Distance']}
          >
            <tbody>
              {data.spread.map((s) => (
                <tr key={`${s.sample}-${s.criterion}`}>
                  <td>{s.sample}</td>
                  <td>{s.criterion}</td>
                  <td>{s.min}</td>
                  <td>{s.max}</td>
                  <td>{s.range}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        }
      />
    </section>
  );
}
