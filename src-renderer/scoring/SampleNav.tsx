// The numbered list of a rater's samples, each marked scored or not: in the meeting and in a
// qualification check alike.

/** Jumps to a sample; the current one is marked as the step the rater is on. */
export function SampleNav({
  samples,
  index,
  isComplete,
  onGo,
}: {
  samples: readonly { id: string; code: string }[];
  index: number;
  isComplete: (sampleId: string) => boolean;
  onGo: (index: number) => void;
}) {
  return (
    <nav className="sample-nav" aria-label="Samples">
      <ol>
        {samples.map((s, i) => {
          const done = isComplete(s.id);
          return (
            <li key={s.id}>
              <button
                type="button"
                className={`sample-nav__item${i === index ? ' sample-nav__item--current' : ''}${done ? ' sample-nav__item--done' : ''}`}
                aria-current={i === index ? 'step' : undefined}
                aria-label={`Sample ${i + 1}, ${s.code}${done ? ', scored' : ', not scored yet'}`}
                onClick={() => onGo(i)}
              >
                {i + 1}
                {done && <span aria-hidden="true"> ✓</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
