// One line for every word on the page that a teacher may not know, and, folded away, how the
// figures are computed: the only place on the page that names methods and their authors.
const TERMS: readonly { term: string; meaning: string }[] = [
  {
    term: 'Comparative judgement',
    meaning:
      'Judges see two pieces of work side by side and choose the better one, many times over; all the choices together put the work in order.',
  },
  {
    term: 'Ability',
    meaning:
      'Where a sample sits on the scale, in logits: 0 is the average sample. Of two samples 1 apart, judges choose the higher one about 73 times in 100; 2 apart, about 88.',
  },
  {
    term: '95% interval',
    meaning:
      'The range a sample’s true place very likely lies in, given the judgements so far. More judgements make it narrower; samples whose intervals overlap could swap places.',
  },
  {
    term: 'Anchor',
    meaning:
      'A sample whose rubric level the team has agreed. Anchors show where each level sits on the scale.',
  },
  {
    term: 'Level band and estimated level',
    meaning:
      'Each boundary between two levels lies midway between the anchors of those levels. “Proficient, 82% sure” means the sample very likely (82 in 100) belongs in the Proficient band; “could be Emerging to Proficient” names the bands its 95% interval reaches.',
  },
  {
    term: 'Placed by the adjustment',
    meaning:
      'A sample that won (or lost) every comparison has no exact place by the usual estimate, only “above (or below) everything”; a small adjustment places it just beyond the others, so read its exact place loosely.',
  },
  {
    term: 'Split-half reliability',
    meaning:
      'How closely two halves of the judges agree on the order, the halves drawn at random many times. The verdict rests on this figure.',
  },
  {
    term: 'Scale separation reliability',
    meaning:
      'How much of the spread between samples is real rather than uncertainty; pairing close samples can make it look better than it is.',
  },
  {
    term: 'Infit and outfit',
    meaning:
      'How far a judge’s choices follow the team’s order: about 1 is in line, well above 1 means many surprising choices. Outfit is pulled up by a few very surprising ones; infit by a steady pattern.',
  },
  {
    term: 'Judges differently from the team',
    meaning:
      'The judge’s infit is above the line the judges’ own spread sets. A prompt to talk about the work together, not a mark against the judge.',
  },
  {
    term: 'Spearman’s rho',
    meaning:
      'How alike two orders of the same samples are: 1 the same order, 0 no likeness, −1 the reverse.',
  },
];

export function JudgingGlossary() {
  return (
    <section className="section results-glossary" aria-labelledby="judging-glossary-title">
      <h2 id="judging-glossary-title">What the words mean</h2>
      <dl className="glossary">
        {TERMS.map((t) => (
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
