import { describe, expect, it } from 'vitest';
import { anchorCoverage } from '../../src-renderer/meeting/anchor-coverage.js';
import { dotPlotLayout } from '../../src-renderer/meeting/dot-plot.js';
import { formatClock, phaseMs, timerView } from '../../src-renderer/meeting/timer.js';

describe('dot plot geometry', () => {
  const scores = [
    { key: 'R1', rater: 'R1', you: false, score: 1 },
    { key: 'R2', rater: 'R2', you: true, score: 3 },
    { key: 'R3', rater: 'R3', you: false, score: 3 },
    { key: 'R4', rater: 'R4', you: false, score: null },
  ];
  const layout = dotPlotLayout([1, 2, 3, 4], scores, 4, 3, { width: 300, padding: 30 });

  it('spreads the levels evenly along the axis', () => {
    expect(layout.ticks.map((t) => t.x)).toEqual([30, 110, 190, 270]);
  });

  it('puts one dot per given score over its level, stacking equal scores', () => {
    expect(layout.dots).toHaveLength(3);
    const [one, threeA, threeB] = layout.dots;
    expect(one!.cx).toBe(30);
    expect(threeA!.cx).toBe(190);
    expect(threeB!.cx).toBe(190);
    expect(threeB!.cy).toBeLessThan(threeA!.cy);
    expect(threeA!.cy).toBe(one!.cy);
    for (const dot of layout.dots) expect(dot.cy + layout.radius).toBeLessThan(layout.axisY);
    expect(layout.dots.filter((d) => d.you).map((d) => d.key)).toEqual(['R2']);
    expect(Math.min(...layout.dots.map((d) => d.cy - layout.radius))).toBeGreaterThanOrEqual(0);
  });

  it('marks the spread, the reference and the consensus; "cannot score" is listed apart', () => {
    expect(layout.spread).toEqual({ x1: 30, x2: 190 });
    expect(layout.referenceX).toBe(270);
    expect(layout.consensusX).toBe(190);
    expect(layout.missing.map((m) => m.rater)).toEqual(['R4']);
    expect(layout.height).toBeGreaterThan(layout.labelY);
  });

  it('has no spread when nobody could score', () => {
    const empty = dotPlotLayout(
      [1, 2, 3],
      [{ key: 'R1', rater: 'R1', you: false, score: null }],
      null,
      null,
    );
    expect(empty.spread).toBeNull();
    expect(empty.dots).toEqual([]);
    expect(empty.referenceX).toBeNull();
  });
});

describe('protocol timer', () => {
  const protocol = [
    { name: 'Silent scoring', minutes: 20, perSample: false },
    { name: 'Discuss', minutes: 5, perSample: true },
  ];
  const start = Date.parse('2026-10-14T10:00:00Z');

  it('counts down from the start time on any clock', () => {
    const view = timerView(
      protocol,
      { phaseIndex: 0, startedAt: '2026-10-14T10:00:00Z' },
      8,
      start + 90_000,
    );
    expect(view).toMatchObject({
      name: 'Silent scoring',
      remainingMs: 18.5 * 60_000,
      overtime: false,
    });
    expect(formatClock(view!.remainingMs)).toBe('18:30');
  });

  it('a per-sample phase lasts its minutes times the samples', () => {
    expect(phaseMs(protocol[1]!, 8)).toBe(40 * 60_000);
    const view = timerView(
      protocol,
      { phaseIndex: 1, startedAt: '2026-10-14T10:00:00Z' },
      8,
      start,
    );
    expect(formatClock(view!.remainingMs)).toBe('40:00');
  });

  it('shows overtime once the time is up, and nothing without a timer', () => {
    const view = timerView(
      protocol,
      { phaseIndex: 0, startedAt: '2026-10-14T10:00:00Z' },
      8,
      start + 21 * 60_000,
    );
    expect(view!.overtime).toBe(true);
    expect(formatClock(view!.remainingMs)).toBe('1:00');
    expect(timerView(protocol, null, 8, start)).toBeNull();
    expect(
      timerView(protocol, { phaseIndex: 5, startedAt: '2026-10-14T10:00:00Z' }, 8, start),
    ).toBeNull();
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(formatClock(1)).toBe('0:01');
  });
});

describe('anchor coverage', () => {
  const refs = [
    { sampleId: 'a', score: 3 },
    { sampleId: 'a', score: 3 },
    { sampleId: 'a', score: 2 },
    { sampleId: 'b', score: 3 },
    { sampleId: 'b', score: 4 },
    { sampleId: 'b', score: 3 },
    { sampleId: 'c', score: 1 },
    { sampleId: 'c', score: 2 },
    { sampleId: 'c', score: 1 },
  ];

  it('warns when every chosen anchor sits on one level', () => {
    const coverage = anchorCoverage(['a', 'b', 'x'], refs);
    expect(coverage.anchorCount).toBe(2);
    expect(coverage.clustered).toBe(true);
    expect(coverage.clusterLevel).toBe(3);
    expect(coverage.levelsCovered).toEqual([2, 3, 4]);
  });

  it('does not warn when the anchors spread over levels, or with one anchor', () => {
    expect(anchorCoverage(['a', 'c'], refs).clustered).toBe(false);
    expect(anchorCoverage(['a', 'c'], refs).levelsCovered).toEqual([1, 2, 3]);
    expect(anchorCoverage(['a'], refs).clustered).toBe(false);
    expect(anchorCoverage(['x'], refs).anchorCount).toBe(0);
  });
});
