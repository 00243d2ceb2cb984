// A rater's own results after reveal: how their scores compare with the consensus, the anchors
// and their colleagues, and where they lean. The api gives a rater only their own figures.
import type { MethodOutput } from '../../src-main/api/contract.js';
import { useQuery } from '../api/use-query.js';
import { QueryView } from '../ui/QueryView.js';
import { Table } from '../ui/Table.js';
import { percent } from '../../src-main/domain/percent.js';

type Own = MethodOutput<'results.mine'>;
type OwnRound = Own['rounds'][number];
type Figures = OwnRound['overall'];

export function RaterOwnResults({ sessionId }: { sessionId: string }) {
  const mine = useQuery('results.mine', { sessionId });
  return (
    <section className="section own-results" aria-labelledby="own-results-title">
      <h2 id="own-results-title">Your scores against the team</h2>
      <QueryView query={mine} what="your results">
        {(loaded) => {
          const round = loaded.rounds.at(-1);
          if (!round) return <p>Your results appear once the scores are revealed.</p>;
          return <OwnRoundView round={round} several={loaded.rounds.length > 1} />;
        }}
      </QueryView>
    </section>
  );
}

const pct = (v: number | null) => (v === null ? 'not available' : percent(v));

/** "0.25 levels lower", "in line" (within a hundredth). */
function leanWords(v: number | null, reference: string): string {
  if (v === null) return `no ${reference} to compare with`;
  const size = Math.abs(v).toFixed(2);
  if (size === '0.00') return `in line with ${reference} on average`;
  return `on average ${size} levels ${v < 0 ? 'lower (harsher)' : 'higher (more lenient)'} than ${reference}`;
}

function OwnRoundView({ round, several }: { round: OwnRound; several: boolean }) {
  const { overall } = round;
  return (
    <>
      {several && <p className="muted">Round {round.round}</p>}
      <p className="own-results__lean">{round.lean.message}</p>
      <dl className="own-results__figures">
        <Figure
          term="Same score as the consensus"
          value={pct(overall.consensus.exact)}
          detail={
            overall.consensus.n === 0
              ? 'No consensus recorded yet.'
              : `${overall.consensus.n} scores compared; ${pct(overall.consensus.withinOne)} within one level; ${leanWords(overall.consensus.severity, 'the consensus')}.`
          }
        />
        <Figure
          term="Same score as the anchors"
          value={pct(overall.anchors.exact)}
          detail={
            overall.anchors.n === 0
              ? 'No anchor sample (a sample with agreed reference scores) in this session.'
              : `${overall.anchors.n} scores compared with the anchors’ reference scores; ${pct(overall.anchors.withinOne)} within one level; ${leanWords(overall.anchors.severity, 'the reference')}.`
          }
        />
        <Figure
          term="Same score as a colleague"
          value={pct(overall.colleagues.exact)}
          detail={`${overall.colleagues.pairs} comparisons with colleagues who scored the same sample; ${pct(overall.colleagues.withinOne)} within one level.`}
        />
      </dl>
      <Table
        caption="Your agreement per criterion"
        columns={[
          'Criterion',
          'Same as consensus',
          'Within one of consensus',
          'Against the consensus',
          'Same as anchors',
          'Same as colleagues',
        ]}
      >
        <tbody>
          {round.criteria.map((c) => (
            <CriterionRow key={c.criterion} name={c.criterion} figures={c} />
          ))}
        </tbody>
      </Table>
    </>
  );
}

function Figure({ term, value, detail }: { term: string; value: string; detail: string }) {
  return (
    <div className="card">
      <dt>{term}</dt>
      <dd>
        <strong className="figure__value">{value}</strong>
        <span className="figure__label">{detail}</span>
      </dd>
    </div>
  );
}

function CriterionRow({ name, figures }: { name: string; figures: Figures }) {
  const lean = figures.consensus.severity;
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{pct(figures.consensus.exact)}</td>
      <td>{pct(figures.consensus.withinOne)}</td>
      <td>
        {lean === null
          ? 'not available'
          : Math.abs(lean).toFixed(2) === '0.00'
            ? 'in line'
            : `${Math.abs(lean).toFixed(2)} levels ${lean < 0 ? 'lower' : 'higher'}`}
      </td>
      <td>{pct(figures.anchors.exact)}</td>
      <td>{pct(figures.colleagues.exact)}</td>
    </tr>
  );
}
