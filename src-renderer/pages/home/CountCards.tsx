import { Link } from 'react-router';

interface Counts {
  rubrics: number;
  samples: number;
  people: number;
  sessions: number;
}

const CARDS: { key: keyof Counts; to: string; label: string; hint: string }[] = [
  { key: 'rubrics', to: '/rubrics', label: 'Rubrics', hint: 'criteria and levels to score with' },
  { key: 'samples', to: '/samples', label: 'Samples', hint: 'anonymized student work' },
  { key: 'people', to: '/raters', label: 'People', hint: 'raters, facilitators and coaches' },
  { key: 'sessions', to: '/sessions', label: 'Sessions', hint: 'calibration meetings' },
];

export function CountCards({ counts }: { counts: Counts }) {
  return (
    <section aria-labelledby="counts-title">
      <h2 id="counts-title" className="visually-hidden">
        In this workspace
      </h2>
      <ul className="count-cards">
        {CARDS.map((card) => (
          <li key={card.key}>
            <Link to={card.to} className="count-card">
              <span className="count-card__number">{counts[card.key]}</span>
              <span className="count-card__label">{card.label}</span>
              <span className="count-card__hint">{card.hint}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
