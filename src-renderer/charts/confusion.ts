// Score x score chart of one criterion: for every pair of raters who scored the same sample, the
// lower and the higher of their two scores. The diagonal holds the pairs who agreed exactly.
import { categoryAxisBelow } from './axes.js';
import type { ChartOption } from './echarts.js';
import { AXIS_FONT, GRID_LINE, INK, LABEL_FONT, sequential } from './palette.js';

export interface PairCell {
  lower: number;
  higher: number;
  pairs: number;
}

/**
 * The engine's symmetric level x level counts folded to one cell per unordered pair of levels
 * (lower <= higher), so each rater pair is counted once. Indices are positions on the scale.
 */
export function foldPairs(matrix: readonly (readonly number[])[]): PairCell[] {
  const cells: PairCell[] = [];
  matrix.forEach((row, a) => {
    row.forEach((count, b) => {
      if (b >= a) cells.push({ lower: a, higher: b, pairs: count });
    });
  });
  return cells;
}

/** Pairs in all, pairs that gave the same score, and pairs two or more levels apart. */
export function pairTotals(cells: readonly PairCell[]) {
  let pairs = 0;
  let same = 0;
  let farApart = 0;
  for (const c of cells) {
    pairs += c.pairs;
    if (c.lower === c.higher) same += c.pairs;
    if (c.higher - c.lower >= 2) farApart += c.pairs;
  }
  return { pairs, same, farApart };
}

export function confusionOption(cells: readonly PairCell[], levelNames: readonly string[]) {
  const max = Math.max(1, ...cells.map((c) => c.pairs));
  const option: ChartOption = {
    textStyle: { fontSize: AXIS_FONT, color: INK },
    grid: { left: 150, right: 20, top: 44, bottom: 90 },
    xAxis: {
      ...categoryAxisBelow(levelNames, 'Lower score of the pair', 60, { width: 110 }),
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      data: [...levelNames],
      name: 'Higher score',
      nameLocation: 'end',
      nameTextStyle: { fontSize: AXIS_FONT, align: 'right' },
      axisLabel: { fontSize: AXIS_FONT, width: 130, overflow: 'break' },
    },
    series: [
      {
        type: 'heatmap',
        data: cells.map((c) => ({
          value: [c.lower, c.higher, c.pairs],
          itemStyle: {
            color: sequential(c.pairs / max),
            borderColor: c.lower === c.higher ? INK : GRID_LINE,
            borderWidth: c.lower === c.higher ? 3 : 1,
          },
        })),
        label: { show: true, fontSize: LABEL_FONT, color: INK, fontWeight: 'bold' },
      },
    ],
  };
  return option;
}
