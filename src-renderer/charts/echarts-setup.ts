// The one place ECharts is put together: only the pieces the app draws, on canvas (no HTML
// tooltips, whose inline styles the CSP refuses; nothing that evaluates code). Loaded only when
// a chart is first drawn (echarts.ts): half a megabyte no scoring screen needs.
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  AriaComponent,
  CanvasRenderer,
]);

export const init = echarts.init;
