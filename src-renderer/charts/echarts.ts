// The one place ECharts is put together: only the pieces the app draws, on canvas (no HTML
// tooltips, whose inline styles the CSP refuses; nothing that evaluates code).
import type { BarSeriesOption, HeatmapSeriesOption } from 'echarts/charts';
import { BarChart, HeatmapChart } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption } from 'echarts/components';
import { AriaComponent, GridComponent, LegendComponent } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  HeatmapChart,
  GridComponent,
  LegendComponent,
  AriaComponent,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  BarSeriesOption | HeatmapSeriesOption | GridComponentOption | LegendComponentOption
>;

export const init = echarts.init;
