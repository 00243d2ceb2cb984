// The CJ pairing engine on simulated sessions: judges ask in turn, each pair handed out joins the
// history at once (as the server records it), and the true abilities stand in for a fitted scale.
import { judgementsPerSample } from '../../src-main/domain/judging.js';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src-main/domain/order.js';
import {
  EXPOSURE_SLACK,
  RANDOM_START_PER_SAMPLE,
  nextPair,
} from '../../src-main/stats/cj-pairing.js';
import type { Pair } from '../../src-main/stats/cj-pairing.js';

interface Shown {
  judge: string;
  left: string;
  right: string;
}

const names = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Abilities spread evenly over -3..3 logits, in a shuffled order so they do not follow the ids. */
function spreadAbilities(samples: readonly string[], seed: number): Map<string, number> {
  const random = seededRandom(seed);
  const order = samples.map((s) => ({ s, r: random() })).sort((x, y) => x.r - y.r);
  const n = samples.length;
  return new Map(order.map(({ s }, i) => [s, n === 1 ? 0 : -3 + (6 * i) / (n - 1)]));
}

function counts(samples: readonly string[], shown: readonly Shown[]): Map<string, number> {
  const c = new Map(samples.map((s) => [s, 0]));
  for (const p of shown) {
    c.set(p.left, c.get(p.left)! + 1);
    c.set(p.right, c.get(p.right)! + 1);
  }
  return c;
}

/** Connected parts of the comparison graph, found by a plain search (independent of the engine). */
function parts(samples: readonly string[], shown: readonly Shown[]): number {
  const next = new Map(samples.map((s) => [s, [] as string[]]));
  for (const p of shown) {
    next.get(p.left)!.push(p.right);
    next.get(p.right)!.push(p.left);
  }
  const visited = new Set<string>();
  let found = 0;
  for (const s of samples) {
    if (visited.has(s)) continue;
    found++;
    const stack = [s];
    visited.add(s);
    while (stack.length > 0) {
      for (const t of next.get(stack.pop()!)!) {
        if (!visited.has(t)) {
          visited.add(t);
          stack.push(t);
        }
      }
    }
  }
  return found;
}

interface Session {
  shown: Shown[];
  pairs: (Pair & { judge: string })[];
}

/** Judges ask in turn, `perJudge` rounds; a null answer ends nothing (the judge just skips). */
function simulate(opts: {
  samples: readonly string[];
  judges: number;
  perJudge: number;
  seed: number;
  abilities: ReadonlyMap<string, number>;
}): Session {
  const random = seededRandom(opts.seed);
  const shown: Shown[] = [];
  const pairs: Session['pairs'] = [];
  const judges = names('j', opts.judges);
  for (let round = 0; round < opts.perJudge; round++) {
    for (const judge of judges) {
      const pair = nextPair({
        samples: opts.samples,
        shown,
        abilities: opts.abilities,
        judge,
        random,
      });
      if (pair === null) continue;
      shown.push({ judge, left: pair.left, right: pair.right });
      pairs.push({ ...pair, judge });
    }
  }
  return { shown, pairs };
}

const SAMPLES_60 = names('s', 60);
const TRUTH_60 = spreadAbilities(SAMPLES_60, 7);
const SEEDS = [1, 2, 3, 4, 5];
const SESSIONS = SEEDS.map((seed) =>
  simulate({ samples: SAMPLES_60, judges: 40, perJudge: 20, seed, abilities: TRUTH_60 }),
);

describe('judgementsPerSample', () => {
  it('is judges x judgements each x 2 samples per judgement, over the samples', () => {
    expect(judgementsPerSample(60, 40, 20)).toBeCloseTo(26.667, 3);
    expect(judgementsPerSample(30, 10, 15)).toBe(10);
    expect(judgementsPerSample(5, 1, 10)).toBe(4);
    expect(judgementsPerSample(0, 10, 10)).toBe(0);
  });
});

