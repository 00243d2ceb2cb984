// The scale as a picture: one row per sample, strongest at the top, a dot where the judges'
// choices place it and a bar for its 95% interval; anchors as diamonds with their agreed level;
// level bands shaded behind. Shapes and words carry the meaning, colours (Okabe–Ito) only help.
// Colours are SVG attributes, so the chart needs no stylesheet of its own.
import { useRef } from 'react';
import { GRID_LINE, INK, SERIES_COLOURS } from '../../../charts/palette.js';
import type { NamedBand, ScaleRow } from '../../../../src-main/domain/judging-words.js';
import type { PlacedRow } from './scale-layout.js';
import { scaleLayout } from './scale-layout.js';
import { intervalWords, signed } from '../../../../src-main/domain/judging-words.js';
import { useWidth } from '../../../ui/use-width.js';

const BLUE = SERIES_COLOURS[0];
const VERMILLION = SERIES_COLOURS[5];
const BAND_FILLS = ['#d9ecf7', '#f4f3ef'] as const;
const BOUNDARY = '#8a867d';

export function ScaleChart({
  rows,
  bands,
  label,
}: {
  rows: readonly ScaleRow[];
  bands: readonly NamedBand[];
  /** The accessible name: what the picture shows, in a sentence or two. */
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 720);
  const layout = scaleLayout({ rows, bands, width });
  const { top, bottom, plotLeft, plotRight } = layout;
  return (
    <div ref={box} className="chart__canvas">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        role="img"
        aria-label={label}
        fontFamily="system-ui, sans-serif"
      >
        {layout.bands.map((band) => (
          <g key={band.level}>
            <rect
              x={band.x1}
              y={top - 40}
              width={Math.max(0, band.x2 - band.x1)}
              height={bottom - top + 40}
              fill={BAND_FILLS[band.shade ? 0 : 1]}
            />
            {band.text && (
              <text
                x={(band.x1 + band.x2) / 2}
                y={top - 26}
                textAnchor="middle"
                fontSize={13}
                fontWeight={700}
                fill={INK}
              >
                {band.text}
              </text>
            )}
          </g>
        ))}
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={tick.x} x2={tick.x} y1={top} y2={bottom} stroke={GRID_LINE} />
            <text x={tick.x} y={top - 8} textAnchor="middle" fontSize={13} fill={INK}>
              {tick.value > 0 ? `+${tick.value}` : String(tick.value)}
            </text>
          </g>
        ))}
        {layout.boundaries.map((x, i) => (
          <line
            key={i}
            x1={x}
            x2={x}
            y1={top - 40}
            y2={bottom}
            stroke={BOUNDARY}
            strokeWidth={2}
            strokeDasharray="6 4"
          />
        ))}
        {layout.rows.map((row) => (
          <Row key={row.code} row={row} labelRight={plotLeft - 10} />
        ))}
        <line x1={plotLeft} x2={plotRight} y1={bottom} y2={bottom} stroke={INK} />
        <text x={plotLeft} y={bottom + 24} fontSize={13} fill={INK}>
          ← weaker
        </text>
        <text
          x={(plotLeft + plotRight) / 2}
          y={bottom + 24}
          textAnchor="middle"
          fontSize={13}
          fill={INK}
        >
          {plotRight - plotLeft > 300 ? 'ability (logits)' : ''}
        </text>
        <text x={plotRight} y={bottom + 24} textAnchor="end" fontSize={13} fill={INK}>
          stronger →
        </text>
      </svg>
    </div>
  );
}

function Row({ row, labelRight }: { row: PlacedRow; labelRight: number }) {
  const { y, cx } = row;
  const d = 8;
  const title = [
    `${row.code}: ability ${signed(row.ability)}, 95% interval ${intervalWords(row.ability, row.se)}`,
    row.anchorLevel !== null ? `anchor, agreed level ${row.anchorLevel}` : '',
    row.adjusted ? 'placed by the adjustment' : '',
  ]
    .filter(Boolean)
    .join('; ');
  return (
    <g>
      <title>{title}</title>
      <text
        x={labelRight}
        y={y + 5}
        textAnchor="end"
        fontSize={14}
        fontWeight={row.anchorLevel !== null ? 700 : 400}
        fill={INK}
      >
        {row.code}
      </text>
      {row.x1 !== null && row.x2 !== null && (
        <line
          x1={row.x1}
          x2={row.x2}
          y1={y}
          y2={y}
          stroke={row.anchorLevel !== null ? VERMILLION : BLUE}
          strokeOpacity={0.5}
          strokeWidth={5}
          strokeLinecap="round"
        />
      )}
      {row.anchorLevel !== null ? (
        <polygon
          points={`${cx},${y - d} ${cx + d},${y} ${cx},${y + d} ${cx - d},${y}`}
          fill={VERMILLION}
          stroke="#ffffff"
          strokeWidth={1.5}
        />
      ) : (
        <circle
          cx={cx}
          cy={y}
          r={6}
          fill={row.adjusted ? '#ffffff' : BLUE}
          stroke={BLUE}
          strokeWidth={row.adjusted ? 3 : 1.5}
        />
      )}
      {row.note && (
        <text
          x={row.note.x}
          y={y + 5}
          textAnchor={row.note.side}
          fontSize={13}
          fontWeight={700}
          fill={INK}
        >
          {row.anchorLevel}
        </text>
      )}
    </g>
  );
}
