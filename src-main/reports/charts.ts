// Pure ECharts option builders for the report charts. They import only ECharts' types, so the
// renderer's results screen can use the same builders in the browser; the report renders them
// to SVG in Node (svg.ts).
import type { EChartsOption } from 'echarts';

const PALETTE = ['#3a5a8c', '#8fb0d9', '#c0703a', '#e8b98f', '#5a8c5a', '#a9cfa9'];
const TEXT = { color: '#1d1d1f', fontSize: 12 };
// Labels show whole percentages and three-decimal levels, as the report's tables do.
const whole = (v: number | null): number | null => (v === null ? null : Math.round(v));

/**
 * What every report chart shares: drawn at once (a report is a still picture), in the report's
 * type, its plot inset far enough for the labels; a chart of several series has its legend on top.
 */
function frame(grid: { right: number; bottom: number }, legend: boolean): EChartsOption {
  return {
    animation: false,
    textStyle: TEXT,
    ...(legend ? { legend: { top: 0, textStyle: TEXT } } : {}),
    grid: {
      left: 8,
      right: grid.right,
      top: legend ? 32 : 8,
      bottom: grid.bottom,
      containLabel: true,
    },
  };
}

export interface AgreementSeries {
  /** e.g. "Exact, round 1". */
  name: string;
  /** Shares from 0 to 1 per criterion; null where undefined. */
  values: (number | null)[];
}

/** Grouped horizontal bars: agreement (in %) per criterion, one bar per series. */
export function agreementChartOption(
  criteria: readonly string[],
  series: readonly AgreementSeries[],
): EChartsOption {
  return {
    ...frame({ right: 40, bottom: 28 }, true),
    color: PALETTE,
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { formatter: '{value}%' },
      name: 'share of pairs of scores',
      nameLocation: 'middle',
      nameGap: 24,
    },
    yAxis: { type: 'category', data: [...criteria], inverse: true },
    series: series.map((s) => ({
      type: 'bar' as const,
      name: s.name,
      data: s.values.map((v) => whole(v === null ? null : v * 100)),
      label: { show: true, position: 'right' as const, formatter: '{c}%', fontSize: 10 },
    })),
  };
}

/** Horizontal bars: each rater's mean score minus the other raters' mean (negative = harsher). */
export function severityChartOption(
  raters: readonly string[],
  values: readonly (number | null)[],
): EChartsOption {
  return {
    ...frame({ right: 48, bottom: 28 }, false),
    xAxis: {
      type: 'value',
      name: 'levels below (-) or above (+) the other raters',
      nameLocation: 'middle',
      nameGap: 24,
    },
    yAxis: { type: 'category', data: [...raters], inverse: true },
    series: [
      {
        type: 'bar',
        data: values.map((v) => ({
          value: v === null ? null : Math.round(v * 1000) / 1000,
          itemStyle: { color: v !== null && v < 0 ? PALETTE[2] : PALETTE[0] },
        })),
        label: { show: true, position: 'right', fontSize: 10 },
      },
    ],
  };
}

/** Stacked bars: how many scores each level received per criterion. */
export function levelUseChartOption(
  criteria: readonly string[],
  levels: readonly string[],
  /** [level][criterion] counts. */
  counts: readonly (readonly number[])[],
): EChartsOption {
  return {
    ...frame({ right: 16, bottom: 28 }, true),
    color: ['#c0703a', '#e8b98f', '#8fb0d9', '#3a5a8c', '#5a8c5a', '#a9cfa9', '#7a7a80'],
    xAxis: { type: 'value', name: 'scores', nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'category', data: [...criteria], inverse: true },
    series: levels.map((level, k) => ({
      type: 'bar' as const,
      name: level,
      stack: 'scores',
      data: [...(counts[k] ?? [])],
    })),
  };
}

/** A rater across sessions: exact and within-one agreement with consensus, in %. */
export function raterTrendOption(
  sessions: readonly string[],
  exact: readonly (number | null)[],
  withinOne: readonly (number | null)[],
): EChartsOption {
  const pct = (list: readonly (number | null)[]) =>
    list.map((v) => whole(v === null ? null : v * 100));
  return {
    ...frame({ right: 24, bottom: 8 }, true),
    color: PALETTE,
    xAxis: {
      type: 'category',
      data: [...sessions],
      axisLabel: { interval: 0, width: 110, overflow: 'truncate' },
    },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { type: 'line', name: 'Exact agreement with consensus', data: pct(exact), symbolSize: 8 },
      { type: 'line', name: 'Within one level of consensus', data: pct(withinOne), symbolSize: 8 },
    ],
  };
}
