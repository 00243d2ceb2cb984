// How far the order can be trusted: the engine's verdict in plain words first, then the two
// reliability figures with what each means. The verdict rests on split-half reliability, because
// adaptive pairing makes scale separation reliability look better than it is (Bramley, 2015).
import type { CjReport } from './judging-words.js';
import { sentence } from '../../../../src-main/domain/judging-words.js';
import { figureAlone, figureWithRange } from './judging-words.js';

export function ReliabilityCard({ reliability }: { reliability: CjReport['reliability'] }) {
  const { split_half: splitHalf, scale_separation: separation, interpretation } = reliability;
  return (
    <section className="section results-reading" aria-labelledby="reliability-title">
      <h2 id="reliability-title">How far the order can be trusted</h2>
      <p className="results-reading__line">{sentence(interpretation)}</p>
      <dl className="own-results__figures">
        <div className="card">
          <dt>Split-half reliability</dt>
          <dd>
            <strong className="figure__value">{figureWithRange(splitHalf)}</strong>
            <span className="figure__label">
              How closely two halves of the judges agree on the order. The judges are split at
              random into two groups {splitHalf.splits > 1 ? `${splitHalf.splits} times` : ''}, and
              each group’s order is compared with the other’s: 1 is the same order, 0 no likeness.
              The range is where the middle 95% of the splits fall.
            </span>
          </dd>
        </div>
        <div className="card">
          <dt>Scale separation reliability</dt>
          <dd>
            <strong className="figure__value">{figureAlone(separation)}</strong>
            <span className="figure__label">
              How much of the spread between the samples is real rather than uncertainty in their
              places: 1 is all real. Pairing close samples, as this app does to save judgements, can
              make this figure look better than it is, so the verdict above rests on split-half
              reliability.
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
