// The agreement of one criterion (or all together): its one verdict, then the figures, one column
// per round so round 1 and round 2 sit side by side. The verdict's figure and the agreement shares
// come first; the other coefficients follow as details, figures only. Every number, interval and
// verdict is the engine's.
import { Table } from '../../ui/Table.js';
import type { CriterionReport, FigureDefinition, Scheme, Verdict } from './figures.js';
import { figureName, figuresFor, formatInterval, formatValue, labelOf } from './figures.js';

export interface RoundFigures {
  round: number;
  report: CriterionReport;
  verdict: Verdict;
}

export function FiguresTable({
  title,
  rounds,
  scheme,
}: {
  title: string;
  rounds: RoundFigures[];
  scheme: Scheme;
}) {
  // A figure shown in any round is shown in all, so the rows line up.
  const figures = unionOf(rounds.map((r) => figuresFor(r.report)));
  const main = figures.filter((f) => f.role === 'main');
  const details = figures.filter((f) => f.role === 'detail');
  const counts = rounds.at(-1)!.report.counts;
  const several = rounds.length > 1;
  const id = `figures-${slug(title)}`;
  return (
    <section className="results-figures" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul className="verdicts" aria-label={`Verdict on ${title}`}>
        {rounds.map((r) => (
          <li key={r.round} className={`verdict verdict--${r.verdict.level}`}>
            {several && <span className="verdict__round">Round {r.round}: </span>}
            <strong className="verdict__label">{r.verdict.label}</strong>{' '}
            <span className="verdict__meaning">{r.verdict.meaning}</span>
          </li>
        ))}
      </ul>
      <p className="muted">
        {counts.n_samples_pairable} sample{counts.n_samples_pairable === 1 ? '' : 's'} scored by two
        or more of {counts.n_raters} raters · {counts.n_ratings} scores
      </p>
      <Table
        caption={`Agreement on ${title}`}
        captionHidden
        className="results-table"
        columns={[
          'Figure',
          ...rounds.map((r) => (several ? `Round ${r.round}` : 'Value and 95% interval')),
        ]}
      >
        <tbody>
          {main.map((figure) => (
            <FigureRow key={figure.key} figure={figure} rounds={rounds} scheme={scheme} />
          ))}
        </tbody>
        {details.length > 0 && (
          <tbody className="results-table__details">
            <tr>
              <th scope="rowgroup" colSpan={rounds.length + 1}>
                Details: other agreement figures, without a verdict of their own
              </th>
            </tr>
            {details.map((figure) => (
              <FigureRow key={figure.key} figure={figure} rounds={rounds} scheme={scheme} />
            ))}
          </tbody>
        )}
      </Table>
    </section>
  );
}

function FigureRow({
  figure,
  rounds,
  scheme,
}: {
  figure: FigureDefinition;
  rounds: RoundFigures[];
  scheme: Scheme;
}) {
  return (
    <tr>
      <th scope="row">{figureName(figure, scheme)}</th>
      {rounds.map((r) => (
        <FigureCell key={r.round} figure={figure} round={r} scheme={scheme} />
      ))}
    </tr>
  );
}

function FigureCell({
  figure,
  round,
  scheme,
}: {
  figure: FigureDefinition;
  round: RoundFigures;
  scheme: Scheme;
}) {
  const stat = figure.pick(round.report.statistics, scheme);
  // The verdict's figure is written as the verdict writes it, so the two never disagree.
  const value =
    figure.key === 'alpha' && round.verdict.value !== null
      ? round.verdict.value
      : formatValue(stat?.value, figure.kind);
  const interval = formatInterval(stat, figure.kind, figure.samples(round.report, scheme), scheme);
  const label = labelOf(stat, figure);
  return (
    <td className="figure">
      <strong className="figure__value">{value}</strong>
      {interval && <span className="figure__interval">{interval}</span>}
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