describe('nextPair: never the same pair twice for a judge', () => {
  it('40 judges x 20 judgements on 60 samples: every pair new for its judge, no self pairs', () => {
    for (const { pairs } of SESSIONS) {
      expect(pairs).toHaveLength(800);
      const seen = new Set<string>();
      for (const p of pairs) {
        expect(p.left).not.toBe(p.right);
        expect(SAMPLES_60).toContain(p.left);
        expect(SAMPLES_60).toContain(p.right);
        const k = `${p.judge}:${key(p.left, p.right)}`;
        expect(seen.has(k)).toBe(false);
        seen.add(k);
      }
    }
  });

  it('5 samples: each judge gets all 10 pairs once, and null only after that', () => {
    const samples = names('s', 5);
    const judges = ['ann', 'ben', 'cat'];
    const random = seededRandom(11);
    const shown: Shown[] = [];
    const had = new Map(judges.map((j) => [j, new Set<string>()]));
    let open = judges.length;
    const done = new Set<string>();
    for (let guard = 0; open > 0 && guard < 100; guard++) {
      const judge = judges[guard % judges.length]!;
      if (done.has(judge)) continue;
      const abilities = new Map(samples.map((s, i) => [s, i - 2]));
      const pair = nextPair({ samples, shown, abilities, judge, random });
      const mine = had.get(judge)!;
      if (pair === null) {
        expect(mine.size).toBe(10);
        done.add(judge);
        open--;
        continue;
      }
      expect(mine.has(key(pair.left, pair.right))).toBe(false);
      mine.add(key(pair.left, pair.right));
      shown.push({ judge, left: pair.left, right: pair.right });
    }
    expect(done.size).toBe(3);
    expect(shown).toHaveLength(30);
  });

  it('answers null for fewer than two samples, and ignores history about unknown samples', () => {
    const random = seededRandom(1);
    expect(nextPair({ samples: [], shown: [], abilities: new Map(), judge: 'j', random })).toBe(
      null,
    );
    expect(nextPair({ samples: ['a'], shown: [], abilities: new Map(), judge: 'j', random })).toBe(
      null,
    );
    const shown = [
      { judge: 'j', left: 'a', right: 'gone' },
      { judge: 'j', left: 'a', right: 'a' },
    ];
    const pair = nextPair({ samples: ['a', 'b'], shown, abilities: new Map(), judge: 'j', random });
    expect(pair && key(pair.left, pair.right)).toBe('a|b');
  });

  it('falls back to any new pair when the near partners are all far ahead in comparisons', () => {
    // Judge j has had a with b, c and d; a's one new partner, e, has 3 more comparisons than a.
    const samples = ['a', 'b', 'c', 'd', 'e'];
    const shown: Shown[] = [
      { judge: 'j', left: 'a', right: 'b' },
      { judge: 'j', left: 'a', right: 'c' },
      { judge: 'j', left: 'd', right: 'a' },
      { judge: 'k', left: 'b', right: 'c' },
      { judge: 'k', left: 'c', right: 'd' },
      { judge: 'k', left: 'b', right: 'd' },
    ];
    for (const other of ['k', 'l']) {
      for (const s of ['b', 'c', 'd']) shown.push({ judge: other, left: 'e', right: s });
    }
    // Comparisons: a 3, b c d 5, e 6. Unseen by j: a-e (sum 9) is the least-compared pair.
    const abilities = new Map([
      ['a', 0],
      ['b', 1],
      ['c', -1],
      ['d', 0.5],
      ['e', 3],
    ]);
    const random = seededRandom(3);
    for (let i = 0; i < 10; i++) {
      const pair = nextPair({ samples, shown, abilities, judge: 'j', random })!;
      expect(pair.reason).toBe('any-new');
      expect(key(pair.left, pair.right)).toBe('a|e');
    }
  });

  it('answers null once the judge has had every pair', () => {
    const samples = ['a', 'b', 'c'];
    const shown: Shown[] = [
      { judge: 'j', left: 'a', right: 'b' },
      { judge: 'j', left: 'c', right: 'b' },
      { judge: 'k', left: 'a', right: 'c' },
    ];
    const random = seededRandom(2);
    const pair = nextPair({ samples, shown, abilities: new Map(), judge: 'j', random })!;
    expect(key(pair.left, pair.right)).toBe('a|c');
    shown.push({ judge: 'j', left: 'c', right: 'a' });
    expect(nextPair({ samples, shown, abilities: new Map(), judge: 'j', random })).toBe(null);
  });
});

describe('nextPair: balanced exposure', () => {
  it(`keeps every sample within ${EXPOSURE_SLACK + 1} comparisons of the least-compared`, () => {
    for (const { shown, pairs } of SESSIONS) {
      // The bound holds while the fallback is not needed (see the file header).
      expect(pairs.some((p) => p.reason === 'any-new')).toBe(false);
      const c = [...counts(SAMPLES_60, shown).values()];
      // 800 pairs on 60 samples: 26.7 each on average.
      expect(Math.max(...c) - Math.min(...c)).toBeLessThanOrEqual(EXPOSURE_SLACK + 1);
    }
  });

  it('keeps the spread bounded at every step, not only at the end', () => {
    const { shown } = SESSIONS[0]!;
    for (let t = 1; t <= shown.length; t += 37) {
      const c = [...counts(SAMPLES_60, shown.slice(0, t)).values()];
      expect(Math.max(...c) - Math.min(...c)).toBeLessThanOrEqual(EXPOSURE_SLACK + 1);
    }
  });
});

