// One line per figure, so no statistic on the screen goes unexplained.
import type { FigureDefinition } from './figures.js';

export function Glossary({ figures }: { figures: readonly FigureDefinition[] }) {
  return (
    <section className="results-glossary" aria-labelledby="glossary-title">
      <h2 id="glossary-title">What the figures mean</h2>
      <dl className="glossary">
        {figures.map((f) => (
          <div key={f.key}>
            <dt>{f.name}</dt>
            <dd>{f.explanation}</dd>
          </div>
        ))}
        <div>
          <dt>95% interval</dt>
          <dd>
            The range the true figure very likely lies in, given how few samples were scored; a wide
            range means the figure could easily change with more samples.
          </dd>
        </div>
      </dl>
    </section>
  );
}
