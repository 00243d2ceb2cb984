// The agreement figures of one criterion (or all together), one column per round, so round 1
// and round 2 sit side by side. Every number, interval and label is the engine's.
import { Table } from '../../ui/Table.js';
import type { CriterionReport, FigureDefinition } from './figures.js';
import { figuresFor, formatInterval, formatValue, labelOf } from './figures.js';

export function FiguresTable({
  title,
  rounds,
}: {
  title: string;
  rounds: { round: number; report: CriterionReport }[];
}) {
  // A figure shown in any round is shown in all, so the rows line up.
  const figures = unionOf(rounds.map((r) => figuresFor(r.report)));
  const counts = rounds.at(-1)!.report.counts;
  return (
    <section className="results-figures" aria-labelledby={`figures-${slug(title)}`}>
      <h3 id={`figures-${slug(title)}`}>{title}</h3>
      <p className="muted">
        {counts.n_samples_pairable} sample{counts.n_samples_pairable === 1 ? '' : 's'} scored by two
        or more of {counts.n_raters} raters · {counts.n_ratings} scores
      </p>
      <Table caption={`Agreement on ${title}`} captionHidden className="results-table">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {rounds.map((r) => (
              <th scope="col" key={r.round}>
                {rounds.length > 1 ? `Round ${r.round}` : 'Value, 95% interval and meaning'}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.key}>
              <th scope="row">{figure.name}</th>
              {rounds.map((r) => (
                <FigureCell key={r.round} figure={figure} report={r.report} />
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}

function FigureCell({ figure, report }: { figure: FigureDefinition; report: CriterionReport }) {
  const stat = figure.pick(report.statistics);
  const interval = formatInterval(stat, figure.kind);
  const label = labelOf(stat);
  return (
    <td className="figure">
      <strong className="figure__value">{formatValue(stat?.value, figure.kind)}</strong>
      <span className="figure__interval">
        {interval ? `95% interval: ${interval}` : 'no 95% interval for this figure'}
      </span>
      {label && <span className="figure__label">{label}</span>}
      {stat?.paradox && <span className="figure__paradox">{stat.paradox}</span>}
    </td>
  );
}

function unionOf(lists: FigureDefinition[][]): FigureDefinition[] {
  const seen = new Map<string, FigureDefinition>();
  for (const list of lists) for (const f of list) if (!seen.has(f.key)) seen.set(f.key, f);
  return [...seen.values()];
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
