// The scale as the judges' choices so far put it, for the facilitator only: every sample in order
// with the band where it probably lies, anchors marked. It refits after each judgement (the
// `judgements` topic refreshes it).
import type { SessionDetail } from '../../../../src-main/domain/session.js';
import { useQuery } from '../../../api/use-query.js';
import { plural } from '../../../lib/words.js';
import { Badge } from '../../../ui/Badge.js';
import { QueryView } from '../../../ui/QueryView.js';
import { SCALE_NOT_CONNECTED } from './judging-words.js';
import type { ScaleRow } from './scale-layout.js';
import { scaleLayout, scaleNumber } from './scale-layout.js';

export function LiveScale({ session }: { session: SessionDetail }) {
  const scale = useQuery('judging.scale', { sessionId: session.id });
  return (
    <section className="panel live-scale" aria-labelledby="live-scale-title">
      <h2 id="live-scale-title">Live scale</h2>
      <p className="muted">
        Only you see this: judges never see the scale, nor which samples are anchors.
      </p>
      <QueryView query={scale} what="the scale">
        {(data) =>
          data.judgements === 0 ? (
            <p>No judgements yet: the scale appears here as judges choose.</p>
          ) : (
            <>
              <p className="board__summary">
                <strong>{plural(data.judgements, 'judgement')}</strong> so far, strongest sample
                first.
              </p>
              {data.components > 1 && (
                <p className="notice notice--warning" role="status">
                  {SCALE_NOT_CONNECTED}
                </p>
              )}
              <ScaleList rows={scaleLayout(data.samples)} />
              <p className="muted live-scale__legend">
                <span className="legend-dot" aria-hidden="true" /> the sample’s place ·{' '}
                <span className="legend-diamond" aria-hidden="true" /> an anchor · the bar is where
                it probably lies (its place ± 1.96 standard errors). Samples whose bars overlap are
                not yet told apart. A sample one unit above another wins about 7 times in 10 against
                it.
              </p>
            </>
          )
        }
      </QueryView>
    </section>
  );
}

/**
 * An ordered list rather than a table: on a phone each sample's bar takes the full width under
 * its figures instead of scrolling out of sight, and the list's order is the rank.
 */
function ScaleList({ rows }: { rows: ScaleRow[] }) {
  return (
    <>
      <div className="live-scale__row live-scale__head" aria-hidden="true">
        <span className="live-scale__rank">Rank</span>
        <span className="live-scale__sample">Sample</span>
        <span className="live-scale__place">Place on the scale (weaker ← → stronger)</span>
        <span className="live-scale__estimate">Estimate</span>
        <span className="live-scale__won">Won</span>
      </div>
      <ol className="live-scale__list" aria-label="Samples on the live scale, strongest first">
        {rows.map((row, i) => (
          <li
            key={row.sampleId}
            className={`live-scale__row${row.isAnchor ? ' live-scale__row--anchor' : ''}`}
          >
            <span className="live-scale__rank">{row.comparisons > 0 ? i + 1 : '—'}</span>
            <span className="live-scale__sample">
              <span className="mono">{row.code}</span>
              {row.isAnchor && (
                <>
                  {' '}
                  <Badge tone="accent">Anchor</Badge>
                </>
              )}
            </span>
            <span className="live-scale__place">
              <ScaleBar row={row} />
            </span>
            <span className="live-scale__estimate">
              {row.comparisons === 0
                ? 'Not compared yet'
                : row.low !== null && row.high !== null
                  ? `${scaleNumber(row.ability)} (${scaleNumber(row.low)} to ${scaleNumber(row.high)})`
                  : scaleNumber(row.ability)}
            </span>
            <span className="live-scale__won">
              won {row.wins} of {row.comparisons}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * One sample on the shared axis. Percentages place it, so the bar stretches with the column
 * without distorting the marks; the numbers beside it say the same for screen readers. The
 * colour attributes are the stylesheet's colours again, so the drawing reads without it too.
 */
function ScaleBar({ row }: { row: ScaleRow }) {
  if (row.at === null) return null;
  return (
    <svg className="live-scale__bar" width="100%" height="22" aria-hidden="true" focusable="false">
      <line className="live-scale__track" x1="0%" x2="100%" y1="11" y2="11" stroke="#c4c0b6" />
      {row.from !== null && row.to !== null && (
        <rect
          className="live-scale__interval"
          x={`${row.from}%`}
          width={`${Math.max(row.to - row.from, 0.5)}%`}
          y="6"
          height="10"
          rx="3"
          fill="#d9ecf7"
          stroke="#00609a"
        />
      )}
      <svg x={`${row.at}%`} y="11" overflow="visible">
        {row.isAnchor ? (
          <polygon className="live-scale__mark--anchor" points="0,-7 7,0 0,7 -7,0" fill="#a63d00" />
        ) : (
          <circle className="live-scale__mark" r="5.5" fill="#00466e" />
        )}
      </svg>
    </svg>
  );
}