describe('nextPair: random start and connection', () => {
  it('is one connected scale once the random start ends, in every seeded run', () => {
    for (const n of [6, 17, 60]) {
      for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
        const samples = names('s', n);
        const { shown, pairs } = simulate({
          samples,
          judges: 4,
          perJudge: n,
          seed,
          abilities: spreadAbilities(samples, seed),
        });
        const end = pairs.findIndex((p) => p.reason !== 'random-start');
        expect(end).toBeGreaterThan(0);
        const c = [...counts(samples, shown.slice(0, end)).values()];
        expect(Math.min(...c)).toBe(RANDOM_START_PER_SAMPLE);
        expect(parts(samples, shown.slice(0, end))).toBe(1);
        expect(pairs.slice(0, end).every((p) => p.reason === 'random-start')).toBe(true);
      }
    }
  });

  it('does not look at the estimates during the random start', () => {
    const samples = names('s', 20);
    const run = (abilities: ReadonlyMap<string, number>): Session =>
      simulate({ samples, judges: 3, perJudge: 15, seed: 9, abilities });
    const withScale = run(spreadAbilities(samples, 1)).pairs;
    const without = run(new Map()).pairs;
    const end = withScale.findIndex((p) => p.reason !== 'random-start');
    expect(end).toBeGreaterThanOrEqual((samples.length * RANDOM_START_PER_SAMPLE) / 2);
    expect(withScale.slice(0, end)).toEqual(without.slice(0, end));
  });

  it("pairs across parts ('connect') when the history is not one connected scale", () => {
    // Three cliques: every sample has 4 comparisons (past the random start) but the parts are
    // separate, so their scales cannot be compared.
    const groups = [names('a', 5), names('b', 5), names('c', 5)];
    const samples = groups.flat();
    const shown: Shown[] = [];
    for (const g of groups) {
      for (let i = 0; i < g.length; i++) {
        for (let k = i + 1; k < g.length; k++)
          shown.push({ judge: 'old', left: g[i]!, right: g[k]! });
      }
    }
    const group = (s: string): string => s[0]!;
    const random = seededRandom(5);
    const abilities = spreadAbilities(samples, 2);
    const connect: Pair[] = [];
    for (;;) {
      const pair = nextPair({ samples, shown, abilities, judge: 'new', random })!;
      if (pair.reason !== 'connect') {
        expect(pair.reason).toBe('close-estimates');
        break;
      }
      expect(group(pair.left)).not.toBe(group(pair.right));
      connect.push(pair);
      shown.push({ judge: 'new', left: pair.left, right: pair.right });
    }
    // Each 'connect' pair joins two parts: two of them join three.
    expect(connect).toHaveLength(2);
    expect(parts(samples, shown)).toBe(1);
  });

  it('joins a sample added late before anything else', () => {
    const samples = names('s', 10);
    const { shown } = simulate({
      samples,
      judges: 3,
      perJudge: 10,
      seed: 4,
      abilities: spreadAbilities(samples, 4),
    });
    const pair = nextPair({
      samples: [...samples, 'late'],
      shown,
      abilities: spreadAbilities(samples, 4),
      judge: 'j01',
      random: seededRandom(8),
    })!;
    expect([pair.left, pair.right]).toContain('late');
    // 'late' has no comparisons, so the random start is open again for it.
    expect(pair.reason).toBe('random-start');
  });
});

/**
 * For samples a..d where a has the fewest comparisons and d is already taken: over `runs` seeds,
 * how often the new judge's adaptive pair puts a against c rather than b.
 */
function timesAMeetsC(shown: readonly Shown[], abilities: Map<string, number>, runs: number) {
  let c = 0;
  for (let seed = 0; seed < runs; seed++) {
    const pair = nextPair({
      samples: ['a', 'b', 'c', 'd'],
      shown,
      abilities,
      judge: 'new',
      random: seededRandom(seed),
    })!;
    expect(pair.reason).toBe('close-estimates');
    expect([pair.left, pair.right]).toContain('a');
    expect([pair.left, pair.right]).not.toContain('d');
    if (pair.left === 'c' || pair.right === 'c') c++;
  }
  return c;
}

