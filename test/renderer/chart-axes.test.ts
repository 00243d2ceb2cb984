// The spread and the score x score charts share one way of drawing a category axis along the
// bottom: every label shown and the axis named under them; the score chart wraps its long level
// names and keeps its cells unshaded.
import { describe, expect, it } from 'vitest';
import { confusionOption } from '../../src-renderer/charts/confusion.js';
import { categoryAxisBelow } from '../../src-renderer/charts/axes.js';
import { spreadOption } from '../../src-renderer/charts/spread.js';
import { AXIS_FONT } from '../../src-renderer/charts/palette.js';

describe('a category axis below a chart', () => {
  it('shows every label and names the axis under them', () => {
    const axis = categoryAxisBelow(['S1', 'S2'], 'Sample', 50);
    expect(axis).toEqual({
      type: 'category',
      data: ['S1', 'S2'],
      name: 'Sample',
      nameLocation: 'middle',
      nameGap: 50,
      nameTextStyle: { fontSize: AXIS_FONT },
      axisLabel: { fontSize: AXIS_FONT, interval: 0 },
    });
  });

  it('is the spread chart’s axis of samples', () => {
    const option = spreadOption([], ['S1', 'S2'], ['Claim']);
    expect(option.xAxis).toEqual(categoryAxisBelow(['S1', 'S2'], 'Sample', 50));
  });

  it('wraps the score chart’s level names and leaves its cells unshaded', () => {
    const option = confusionOption([], ['Beginning', 'Secure']);
    expect(option.xAxis).toMatchObject({
      data: ['Beginning', 'Secure'],
      name: 'Lower score of the pair',
      nameGap: 60,
      axisLabel: { fontSize: AXIS_FONT, interval: 0, width: 110, overflow: 'break' },
      splitArea: { show: false },
    });
  });
});
