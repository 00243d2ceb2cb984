// Axes the meeting's charts draw the same way.
import type { ChartOption } from './echarts.js';
import { AXIS_FONT } from './palette.js';

type XAxisOption = Extract<NonNullable<ChartOption['xAxis']>, { type?: unknown }>;

/**
 * A category axis along the bottom, every label shown (a chart of a meeting's few samples or levels
 * skips none), its name centred `nameGap` pixels below the axis. `wrap` breaks long labels.
 */
export function categoryAxisBelow(
  labels: readonly string[],
  name: string,
  nameGap: number,
  wrap?: { width: number },
): XAxisOption {
  return {
    type: 'category',
    data: [...labels],
    name,
    nameLocation: 'middle',
    nameGap,
    nameTextStyle: { fontSize: AXIS_FONT },
    axisLabel: {
      fontSize: AXIS_FONT,
      interval: 0,
      ...(wrap && { width: wrap.width, overflow: 'break' as const }),
    },
  };
}
