import { SESSION_PHASES } from '../../../src-main/domain/session.js';
import { PHASE_EXPLANATIONS } from '../../lib/words.js';
import { PhaseBadge } from '../../ui/PhaseBadge.js';

/** What each phase means, for teams new to calibration. */
export function PhaseLegend() {
  return (
    <section className="legend" aria-labelledby="phase-legend-title">
      <h2 id="phase-legend-title" className="legend__title">
        What the phases mean
      </h2>
      <dl className="legend__list">
        {SESSION_PHASES.map((phase) => (
          <div key={phase} className="legend__item">
            <dt>
              <PhaseBadge phase={phase} />
            </dt>
            <dd>{PHASE_EXPLANATIONS[phase]}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        A comparative judgement session goes through the same phases: while it is in{' '}
        <strong>Judging</strong>, judges choose between pairs of samples; ending it shows the
        results.
      </p>
    </section>
  );
}