describe('nextPair: adaptive pairing', () => {
  it('pairs samples much closer on the scale than random pairs do', () => {
    // Mean |gap| over all pairs of abilities evenly spread on -3..3 is a third of the range.
    let all = 0;
    let count = 0;
    const values = [...TRUTH_60.values()];
    for (let i = 0; i < values.length; i++) {
      for (let k = i + 1; k < values.length; k++) {
        all += Math.abs(values[i]! - values[k]!);
        count++;
      }
    }
    const randomGap = all / count;
    expect(randomGap).toBeCloseTo(2.03, 1);
    for (const { pairs } of SESSIONS) {
      const adaptive = pairs.filter((p) => p.reason === 'close-estimates');
      expect(adaptive.length).toBeGreaterThan(600);
      const gap =
        adaptive.reduce((s, p) => s + Math.abs(TRUTH_60.get(p.left)! - TRUTH_60.get(p.right)!), 0) /
        adaptive.length;
      // Observed about 0.65 logits (a third of random); weights alone would give well under half.
      expect(gap).toBeLessThan(randomGap / 2);
    }
  });

  it('favours a partner fewer judges have had, other things equal', () => {
    // a has the fewest comparisons; b and c are equally close to it and equally compared, but ten
    // judges already had a-b and none a-c. Weights 1/11 and 1: c about 11 times in 12.
    const shown: Shown[] = [];
    for (let i = 0; i < 10; i++) shown.push({ judge: `k${i}`, left: 'a', right: 'b' });
    for (let i = 0; i < 11; i++) shown.push({ judge: `k${i}`, left: 'c', right: 'd' });
    shown.push({ judge: 'k0', left: 'b', right: 'd' });
    // Comparisons: a 10, b 11, c 11, d 12 (beyond a's limit of 11).
    const abilities = new Map([
      ['a', 0],
      ['b', 0.5],
      ['c', -0.5],
      ['d', 0],
    ]);
    const c = timesAMeetsC(shown, abilities, 240);
    // Expected 220 of 240 (sd 4.3).
    expect(c).toBeGreaterThan(200);
  });

  it('prefers the nearer partner, but not always', () => {
    // The new judge had a-d already. a has the fewest comparisons; b is 0.2 logits from it, c 1.5.
    // Weights (4p(1-p))^4: 0.961 and 0.127, so c about 47 times in 400 (sd 6.4).
    const shown: Shown[] = [
      { judge: 'new', left: 'a', right: 'd' },
      { judge: 'k', left: 'a', right: 'd' },
      { judge: 'l', left: 'd', right: 'a' },
      { judge: 'k', left: 'b', right: 'c' },
      { judge: 'l', left: 'b', right: 'c' },
      { judge: 'm', left: 'c', right: 'b' },
      { judge: 'k', left: 'b', right: 'd' },
      { judge: 'k', left: 'c', right: 'd' },
    ];
    // Comparisons: a 3, b 4, c 4, d 5.
    const abilities = new Map([
      ['a', 0],
      ['b', 0.2],
      ['c', 1.5],
      ['d', 0],
    ]);
    const far = timesAMeetsC(shown, abilities, 400);
    expect(far).toBeGreaterThan(25);
    expect(far).toBeLessThan(70);
  });

  it('does not always take the single nearest partner', () => {
    // The same history and scale asked with different seeds gives several different partners.
    const { shown } = SESSIONS[0]!;
    const firstPartners = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const pair = nextPair({
        samples: SAMPLES_60,
        shown,
        abilities: TRUTH_60,
        judge: 'fresh',
        random: seededRandom(seed),
      })!;
      expect(pair.reason).toBe('close-estimates');
      firstPartners.add(key(pair.left, pair.right));
    }
    expect(firstPartners.size).toBeGreaterThan(5);
  });
});

describe('nextPair: left and right', () => {
  it('puts the first-chosen sample on the left about half the time', () => {
    // a is the one least-compared sample, so every pair is built from it first.
    let aLeft = 0;
    for (let seed = 0; seed < 2000; seed++) {
      const pair = nextPair({
        samples: ['a', 'b', 'c'],
        shown: [{ judge: 'k', left: 'b', right: 'c' }],
        abilities: new Map(),
        judge: 'j',
        random: seededRandom(seed),
      })!;
      if (pair.left === 'a') aLeft++;
    }
    // Binomial(2000, 0.5): sd 22, so 900..1100 is 4.5 sd either side.
    expect(aLeft).toBeGreaterThan(900);
    expect(aLeft).toBeLessThan(1100);
  });

  it('puts the stronger sample on the left in about half the pairs of a session', () => {
    let stronger = 0;
    let earlier = 0;
    let total = 0;
    for (const { pairs } of SESSIONS) {
      for (const p of pairs) {
        total++;
        if (TRUTH_60.get(p.left)! > TRUTH_60.get(p.right)!) stronger++;
        if (p.left < p.right) earlier++;
      }
    }
    // 4,000 pairs: sd of the share 0.008, so 0.46..0.54 is 5 sd either side.
    expect(stronger / total).toBeGreaterThan(0.46);
    expect(stronger / total).toBeLessThan(0.54);
    expect(earlier / total).toBeGreaterThan(0.46);
    expect(earlier / total).toBeLessThan(0.54);
  });
});
