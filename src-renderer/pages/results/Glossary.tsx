// One line per figure, so no statistic on the screen goes unexplained, and, folded away, how the
// figures are computed: the only place on the screen that names methods and their authors.
import type { FigureDefinition, Scheme } from './figures.js';
import { figureExplanation, figureName } from './figures.js';

export function Glossary({
  figures,
  scheme,
}: {
  figures: readonly FigureDefinition[];
  scheme: Scheme;
}) {
  const { reliable, tentative } = scheme.bands;
  return (
    <section className="results-glossary" aria-labelledby="glossary-title">
      <h2 id="glossary-title">What the figures mean</h2>
      <dl className="glossary">
        <div>
          <dt>Verdict</dt>
          <dd>
            One per criterion, from Krippendorff’s alpha: Reliable from {reliable}; Tentative, good
            for tentative conclusions only, from {tentative} up to {reliable}; Not reliable yet
            below {tentative}. The other figures are details, without a verdict of their own.
          </dd>
        </div>
        {figures.map((f) => (
          <div key={f.key}>
            <dt>{figureName(f, scheme)}</dt>
            <dd>{figureExplanation(f, scheme)}</dd>
          </div>
        ))}
        <div>
          <dt>95% interval</dt>
          <dd>
            The range the true figure very likely lies in, given how few samples were scored; a wide
            range means the figure could easily change with more samples. Shown when the figure
            rests on at least {scheme.rangeMinSamples} samples. Where the formula for a range gives
            one the figure cannot have, no range is shown and the reason is written instead.
          </dd>
        </div>
      </dl>
      <details className="results-method">
        <summary>How is this computed?</summary>
        <p>
          Every figure is computed from this session’s ratings, exactly as they stand in the
          session’s exported ratings. The verdict uses Krippendorff’s alpha with the ordinal metric,
          which treats the levels as ordered so that a near miss counts as partly right, and
          Krippendorff’s (2004) bands: {reliable} and {tentative}. The verdict follows the unrounded
          alpha; where rounding would carry the value shown into the next band, it is written with
          one more decimal, never rounded up into it (0.7996 is shown as 0.799, not 0.80).
        </p>
        <p>
          Weighted kappa (Cohen’s, with quadratic weights, averaged over pairs of raters), Gwet’s
          AC1 and AC2 (Gwet, 2014) and the ICC each have published bands of their own (Landis &amp;
          Koch, 1977, for kappa; Koo &amp; Li, 2016, for the ICC) that would read differently from
          alpha’s, so they are shown as figures only.
        </p>
        <p>
          The ICC shown is the two-way, absolute-agreement, single-rater form: ICC(A,1) in McGraw
          &amp; Wong (1996), ICC(2,1) in Shrout &amp; Fleiss (1979). It is computed on the samples
          every rater scored, with its F-based 95% interval. The other intervals come from
          resampling the samples many times (percentile bootstrap).
        </p>
      </details>
    </section>
  );
}
