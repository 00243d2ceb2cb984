// The comparative judgement scale as an ECharts option, for the report to draw as SVG (svg.ts):
// one row per sample, strongest at the top, a dot at its ability and a bar for its 95% interval;
// anchors as diamonds with their agreed level beside them; level bands shaded behind, their
// boundaries dashed. As on the results page, shapes and words carry the meaning, colours only help.
import type { EChartsOption } from 'echarts';
import { interval95 } from '../domain/interval.js';
import type { NamedBand, ScaleRow } from '../domain/judging-words.js';

const INK = '#1d1d1f';
const BLUE = '#3a5a8c';
const ORANGE = '#c0703a';
const BAND_FILLS = ['#d9ecf7', '#f4f3ef'] as const;
const BOUNDARY = '#8a867d';
const TEXT = { color: INK, fontSize: 12 };

/** Pixels per sample row, and what the chart needs around its rows. */
export function scaleChartHeight(rows: number): number {
  return 110 + rows * (rows > 40 ? 20 : 26);
}

/** Whole logits around every interval and boundary, so the axis ends on a labelled tick. */
function axisRange(rows: readonly ScaleRow[], bands: readonly NamedBand[]) {
  const values = rows.flatMap((r) => {
    const interval = interval95(r.ability, r.se);
    return interval ? [interval.low, interval.high] : [r.ability];
  });
  for (const b of bands) if (b.from !== null) values.push(b.from);
  const min = values.length > 0 ? Math.min(...values) : -1;
  const max = values.length > 0 ? Math.max(...values) : 1;
  return { min: Math.floor(min - 0.05), max: Math.ceil(max + 0.05) };
}

export function scaleChartOption(
  rows: readonly ScaleRow[],
  bands: readonly NamedBand[],
): EChartsOption {
  const { min, max } = axisRange(rows, bands);
  const codes = rows.map((r) => r.code);
  const point = (r: ScaleRow) => [r.ability, r.code];
  const intervals = rows.flatMap((r) => {
    const interval = interval95(r.ability, r.se);
    return interval
      ? [{ value: [r.code, interval.low, interval.high], anchor: r.anchorLevel }]
      : [];
  });
  const boundaries = bands.flatMap((b) => (b.from === null ? [] : [b.from]));

  return {
    animation: false,
    textStyle: TEXT,
    legend: {
      bottom: 0,
      itemGap: 28,
      textStyle: TEXT,
      data: ['Sample', 'Anchor, with its agreed level', 'Placed by the adjustment'],
    },
    grid: { left: 8, right: 24, top: bands.length > 0 ? 28 : 12, bottom: 64, containLabel: true },
    xAxis: {
      type: 'value',
      min,
      max,
      position: 'bottom',
      axisLabel: { formatter: (v: number) => (v > 0 ? `+${v}` : String(v)) },
      splitLine: { lineStyle: { color: '#e3e3e6' } },
      name: '← weaker        ability (logits)        stronger →',
      nameLocation: 'middle',
      nameGap: 26,
    },
    yAxis: {
      type: 'category',
      data: codes,
      inverse: true,
      axisTick: { show: false },
      axisLabel: { fontSize: 11 },
    },
    series: [
      {
        type: 'custom',
        name: '95% interval',
        silent: true,
        encode: { y: 0, x: [1, 2] },
        data: intervals.map((i) => ({
          value: i.value,
          itemStyle: { color: i.anchor === null ? BLUE : ORANGE },
        })),
        renderItem: (_params, api) => {
          const from = api.coord([api.value(1), api.value(0)]);
          const to = api.coord([api.value(2), api.value(0)]);
          return {
            type: 'line',
            shape: { x1: from[0]!, y1: from[1]!, x2: to[0]!, y2: to[1]! },
            style: { stroke: api.visual('color') as string, lineWidth: 5, opacity: 0.45 },
          };
        },
        // The bands and boundaries sit behind everything, on the first series.
        markArea: {
          silent: true,
          data: bands.map((b, i) => [
            {
              xAxis: b.from ?? min,
              name: b.label,
              itemStyle: { color: BAND_FILLS[i % 2] },
              label: { position: 'top', color: INK, fontSize: 12, fontWeight: 'bold' },
            },
            { xAxis: b.to ?? max },
          ]),
        },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: BOUNDARY, type: 'dashed', width: 1.5 },
          data: boundaries.map((at) => ({ xAxis: at })),
        },
      },
      {
        type: 'scatter',
        name: 'Sample',
        symbol: 'circle',
        symbolSize: 11,
        itemStyle: { color: BLUE, borderColor: '#ffffff', borderWidth: 1 },
        data: rows.filter((r) => r.anchorLevel === null && !r.adjusted).map(point),
      },
      {
        type: 'scatter',
        name: 'Anchor, with its agreed level',
        symbol: 'diamond',
        symbolSize: 15,
        itemStyle: { color: ORANGE, borderColor: '#ffffff', borderWidth: 1 },
        data: rows.filter((r) => r.anchorLevel !== null).map(point),
      },
      {
        // The agreed level, written just beyond the anchor's interval, on the side with room.
        type: 'scatter',
        name: 'Agreed levels',
        silent: true,
        symbolSize: 0,
        label: { show: true, distance: 8, color: INK, fontWeight: 'bold', formatter: '{b}' },
        data: rows.flatMap((r) => {
          if (r.anchorLevel === null) return [];
          const interval = interval95(r.ability, r.se);
          const right = interval?.high ?? r.ability;
          const roomRight = right <= max - (max - min) * 0.25;
          return [
            {
              name: r.anchorLevel,
              value: [roomRight ? right : (interval?.low ?? r.ability), r.code],
              label: { position: roomRight ? ('right' as const) : ('left' as const) },
            },
          ];
        }),
      },
      {
        type: 'scatter',
        name: 'Placed by the adjustment',
        symbol: 'emptyCircle',
        symbolSize: 11,
        itemStyle: { color: BLUE, borderWidth: 2.5 },
        data: rows.filter((r) => r.anchorLevel === null && r.adjusted).map(point),
      },
    ],
  };
}
