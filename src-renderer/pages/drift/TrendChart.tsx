// A line chart of figures across sessions (ECharts on canvas): large type for a projector, the
// Okabe–Ito colours with a different marker and dash per line so colour is never the only cue,
// no animation (stable screenshots), no tooltip (its HTML would need inline styles the CSP
// refuses). The numbers are always in a table beside it; the chart is named for screen readers.
import { useEffect, useRef } from 'react';
import { drawChart } from '../../charts/echarts.js';
import { trendLayout } from './trend-layout.js';

/** Okabe–Ito, without the yellow that is too light on white. */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow'];
const DASHES = ['solid', 'dashed', 'dotted'] as const;

export interface TrendSeries {
  name: string;
  /** One value per category; null = not in that session. */
  values: (number | null)[];
}

export interface TrendLine {
  label: string;
  value: number;
}

export function TrendChart({
  label,
  categories,
  shortCategories,
  series,
  unit,
  min,
  max,
  lines = [],
}: {
  /** What the chart shows, for people who cannot see it. */
  label: string;
  categories: string[];
  /** What each point is called where the full names do not fit (a phone): e.g. its date. */
  shortCategories?: string[];
  series: TrendSeries[];
  /** '%' for shares (values 0..1 shown as percent), or a word such as 'levels'. */
  unit: '%' | string;
  min?: number;
  max?: number;
  /** Horizontal reference lines: the team's thresholds. */
  lines?: TrendLine[];
}) {
  const box = useRef<HTMLDivElement>(null);
  const scale = unit === '%' ? 100 : 1;
  const key = JSON.stringify({ categories, shortCategories, series, unit, min, max, lines });

  /** The options that depend on the chart's width: the legend's room and the points' names. */
  const layout = (width: number) => {
    const fit = trendLayout(
      width,
      categories,
      shortCategories,
      series.map((s) => s.name),
    );
    return {
      grid: { top: fit.gridTop },
      xAxis: { data: fit.names, axisLabel: { width: fit.labelWidth } },
    };
  };

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    return drawChart(element, (chart) => {
      const text = { fontSize: 16, color: '#1b1f24' };
      const round = (v: number) => Math.round(v * scale * 100) / 100;
      chart.setOption({
        animation: false,
        textStyle: { fontSize: 16 },
        // The grid makes room for the axis labels however many lines they take.
        grid: { left: 16, right: 32, top: 64, bottom: 16, containLabel: true },
        legend: { top: 0, left: 0, textStyle: text, itemWidth: 32, itemHeight: 14 },
        xAxis: {
          type: 'category',
          data: categories,
          axisLabel: { ...text, interval: 0, overflow: 'break', lineHeight: 20 },
          axisLine: { lineStyle: { color: '#4a5059' } },
        },
        yAxis: {
          type: 'value',
          min: min === undefined ? undefined : min * scale,
          max: max === undefined ? undefined : max * scale,
          axisLabel: { ...text, formatter: unit === '%' ? '{value}%' : '{value}' },
          splitLine: { lineStyle: { color: '#c4c0b6' } },
        },
        series: series.map((s, i) => ({
          type: 'line',
          name: s.name,
          data: s.values.map((v) => (v === null ? null : round(v))),
          connectNulls: true,
          symbol: SYMBOLS[i % SYMBOLS.length],
          symbolSize: 12,
          lineStyle: { width: 3, type: DASHES[Math.floor(i / COLOURS.length) % DASHES.length] },
          color: COLOURS[i % COLOURS.length],
          markLine:
            i === 0 && lines.length > 0
              ? {
                  silent: true,
                  symbol: 'none',
                  lineStyle: { color: '#4a5059', type: 'dashed', width: 2 },
                  label: { ...text, position: 'insideEndTop', formatter: '{b}' },
                  data: lines.map((l) => ({ name: l.label, yAxis: round(l.value) })),
                }
              : undefined,
        })),
      });
      chart.setOption(layout(chart.getWidth()));
      const resize = () => {
        chart.resize();
        chart.setOption(layout(chart.getWidth()));
      };
      window.addEventListener('resize', resize);
      return () => window.removeEventListener('resize', resize);
    });
    // The key holds every input by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return <div ref={box} className="trend-chart" role="img" aria-label={label} />;
}
