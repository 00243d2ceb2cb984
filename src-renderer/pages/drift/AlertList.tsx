import type { RaterDrift } from './drift-words.js';

/** The alerts of raters' latest sessions, in the engine's plain sentences. */
export function AlertList({
  alerts,
  empty,
}: {
  alerts: RaterDrift['alerts'];
  /** What to say when there is none. */
  empty: string;
}) {
  if (alerts.length === 0) return <p className="drift-alerts__none">{empty}</p>;
  return (
    <ul className="drift-alerts" aria-label="Alerts">
      {alerts.map((a) => (
        <li key={`${a.rater}-${a.session}-${a.kind}`} className="drift-alerts__item">
          <span className="drift-alerts__mark" aria-hidden="true">
            !
          </span>
          {a.message}.
        </li>
      ))}
    </ul>
  );
}
