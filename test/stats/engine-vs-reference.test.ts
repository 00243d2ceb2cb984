// The fast engine against the slow reference implementation (test/stats/reference.ts) on
// random data with missing ratings, to 1e-9, for every statistic key.
import { describe, expect, it } from 'vitest';
import { computeAgreementReport } from '../../src-main/stats/index.js';
import type { CriterionReport, Rating } from '../../src-main/stats/index.js';
import { rng } from './helpers.js';
import { reference } from './reference.js';
import type { Wide } from './reference.js';

interface Case {
  seed: number;
  units: number;
  raters: number;
  levels: number[];
  missing: number;
  /** Probability that a rater copies the unit's "true" level. */
  agreement: number;
  /** Level indices the raters use (others stay unobserved); default all. */
  used?: number[];
}

function generate(c: Case): Rating[] {
  const rand = rng(c.seed);
  const q = c.levels.length;
  const out: Rating[] = [];
  for (let u = 0; u < c.units; u++) {
    const truth = Math.floor(rand() * q);
    for (let r = 0; r < c.raters; r++) {
      if (rand() < c.missing) continue;
      let k = truth;
      if (rand() > c.agreement)
        k = Math.min(
          q - 1,
          Math.max(0, truth + (rand() < 0.5 ? -1 : 1) * (1 + Math.floor(rand() * 2))),
        );
      if (c.used) k = c.used.reduce((a, b) => (Math.abs(b - k) < Math.abs(a - k) ? b : a));
      out.push({ sample: `u${String(u).padStart(3, '0')}`, rater: `R${r}`, score: c.levels[k]! });
    }
  }
  return out;
}

function toWide(ratings: Rating[], levels: number[]): Wide {
  const raters = [...new Set(ratings.map((r) => r.rater))].sort();
  const samples = [...new Set(ratings.map((r) => r.sample))].sort();
  const m = samples.map(() => raters.map((): number | null => null));
  for (const r of ratings) {
    m[samples.indexOf(r.sample)]![raters.indexOf(r.rater)] = levels.indexOf(r.score!);
  }
  return { levels, raters, m };
}

/** Engine report flattened to key paths (independent of the CLI's flattening). */
function flatten(c: CriterionReport): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const s = c.statistics;
  const walk = (prefix: string, node: unknown): void => {
    if (node && typeof node === 'object' && 'defined' in node) {
      const st = node as { value: number | null; defined: boolean; ci95_lower?: number | null };
      expect(st.defined).toBe(st.value !== null);
      if (st.value !== null) expect(Number.isFinite(st.value)).toBe(true);
      out.set(prefix, st.value);
      if (
        prefix === 'icc.consistency_single' &&
        st.ci95_lower !== null &&
        st.ci95_lower !== undefined
      ) {
        out.set(`${prefix}#lower`, st.ci95_lower);
      }
      return;
    }
    if (typeof node === 'number') {
      out.set(prefix, node);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'pairs' && Array.isArray(v)) {
        for (const p of v) {
          const { rater_a, rater_b, n_common: _n, ...rest } = p as Record<string, unknown>;
          walk(`${prefix}.pairs.${String(rater_a)}|${String(rater_b)}`, rest);
        }
      } else walk(prefix ? `${prefix}.${k}` : k, v);
    }
  };
  walk('', s);
  return out;
}

const cases: Case[] = [];
{
  const rand = rng(20261123);
  const scales = [
    [5],
    [1, 2],
    [1, 2, 3],
    [1, 2, 3, 4],
    [0, 1, 2, 3, 4],
    [1, 2, 4, 8],
    [2, 3, 5, 7, 11, 13],
  ];
  for (let i = 0; i < 42; i++) {
    cases.push({
      seed: 1000 + i,
      units: 3 + Math.floor(rand() * 35),
      raters: 2 + Math.floor(rand() * 5),
      levels: scales[i % scales.length]!,
      missing: [0, 0.1, 0.3, 0.5][i % 4]!,
      agreement: [0.3, 0.6, 0.9][i % 3]!,
    });
  }
}

// Levels nobody used, at the ends and inside the scale: the observed-levels forms then differ
// from the full-scale ones.
{
  const rand = rng(20261203);
  const gaps: [number[], number[]][] = [
    [
      [1, 2, 3, 4],
      [0, 2, 3],
    ],
    [
      [1, 2, 3, 4, 5],
      [0, 2, 3],
    ],
    [
      [0, 1, 2, 3, 4, 5, 6],
      [1, 2, 5],
    ],
    [
      [1, 2, 3, 4, 5],
      [1, 4],
    ],
    [
      [0, 1, 2, 3],
      [0, 1, 3],
    ],
    [
      [1, 2, 3, 4, 5, 6],
      [2, 3, 4],
    ],
    [
      [1, 2, 4, 8],
      [0, 2, 3],
    ],
  ];
  for (let i = 0; i < 14; i++) {
    const [levels, used] = gaps[i % gaps.length]!;
    cases.push({
      seed: 2000 + i,
      units: 3 + Math.floor(rand() * 30),
      raters: 2 + Math.floor(rand() * 4),
      levels,
      used,
      missing: [0, 0.2, 0.4][i % 3]!,
      agreement: [0.3, 0.6, 0.9][i % 3]!,
    });
  }
}

describe('engine equals the direct-definition reference', () => {
  it.each(cases)('case seed $seed ($units units, $raters raters, missing $missing)', (c) => {
    const ratings = generate(c);
    const report = computeAgreementReport(ratings, { levels: c.levels });
    const crit = Object.values(report.criteria)[0]!;
    const got = flatten(crit);
    const want = reference(toWide(ratings, c.levels));
    expect(want.size).toBeGreaterThan(50);
    for (const [key, v] of want) {
      expect(got.has(key), `missing ${key}`).toBe(true);
      const g = got.get(key)!;
      if (v === null) expect(g, key).toBeNull();
      else {
        expect(g, key).not.toBeNull();
        expect(Math.abs(g! - v), `${key}: ${g} vs ${v}`).toBeLessThan(1e-9);
      }
    }
    // Everything the engine reports was checked (ICC intervals aside).
    for (const key of got.keys()) expect(want.has(key), `unchecked ${key}`).toBe(true);
  });
});
