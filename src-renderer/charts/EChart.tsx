// A chart with an accessible name and its figures as a table: screen readers get the table (and
// sighted readers can open it), the picture is one image with a name saying what it shows.
import type { ReactNode } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../ui/Button.js';
import type { ChartOption } from './echarts.js';
import { drawChart } from './echarts.js';

export function EChart({
  option,
  name,
  label,
  height,
  table,
  patterns = false,
}: {
  option: ChartOption;
  /** A short name that tells this chart's table button from the others: "Evidence". */
  name: string;
  /** The accessible name: what the picture shows, in a sentence. */
  label: string;
  /** Pixels; charts grow with their rows. */
  height: number;
  /** The same figures as a table (visually hidden until asked for). */
  table: ReactNode;
  /** Fill series with patterns as well as colours (several series side by side). */
  patterns?: boolean;
}) {
  const canvas = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const action = showTable ? 'Hide the table' : 'Show as a table';
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    return drawChart(element, (chart) => {
      // Animation off: a projector shows the figures at once, and screenshots are stable.
      chart.setOption({
        ...option,
        animation: false,
        aria: { enabled: true, label: { description: label }, decal: { show: patterns } },
      });
      const resize = new ResizeObserver(() => chart.resize());
      resize.observe(element);
      return () => resize.disconnect();
    });
  }, [option, label, patterns]);
  return (
    <figure className="chart">
      <div
        ref={canvas}
        className="chart__canvas"
        role="img"
        aria-label={label}
        style={{ height }}
      />
      <Button
        variant="quiet"
        className="chart__toggle"
        aria-label={`${action}: ${name}`}
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {action}
      </Button>
      <div id={tableId} className={showTable ? 'chart__table' : 'visually-hidden'}>
        {table}
      </div>
    </figure>
  );
}
