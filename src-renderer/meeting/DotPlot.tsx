import type { PerformanceLevel } from '../../src-main/domain/rubric.js';
import type { DotInput } from './dot-plot.js';
import { dotPlotLayout } from './dot-plot.js';

/** Short enough to sit inside a dot: "R2" as is, a name as its initials. */
export function dotLabel(rater: string): string {
  if (/^R\d+$/.test(rater)) return rater;
  return rater
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase())
    .slice(0, 2)
    .join('');
}

/** "R3", or "R3 (you)" for the viewer's own score. */
export function raterWords(score: Pick<DotInput, 'rater' | 'you'>): string {
  return score.you ? `${score.rater} (you)` : score.rater;
}

/**
 * One criterion's scores on the level axis: a dot per rater (stacked where they agree), the
 * spread as a bar, the anchor's reference as a diamond and the consensus as a square. Shapes and
 * words carry the meaning; colours (Okabe–Ito) only help.
 */
export function DotPlot({
  levels,
  scores,
  reference,
  consensus,
  title,
}: {
  levels: readonly PerformanceLevel[];
  scores: readonly DotInput[];
  reference: number | null;
  consensus: number | null;
  title: string;
}) {
  const layout = dotPlotLayout(
    levels.map((l) => l.value),
    scores,
    reference,
    consensus,
  );
  const summary = [
    `${title}.`,
    scores.map((s) => `${raterWords(s)}: ${s.score ?? 'cannot score'}`).join(', ') + '.',
    reference !== null ? `Anchor reference ${reference}.` : '',
    consensus !== null ? `Consensus ${consensus}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const d = 10;
  return (
    <svg
      className="dot-plot"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="img"
      aria-label={summary}
    >
      <line
        className="dot-plot__axis"
        x1={layout.ticks[0]?.x ?? 0}
        x2={layout.ticks[layout.ticks.length - 1]?.x ?? 0}
        y1={layout.axisY}
        y2={layout.axisY}
      />
      {layout.spread && (
        <line
          className="dot-plot__spread"
          x1={layout.spread.x1}
          x2={layout.spread.x2}
          y1={layout.axisY}
          y2={layout.axisY}
        />
      )}
      {layout.ticks.map((tick) => (
        <g key={tick.value}>
          <line
            className="dot-plot__tick"
            x1={tick.x}
            x2={tick.x}
            y1={layout.axisY - 5}
            y2={layout.axisY + 5}
          />
          <text className="dot-plot__tick-label" x={tick.x} y={layout.labelY}>
            {tick.value}
          </text>
        </g>
      ))}
      {layout.consensusX !== null && (
        <rect
          className="dot-plot__consensus"
          x={layout.consensusX - 13}
          y={layout.markerY - 13}
          width={26}
          height={26}
          rx={3}
        >
          <title>Consensus {consensus}</title>
        </rect>
      )}
      {layout.referenceX !== null && (
        <polygon
          className="dot-plot__reference"
          points={`${layout.referenceX},${layout.markerY - d} ${layout.referenceX + d},${layout.markerY} ${layout.referenceX},${layout.markerY + d} ${layout.referenceX - d},${layout.markerY}`}
        >
          <title>Anchor reference {reference}</title>
        </polygon>
      )}
      {layout.dots.map((dot) => (
        <g key={dot.key} className={`dot-plot__dot${dot.you ? ' dot-plot__dot--you' : ''}`}>
          <circle cx={dot.cx} cy={dot.cy} r={layout.radius}>
            <title>
              {raterWords(dot)}: {dot.score}
            </title>
          </circle>
          <text x={dot.cx} y={dot.cy + 4.5}>
            {dot.you ? 'You' : dotLabel(dot.rater)}
          </text>
        </g>
      ))}
    </svg>
  );
}
