// One line for every word on the page that a teacher may not know, and, folded away, how the
// figures are computed: the only place on the page that names methods and their authors. The
// words and the method are the printed report's too (src-main/domain/judging-words.ts).
import { JUDGING_TERMS, methodParagraphs } from '../../../../src-main/domain/judging-words.js';

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
        {methodParagraphs().map((text) => (
          <p key={text}>{text}</p>
        ))}
      </details>
    </section>
  );
}
