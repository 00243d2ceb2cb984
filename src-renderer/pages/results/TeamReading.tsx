// The headline for the room: the engine's one-line reading per round, the caution about too few
// samples (once for the page, per criterion only where their numbers differ), and the kappa paradox
// where it occurs, in the engine's words.
import type { MethodOutput } from '../../../src-main/api/contract.js';
import { POOLED_KEY } from './figures.js';

type Results = MethodOutput<'results.session'>;

export function TeamReading({ results }: { results: Results }) {
  const several = results.rounds.length > 1;
  const paradoxes = results.rounds.flatMap((r) =>
    Object.entries(r.report.criteria)
      .filter(([, c]) => c.kappa_paradox.detected && c.kappa_paradox.explanation)
      .map(([key, c]) => ({
        round: r.round,
        where: key === POOLED_KEY ? 'All criteria together' : key,
        text: c.kappa_paradox.explanation!,
      })),
  );
  const warnings = results.rounds.at(-1)!.warnings;
  return (
    <section className="section results-reading" aria-labelledby="reading-title">
      <h2 id="reading-title">What this means for the team</h2>
      {results.rounds.map((r) => (
        <p key={r.round} className="results-reading__line">
          {several && <span className="results-reading__round">Round {r.round}: </span>}
          {r.reading.endsWith('.') ? r.reading : `${r.reading}.`}
        </p>
      ))}
      {warnings.length > 0 && (
        <div className="notice notice--warning" role="note" aria-label="Too few samples">
          <p className="notice__title">Too few samples for a stable estimate</p>
          {warnings.length === 1 ? (
            <p>{warnings[0]!.message}</p>
          ) : (
            <ul>
              {warnings.map((w) => (
                <li key={w.message}>{w.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {paradoxes.length > 0 && (
        <div className="notice notice--info" role="note" aria-label="Kappa paradox">
          <p className="notice__title">
            Kappa paradox: high agreement, yet a low kappa. Read Gwet’s AC1 and AC2 beside kappa.
          </p>
          <ul>
            {paradoxes.map((p) => (
              <li key={`${p.round}-${p.where}`}>
                <strong>
                  {p.where}
                  {several ? ` (round ${p.round})` : ''}:
                </strong>{' '}
                {p.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
