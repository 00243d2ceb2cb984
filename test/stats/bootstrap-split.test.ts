// Bootstrap replicates computed in pieces (as threads share them) give the intervals of one run:
// a replicate's values depend on the table, the seed and its index only, the replicates read one
// generator stream in order, and intervals put on a finished report print as the engine's own.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src-main/domain/order.js';
import {
  applyIntervals,
  bootstrapIntervals,
  bootstrapPlan,
  percentileIntervals,
  quantileSorted,
  tableBootstrapPlan,
} from '../../src-main/stats/bootstrap.js';
import type { ReplicateBlock } from '../../src-main/stats/bootstrap.js';
import { columnsFromRatings, prepare } from '../../src-main/stats/input.js';
import { pairTables, tableAgreementCounts } from '../../src-main/stats/pairs.js';
import { computeAgreementReport, reportForTable } from '../../src-main/stats/report.js';
import { layoutFor, weightContext } from '../../src-main/stats/sufficient.js';
import { STAT_KEYS } from '../../src-main/stats/types.js';
import type { Rating, StatKey } from '../../src-main/stats/types.js';
import { randomRatings } from './helpers.js';

function tableOf(ratings: Rating[], q: number) {
  const levels = Array.from({ length: q }, (_, i) => i + 1);
  return prepare(columnsFromRatings(ratings), levels, { orderUnitsById: true }).criteria[0]!.table;
}

describe('replicates in pieces', () => {
  it('are the replicates of one run, however the run is cut', () => {
    const t = tableOf(randomRatings(5, 40, 6, 4, 0.2), 4);
    const plan = tableBootstrapPlan(t, STAT_KEYS);
    const whole = plan.replicates(9, 0, 120);
    // Another plan of the same table (as another thread makes) and uneven cuts.
    const other = tableBootstrapPlan(t, STAT_KEYS);
    const pieces = [
      other.replicates(9, 77, 120),
      plan.replicates(9, 0, 1),
      other.replicates(9, 1, 77),
    ];
    expect(other.paths).toEqual(plan.paths);
    plan.paths.forEach((_, i) => {
      const joined = Float64Array.from([
        ...pieces[1]!.values[i]!,
        ...pieces[2]!.values[i]!,
        ...pieces[0]!.values[i]!,
      ]);
      expect(joined).toEqual(whole.values[i]);
    });
    expect(percentileIntervals(plan.paths, pieces)).toEqual(
      percentileIntervals(plan.paths, [whole]),
    );
  });

  it('draw replicate r from draws r * n .. (r + 1) * n - 1 of the seed stream', () => {
    // Naive: one generator through all replicates, every replicate a new data set run through
    // the whole report without intervals (units drawn twice appear twice, under new names).
    const ratings = randomRatings(8, 25, 4, 4, 0.15);
    const t = tableOf(ratings, 4);
    const reps = 150;
    const seed = 4242;
    const rand = seededRandom(seed);
    const values: number[] = [];
    for (let r = 0; r < reps; r++) {
      const drawn: Rating[] = [];
      for (let d = 0; d < t.nUnits; d++) {
        const u = Math.floor(rand() * t.nUnits);
        for (let i = t.unitStart[u]!; i < t.unitStart[u + 1]!; i++) {
          drawn.push({
            sample: `d${d}`,
            rater: t.raters[t.rater[i]!]!,
            score: t.levels[t.level[i]!]!,
          });
        }
      }
      const report = computeAgreementReport(drawn, {
        levels: [1, 2, 3, 4],
        stats: ['krippendorff_alpha'],
      });
      const st = Object.values(report.criteria)[0]!.statistics.krippendorff_alpha!.ordinal;
      if (st.defined && st.value !== null) values.push(st.value);
    }
    const sorted = Float64Array.from(values).sort();
    const wanted = new Set<StatKey>(['krippendorff_alpha']);
    const got = bootstrapIntervals(t, layoutFor(4), weightContext(t), wanted, reps, seed);
    const [lo, hi] = got.get('krippendorff_alpha.ordinal')!;
    expect(lo).toBeCloseTo(quantileSorted(sorted, sorted.length, 0.025), 12);
    expect(hi).toBeCloseTo(quantileSorted(sorted, sorted.length, 0.975), 12);
    // A later piece starts deep into the stream: replicate 149 alone equals its place in the run.
    const plan = tableBootstrapPlan(t, ['krippendorff_alpha']);
    const ordinal = plan.paths.indexOf('krippendorff_alpha.ordinal');
    expect(plan.replicates(seed, 149, 150).values[ordinal]![0]).toBe(
      plan.replicates(seed, 0, 150).values[ordinal]![149],
    );
  });

  it('count rater-pair agreement the same from the pair tables as on their own', () => {
    for (const [seed, raters, missing] of [
      [1, 5, 0.2],
      [2, 18, 0.4],
    ] as const) {
      const t = tableOf(randomRatings(seed, 50, raters, 5, missing), 5);
      const L = layoutFor(5);
      const wc = weightContext(t);
      const agreement = new Set<StatKey>(['exact_agreement', 'adjacent_agreement']);
      const withKappa = new Set<StatKey>([...agreement, 'cohen_kappa']);
      for (const pairMethod of ['masks', 'entries', 'tables'] as const) {
        const alone = bootstrapPlan(t, L, wc, agreement, { pairMethod }).replicates(3, 0, 40);
        const both = bootstrapPlan(t, L, wc, withKappa).replicates(3, 0, 40);
        const bothPaths = bootstrapPlan(t, L, wc, withKappa).paths;
        bootstrapPlan(t, L, wc, agreement).paths.forEach((path, i) => {
          expect(both.values[bothPaths.indexOf(path)]).toEqual(alone.values[i]);
        });
      }
    }
  });

  it('read each pair table: all cells common, the diagonal exact, within one step adjacent', () => {
    for (const q of [1, 2, 5]) {
      const t = tableOf(randomRatings(q + 20, 30, 5, q, 0.25), q);
      const pt = pairTables(t);
      // Cell by cell, independently of the engine's row-wise reading.
      const expected = {
        common: new Float64Array(pt.nPairs),
        exact: new Float64Array(pt.nPairs),
        adjacent: new Float64Array(pt.nPairs),
      };
      for (let p = 0; p < pt.nPairs; p++) {
        for (let i = 0; i < q; i++) {
          for (let j = 0; j < q; j++) {
            const v = pt.table[p * q * q + i * q + j]!;
            expected.common[p]! += v;
            if (i === j) expected.exact[p]! += v;
            if (Math.abs(i - j) <= 1) expected.adjacent[p]! += v;
          }
        }
      }
      const got = [0, 1, 2].map(() => new Float64Array(pt.nPairs)) as [
        Float64Array,
        Float64Array,
        Float64Array,
      ];
      tableAgreementCounts(pt, q, ...got);
      expect(got).toEqual([expected.common, expected.exact, expected.adjacent]);
    }
  });

  it('refuse blocks that miss or repeat a replicate', () => {
    const block = (from: number, to: number): ReplicateBlock => ({
      from,
      to,
      values: [new Float64Array(to - from)],
    });
    expect(() => percentileIntervals(['x'], [block(0, 5), block(6, 10)])).toThrow(/tile/);
    expect(() => percentileIntervals(['x'], [block(0, 5), block(4, 10)])).toThrow(/tile/);
    expect(() => percentileIntervals(['x'], [block(1, 5)])).toThrow(/tile/);
  });
});

