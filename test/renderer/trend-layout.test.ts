// Where a drift chart puts its words at a phone's, a tablet's and a projector's width.
import { describe, expect, it } from 'vitest';
import { legendRows, trendLayout } from '../../src-renderer/pages/drift/trend-layout.js';

const SERIES = ['Exact with consensus', 'Within one of consensus', 'Exact with anchors'];
const NAMES = [
  'Calibration practice, February',
  'Calibration practice, April',
  'Calibration practice, June',
  'Grade 7 moderation: Harlow Road argument',
];
const DATES = ['11 Feb', '15 Apr', '3 Jun', '14 Oct'];

describe('a trend chart’s layout', () => {
  it('wraps the legend onto as many rows as the width needs', () => {
    expect(legendRows(SERIES, 1280)).toBe(1);
    expect(legendRows(SERIES, 560)).toBe(2);
    expect(legendRows(SERIES, 390)).toBe(3);
    expect(legendRows([], 390)).toBe(1);
    // An entry wider than the chart still takes one row of its own, not none.
    expect(legendRows(['x'.repeat(80), 'y'], 300)).toBe(2);
  });

  it('leaves room above the plot for every legend row', () => {
    const phone = trendLayout(390, NAMES, DATES, SERIES);
    const tablet = trendLayout(820, NAMES, DATES, SERIES);
    expect(phone.gridTop - tablet.gridTop).toBe(2 * 26);
  });

  it('names each point in full, wrapped to its share of the width, where that is readable', () => {
    const tablet = trendLayout(820, NAMES, DATES, SERIES);
    expect(tablet.names).toEqual(NAMES);
    expect(tablet.labelWidth).toBe((820 - 120) / 4 - 8);
  });

  it('names each point by its short name on a phone, and in full when it has none', () => {
    expect(trendLayout(390, NAMES, DATES, SERIES).names).toEqual(DATES);
    expect(trendLayout(390, NAMES, undefined, SERIES).names).toEqual(NAMES);
  });
});
