// Where a trend chart's words go at a given width: the legend's rows above the plot, and each
// session's name under its point, never over its neighbour's. Pure, so it is tested without a
// canvas.

/** Pixels of the chart's 16px type per character, on average: enough to plan rows and lines. */
const CHAR = 9;
const LEGEND_ROW = 26;
/** A legend entry's marker, the gap after it and the gap before the next entry. */
const LEGEND_ITEM_EXTRA = 32 + 5 + 10;
/** The y-axis labels and the right margin: what is left is shared by the points. */
const AXIS_ROOM = 120;
/** Below this, a full session name no longer wraps into readable lines under its point. */
const MIN_NAME_ROOM = 96;

export interface TrendLayout {
  /** Space above the plot for the legend (and the reference lines' labels). */
  gridTop: number;
  /** Each point's label: the full name, wrapped, or the short one where room is scarce. */
  names: readonly string[];
  labelWidth: number;
}

/** How many rows the legend takes: entries side by side, wrapping as the chart's width allows. */
export function legendRows(series: readonly string[], width: number): number {
  let rows = 1;
  let used = 0;
  for (const name of series) {
    const item = LEGEND_ITEM_EXTRA + name.length * CHAR;
    if (used > 0 && used + item > width) {
      rows++;
      used = 0;
    }
    used += item;
  }
  return rows;
}

export function trendLayout(
  width: number,
  categories: readonly string[],
  shortCategories: readonly string[] | undefined,
  series: readonly string[],
): TrendLayout {
  const room = (width - AXIS_ROOM) / Math.max(categories.length, 1);
  const short = room < MIN_NAME_ROOM && shortCategories !== undefined;
  return {
    gridTop: legendRows(series, width) * LEGEND_ROW + 38,
    names: short ? shortCategories : categories,
    labelWidth: Math.max(room - 8, CHAR * 4),
  };
}
