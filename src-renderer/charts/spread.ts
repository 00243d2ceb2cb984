// Per-sample spread: for each sample and criterion, how far apart the highest and lowest score
// were. Tall bars are the samples to discuss first.
import { categoryAxisBelow } from './axes.js';
import type { ChartOption } from './echarts.js';
import { AXIS_FONT, GRID_LINE, INK, LABEL_FONT, SERIES_COLOURS } from './palette.js';

export interface SpreadRow {
  sample: string;
  criterion: string;
  min: number;
  max: number;
  range: number;
}

export function spreadOption(
  rows: readonly SpreadRow[],
  samples: readonly string[],
  criteria: readonly string[],
) {
  const at = new Map(rows.map((r) => [`${r.sample}\u0000${r.criterion}`, r.range]));
  const top = Math.max(1, ...rows.map((r) => r.range));
  const option: ChartOption = {
    textStyle: { fontSize: AXIS_FONT, color: INK },
    color: [...SERIES_COLOURS],
    legend: { top: 0, textStyle: { fontSize: AXIS_FONT }, itemWidth: 32, itemHeight: 20 },
    grid: { left: 80, right: 20, top: 60, bottom: 80 },
    xAxis: categoryAxisBelow(samples, 'Sample', 50),
    yAxis: {
      type: 'value',
      name: 'Distance between highest and lowest score',
      nameLocation: 'end',
      nameTextStyle: { fontSize: AXIS_FONT, align: 'left' },
      min: 0,
      max: top,
      interval: 1,
      axisLabel: { fontSize: AXIS_FONT },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: criteria.map((criterion) => ({
      type: 'bar' as const,
      name: criterion,
      data: samples.map((sample) => at.get(`${sample}\u0000${criterion}`) ?? null),
      label: { show: true, position: 'top' as const, fontSize: LABEL_FONT - 4, color: INK },
    })),
  };
  return option;
}
