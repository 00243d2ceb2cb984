// Renders a chart option to an SVG string in Node with ECharts' server-side renderer.
import type { EChartsOption } from 'echarts';
import * as echarts from 'echarts';

/**
 * The SVG of one chart, without animation, its instance disposed (or Node never exits). Style
 * attributes become presentation attributes and the hover stylesheet goes, so the SVG shows the
 * same under a CSP without inline styles (the app's preview).
 */
export function renderChartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    // The SVG's own <style> holds hover effects only: nothing to hover on paper.
    const svg = chart.renderToSVGString().replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
    return styleToAttributes(svg);
  } finally {
    chart.dispose();
  }
}

function styleToAttributes(svg: string): string {
  return svg.replace(/ style="([^"]*)"/g, (_all, style: string) =>
    style
      .split(';')
      .map((declaration) => declaration.trim())
      .filter((declaration) => declaration.includes(':'))
      .map((declaration) => {
        const at = declaration.indexOf(':');
        const name = declaration.slice(0, at).trim();
        const value = declaration.slice(at + 1).trim();
        return /^[a-z-]+$/.test(name) ? ` ${name}="${value.replace(/"/g, '&quot;')}"` : '';
      })
      .join(''),
  );
}
