// Rater x criterion heat map of severity: how far, on average, each rater's scores sit below
// (harsher, orange) or above (more lenient, blue) the consensus, in levels.
import type { ChartOption } from './echarts.js';
import { AXIS_FONT, INK, LABEL_FONT, diverging } from './palette.js';

export interface SeverityData {
  raters: readonly string[];
  criteria: readonly string[];
  /** [rater][criterion], levels; null where the rater has no score to compare. */
  values: readonly (readonly (number | null)[])[];
}

/** "+0.50", "-0.25" (minus sign), "0.00"; "no scores" for a blank cell. */
export function formatLean(value: number | null): string {
  if (value === null) return 'no scores';
  const text = Math.abs(value).toFixed(2);
  if (text === '0.00') return '0.00';
  return `${value < 0 ? '\u2212' : '+'}${text}`;
}

/** Half a level either way gets the full colour: the coach's default alert threshold. */
export const FULL_COLOUR_AT = 0.5;

export function severityOption(data: SeverityData, raterName: (label: string) => string) {
  const cells = data.values.flatMap((row, r) =>
    row.map((value, c) => ({ r, c, value })).filter((cell) => cell.value !== null),
  );
  const option: ChartOption = {
    textStyle: { fontSize: AXIS_FONT, color: INK },
    grid: { left: 170, right: 20, top: 20, bottom: 70 },
    xAxis: {
      type: 'category',
      data: [...data.criteria],
      position: 'bottom',
      axisLabel: { fontSize: AXIS_FONT, interval: 0, width: 160, overflow: 'break' },
    },
    yAxis: {
      type: 'category',
      // Top to bottom in the raters' order.
      data: data.raters.map(raterName),
      inverse: true,
      axisLabel: { fontSize: AXIS_FONT, width: 160, overflow: 'truncate' },
    },
    series: [
      {
        type: 'heatmap',
        data: cells.map(({ r, c, value }) => ({
          value: [c, r, value],
          itemStyle: {
            color: diverging(value! / FULL_COLOUR_AT),
            borderColor: '#ffffff',
            borderWidth: 2,
          },
          label: { formatter: formatLean(value) },
        })),
        label: { show: true, fontSize: LABEL_FONT, color: INK, fontWeight: 'bold' },
      },
    ],
  };
  return option;
}
