// Judge fit: infit and outfit by hand on a fixed scale, the mean + 2 SD flag, the worst
// judgements, times, and the order of judges.
import { describe, expect, it } from 'vitest';
import { judgeFit } from '../../src-main/stats/cj-fit.js';
import type { BtFit, Judgement } from '../../src-main/stats/cj-types.js';

/** A fitted scale as literal abilities (the fit itself is tested elsewhere). */
function scale(abilities: Record<string, number>): BtFit {
  return {
    samples: Object.entries(abilities).map(([sample, ability]) => ({
      sample,
      ability,
      se: 0.5,
      wins: 1,
      comparisons: 2,
      adjusted: null,
    })),
    log_likelihood: -1,
    iterations: 1,
    converged: true,
    components: 1,
    warnings: [],
  };
}

const fit = scale({ A: 1, B: 0, C: -1 });
const chose = (judge: string, winner: string, loser: string, ms: number | null = null) =>
  ({ judge, left: loser, right: winner, winner, ms }) satisfies Judgement;
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe('infit and outfit', () => {
  it('are the mean of (1-p)²/(p(1-p)) and sum (1-p)² / sum p(1-p) over the judge’s choices', () => {
    const js = [chose('j1', 'A', 'B'), chose('j1', 'B', 'C'), chose('j1', 'C', 'A')];
    const report = judgeFit(js, fit);
    const p = [sigmoid(1), sigmoid(1), sigmoid(-2)];
    const z2 = p.map((v) => (1 - v) ** 2 / (v * (1 - v)));
    const j1 = report.judges[0]!;
    expect(j1.judgements).toBe(3);
    expect(j1.outfit).toBeCloseTo((z2[0]! + z2[1]! + z2[2]!) / 3, 12);
    const sq = p.reduce((s, v) => s + (1 - v) ** 2, 0);
    const info = p.reduce((s, v) => s + v * (1 - v), 0);
    expect(j1.infit).toBeCloseTo(sq / info, 12);
    expect(j1.worst.map((r) => [r.winner, r.expected, r.z2])).toEqual([
      ['C', expect.closeTo(p[2]!, 12), expect.closeTo(z2[2]!, 12)],
      ['A', expect.closeTo(p[0]!, 12), expect.closeTo(z2[0]!, 12)],
      ['B', expect.closeTo(p[1]!, 12), expect.closeTo(z2[1]!, 12)],
    ]);
    expect(j1.worst[0]).toMatchObject({ left: 'A', right: 'C', winner: 'C' });
    // One judge: no spread to compare with.
    expect(report.threshold).toBeNull();
    expect(j1.misfit).toBe(false);
  });

  it('flag a judge above the mean + 2 SD of the judges’ infits, and only that judge', () => {
    const js: Judgement[] = [];
    for (const judge of ['g1', 'g2', 'g3', 'g4', 'g5', 'g6']) {
      for (let k = 0; k < 3; k++) js.push(chose(judge, 'A', 'C'));
    }
    for (let k = 0; k < 3; k++) js.push(chose('x', 'C', 'A'));
    const report = judgeFit(js, fit);
    const infits = report.judges.map((j) => j.infit!);
    expect(infits[0]).toBeCloseTo(Math.exp(-2), 12);
    expect(report.judges.at(-1)!.infit).toBeCloseTo(Math.exp(2), 12);
    const mean = infits.reduce((s, v) => s + v, 0) / infits.length;
    const sd = Math.sqrt(infits.reduce((s, v) => s + (v - mean) ** 2, 0) / (infits.length - 1));
    expect(report.threshold).toBeCloseTo(mean + 2 * sd, 12);
    expect(report.judges.filter((j) => j.misfit).map((j) => j.judge)).toEqual(['x']);
  });
});

describe('the report’s details', () => {
  it('lists at most 5 worst judgements, worst first, ties in the judgements’ order', () => {
    const js = [
      chose('j', 'B', 'A', 1), // z2 = e
      chose('j', 'A', 'B', 2), // e^-1
      chose('j', 'C', 'A', 3), // e^2
      chose('j', 'A', 'C', 4), // e^-2
      chose('j', 'C', 'B', 5), // e
      chose('j', 'B', 'C', 6), // e^-1
      chose('j', 'B', 'A', 7), // e
    ];
    const worst = judgeFit(js, fit).judges[0]!.worst;
    expect(worst.map((r) => [r.winner, r.left])).toEqual([
      ['C', 'A'],
      ['B', 'A'],
      ['C', 'B'],
      ['B', 'A'],
      ['A', 'B'],
    ]);
    expect(worst[1]!.z2).toBeCloseTo(Math.E, 12);
  });

  it('median time over the recorded times only; null when none was recorded', () => {
    const js = [
      chose('a', 'A', 'B', 300),
      chose('a', 'A', 'B', null),
      chose('a', 'A', 'B', 100),
      chose('a', 'A', 'B', 200),
      chose('b', 'A', 'B', 100),
      chose('b', 'A', 'B', 400),
      chose('c', 'A', 'B', null),
    ];
    expect(judgeFit(js, fit).judges.map((j) => [j.judge, j.median_ms])).toEqual([
      ['a', 200],
      ['b', 250],
      ['c', null],
    ]);
  });

  it('judges in byte order of their ids, not UTF-16 or locale order', () => {
    const ids = ['𝒜', 'b', '\uFFFD', 'Ä', 'a', 'B'];
    const report = judgeFit(
      ids.map((id) => chose(id, 'A', 'B')),
      fit,
    );
    expect(report.judges.map((j) => j.judge)).toEqual(['B', 'a', 'b', 'Ä', '\uFFFD', '𝒜']);
  });

  it('a judge with no usable judgement has no infit or outfit and is not flagged', () => {
    const js = [{ judge: 'z', left: 'A', right: 'gone', winner: 'gone', ms: 5 }];
    expect(judgeFit(js, fit).judges).toEqual([
      {
        judge: 'z',
        judgements: 0,
        infit: null,
        outfit: null,
        misfit: false,
        median_ms: null,
        worst: [],
      },
    ]);
  });
});
