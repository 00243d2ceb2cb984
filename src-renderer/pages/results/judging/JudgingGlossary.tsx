// One line for every word on the page that a teacher may not know, and, folded away, how the
// figures are computed: the only place on the page that names methods and their authors. The
// words are the printed report's too (src-main/domain/judging-words.ts).
import { JUDGING_TERMS } from '../../../../src-main/domain/judging-words.js';

export function JudgingGlossary() {
  return (
    <section className="section results-glossary" aria-labelledby="judging-glossary-title">
      <h2 id="judging-glossary-title">What the words mean</h2>
      <dl className="glossary">
        {JUDGING_TERMS.map((t) => (
          <div key={t.term}>
            <dt>{t.term}</dt>
            <dd>{t.meaning}</dd>
          </div>
        ))}
      </dl>
      <details className="results-method">
        <summary>How is this computed?</summary>
        <p>
          The scale is a Bradley–Terry model (Bradley &amp; Terry, 1952) fitted to every choice by
          maximum likelihood, as Pollitt (2012) set out for adaptive comparative judgement: each
          sample’s ability is centred so that the average sample is 0, with a standard error; the
          95% interval is the ability plus or minus 1.96 standard errors. A sample that won or lost
          every comparison is placed by an adjustment of the data, since its plain estimate is
          infinite.
        </p>
        <p>
          Split-half reliability splits the judges at random into two halves many times, fits a
          scale to each half, correlates the two and corrects for the halved number of judges
          (Spearman–Brown); the figure is the median over the splits, the range the middle 95% of
          them. Scale separation reliability is the share of the abilities’ variance that is not
          error variance; Bramley (2015) showed that adaptive pairing inflates it, so the verdict
          does not rest on it.
        </p>
        <p>
          A judge’s infit and outfit are the information-weighted and unweighted mean squares of
          their choices’ standardised residuals; a judge is flagged above the judges’ mean infit
          plus two standard deviations. Level boundaries lie midway between the mean abilities of
          the anchors of adjacent levels; how sure a level is comes from taking the ability as
          normally distributed with its standard error. Spearman’s rho compares the abilities with
          the rubric consensus, with a 95% interval by Fisher’s z and the standard error of Bonett
          &amp; Wright (2000).
        </p>
      </details>
    </section>
  );
}
