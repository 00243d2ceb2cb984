// Holistic judgement beside the rubric: whether the two rank the work alike, and the samples on
// which they part most, which are the team's next discussion. Without rubric consensus on any of
// these samples, how to get it.
import { Link } from 'react-router';
import { Table } from '../../../ui/Table.js';
import type { CjReport, RubricLevel } from './judging-words.js';
import {
  rank,
  rubricReading,
  rubricScore,
  twoDecimals,
} from '../../../../src-main/domain/judging-words.js';

export function RubricComparison({
  rubric,
  rubricScored,
  levels,
}: {
  rubric: CjReport['rubric'];
  rubricScored: number;
  levels: readonly RubricLevel[];
}) {
  return (
    <section className="section" aria-labelledby="rubric-title">
      <h2 id="rubric-title">Beside the rubric</h2>
      {rubric ? (
        <Comparison rubric={rubric} levels={levels} />
      ) : (
        <div className="notice notice--info" role="note" aria-label="No rubric consensus yet">
          <p className="notice__title">
            {rubricScored === 0
              ? 'None of these samples has rubric consensus yet'
              : `Only ${rubricScored} of these samples ${rubricScored === 1 ? 'has' : 'have'} rubric consensus yet`}
          </p>
          <p>
            To see whether holistic judgement and the rubric rank the work alike, score some of
            these samples against the rubric in a rubric meeting and record the team’s consensus
            there. The comparison then appears here; it needs at least three samples with both.
          </p>
          <p>
            <Link to="/sessions/new">Plan a rubric meeting</Link>
          </p>
        </div>
      )}
    </section>
  );
}

function Comparison({
  rubric,
  levels,
}: {
  rubric: NonNullable<CjReport['rubric']>;
  levels: readonly RubricLevel[];
}) {
  const rho = rubric.spearman_rho;
  const reading = rubricReading(rho);
  return (
    <>
      <p className="results-reading__line">{reading.headline}</p>
      <p>
        <strong>
          Spearman’s rho:{' '}
          {rho.defined && rho.value !== null ? twoDecimals(rho.value) : 'not available'}.
        </strong>{' '}
        How alike the two orders are: 1 is the same order, 0 no likeness, −1 the reverse. Compared
        on the {rho.n_used} sample{rho.n_used === 1 ? '' : 's'} with rubric consensus.
      </p>
      <p>{reading.range}</p>
      <h3>The team’s next discussion</h3>
      {rubric.disagreements.length === 0 ? (
        <p>Judgement and the rubric put these samples in exactly the same order.</p>
      ) : (
        <>
          <p>
            The samples that judgement and the rubric place furthest apart. Each is worth a look
            together: what did the judges see that the rubric does not ask about, or the other way
            round? Ranks count from 1, the strongest, among the samples with both.
          </p>
          <Table
            caption="Where judgement and the rubric disagree most"
            columns={['Sample', 'Rank by judgement', 'Rank by rubric', 'Rubric consensus']}
          >
            <tbody>
              {rubric.disagreements.map((d) => (
                <tr key={d.sample}>
                  <th scope="row" className="mono">
                    {d.sample}
                  </th>
                  <td className="numeric">{rank(d.cj_rank)}</td>
                  <td className="numeric">{rank(d.rubric_rank)}</td>
                  <td>{rubricScore(d.rubric_score, levels)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </>
  );
}
