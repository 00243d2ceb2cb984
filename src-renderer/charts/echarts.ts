// What the screens know of ECharts: the option types, and the library loaded on first use.
import type { BarSeriesOption, HeatmapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption } from 'echarts/components';
import type { ComposeOption, ECharts } from 'echarts/core';

export type ChartOption = ComposeOption<
  BarSeriesOption | HeatmapSeriesOption | GridComponentOption | LegendComponentOption
>;

/**
 * Draws into `element` once the library has loaded; `draw` sets the option and returns its own
 * clean-up. The returned function disposes of the chart, or of the draw not yet made.
 */
export function drawChart(element: HTMLElement, draw: (chart: ECharts) => () => void): () => void {
  let done = false;
  let cleanUp: (() => void) | undefined;
  void import('./echarts-setup.js').then(({ init }) => {
    if (done) return;
    const chart = init(element, undefined, { renderer: 'canvas' });
    const own = draw(chart);
    cleanUp = () => {
      own();
      chart.dispose();
    };
  });
  return () => {
    done = true;
    cleanUp?.();
  };
}