describe('intervals put on a finished report', () => {
  it('print exactly as the report computed with them', () => {
    const ratings = randomRatings(31, 30, 5, 4, 0.2, 2);
    const levels = [1, 2, 3, 4];
    const ci = { kind: 'bootstrap' as const, reps: 100, seed: 12 };
    const expected = computeAgreementReport(ratings, { levels, ci });
    const prepared = prepare(columnsFromRatings(ratings), levels, { orderUnitsById: true });
    const tables: [string, typeof prepared.pooled][] = prepared.criteria.map((c) => [
      c.id,
      c.table,
    ]);
    tables.push(['__pooled__', prepared.pooled]);
    const criteria = Object.fromEntries(
      tables.map(([id, t]) => {
        const report = reportForTable(t!, new Set(STAT_KEYS));
        const plan = tableBootstrapPlan(t!, STAT_KEYS);
        applyIntervals(
          report.statistics,
          percentileIntervals(plan.paths, [plan.replicates(12, 0, 100)]),
        );
        return [id, report];
      }),
    );
    // Byte for byte: the same keys in the same order (intervals before the words).
    expect(JSON.stringify({ levels: prepared.levels, criteria })).toBe(JSON.stringify(expected));
    const alpha = expected.criteria.c0!.statistics.krippendorff_alpha!.ordinal;
    expect(Object.keys(alpha).slice(-3)).toEqual(['ci95_lower', 'ci95_upper', 'interpretation']);
  });
});
