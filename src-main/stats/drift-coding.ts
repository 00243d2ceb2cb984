// computeDrift's first steps (drift.ts): the counted ratings as columns of integer codes, the
// reference scores as level lookups, and the units (session, round, sample, criterion) the
// ratings share with colleagues.
import type { DriftInput, MonitorRating } from './drift-types.js';

/** Ids numbered in the order first seen. */
export class Interner {
  readonly ids: string[] = [];
  private readonly map = new Map<string, number>();
  get(id: string): number | undefined {
    return this.map.get(id);
  }
  add(id: string): number {
    let v = this.map.get(id);
    if (v === undefined) {
      v = this.ids.length;
      this.map.set(id, v);
      this.ids.push(id);
    }
    return v;
  }
}

/** Integer-keyed lookup of a level index (-1 = none): a typed array when small, else a Map. */
export class KeyTable {
  private readonly arr: Int16Array | null;
  private readonly map: Map<number, number> | null;
  constructor(size: number) {
    this.arr = size <= 1 << 22 ? new Int16Array(size).fill(-1) : null;
    this.map = this.arr ? null : new Map();
  }
  set(key: number, v: number): void {
    if (this.arr) this.arr[key] = v;
    else this.map!.set(key, v);
  }
  get(key: number): number {
    return this.arr ? this.arr[key]! : (this.map!.get(key) ?? -1);
  }
}

/** A score's level index; `what` names the score in the error (a function when costly). */
export type LevelOf = (v: number, what: string | (() => string)) => number;

/** The counted ratings (scored, of the round counted) as columns of codes, in input order. */
export interface CodedRatings {
  n: number;
  /** Position of the session in date order. */
  session: Int32Array;
  rater: Int32Array;
  sample: Int32Array;
  criterion: Int32Array;
  /** Round code (in order first seen). */
  round: Int32Array;
  /** Level index of the score. */
  level: Int32Array;
  raters: Interner;
  samples: Interner;
  criteria: Interner;
  /** Number of round codes, at least 1. */
  rounds: number;
}

/**
 * Codes the ratings of `round` (every round when null) that have a score.
 * @throws RangeError for a rating of a session not in `sessionIndex` or a score off the scale.
 */
export function codeRatings(
  rows: readonly MonitorRating[],
  sessionIndex: ReadonlyMap<string, number>,
  round: number | null,
  lvl: LevelOf,
): CodedRatings {
  const raters = new Interner();
  const samples = new Interner();
  const crits = new Interner();
  const roundIndex = new Map<number, number>();
  const n0 = rows.length;
  const rS = new Int32Array(n0);
  const rR = new Int32Array(n0);
  const rSm = new Int32Array(n0);
  const rC = new Int32Array(n0);
  const rRd = new Int32Array(n0);
  const rL = new Int32Array(n0);
  let n = 0;
  // Rows usually come grouped by session and sample: remember the last ids seen.
  let lastSession: string | null = null;
  let lastS = -1;
  let lastSample: string | null = null;
  let lastSm = -1;
  let lastCrit: string | null = null;
  let lastC = -1;
  let lastRound = Number.NaN;
  let lastRd = -1;
  for (let i = 0; i < n0; i++) {
    const r = rows[i]!;
    if (r.score === null) continue;
    const rd = r.round ?? 1;
    if (round !== null && rd !== round) continue;
    if (r.session !== lastSession) {
      const s = sessionIndex.get(r.session);
      if (s === undefined) {
        throw new RangeError(`rating ${i}: session "${r.session}" is not listed`);
      }
      lastSession = r.session;
      lastS = s;
    }
    if (r.sample !== lastSample) {
      lastSample = r.sample;
      lastSm = samples.add(r.sample);
    }
    if (r.criterion !== lastCrit) {
      lastCrit = r.criterion;
      lastC = crits.add(r.criterion);
    }
    if (rd !== lastRound) {
      let rdi = roundIndex.get(rd);
      if (rdi === undefined) roundIndex.set(rd, (rdi = roundIndex.size));
      lastRound = rd;
      lastRd = rdi;
    }
    rS[n] = lastS;
    rR[n] = raters.add(r.rater);
    rSm[n] = lastSm;
    rC[n] = lastC;
    rRd[n] = lastRd;
    rL[n] = lvl(r.score, () => `rating ${i}`);
    n++;
  }
  return {
    n,
    session: rS,
    rater: rR,
    sample: rSm,
    criterion: rC,
    round: rRd,
    level: rL,
    raters,
    samples,
    criteria: crits,
    rounds: Math.max(1, roundIndex.size),
  };
}

/**
 * Reference levels, -1 where there is none: the consensus by (session, sample, criterion), the
 * anchors by (sample, criterion). References to a sample or criterion without counted ratings,
 * or to a session not listed, are left out.
 */
export class References {
  private readonly consensus: KeyTable;
  private readonly anchors: KeyTable;

  constructor(
    sessions: number,
    private readonly samples: number,
    private readonly criteria: number,
  ) {
    this.consensus = new KeyTable(sessions * samples * criteria);
    this.anchors = new KeyTable(samples * criteria);
  }

  private consensusKey(session: number, sample: number, crit: number): number {
    return (session * this.samples + sample) * this.criteria + crit;
  }

  private anchorKey(sample: number, crit: number): number {
    return sample * this.criteria + crit;
  }

  consensusAt(session: number, sample: number, crit: number): number {
    return this.consensus.get(this.consensusKey(session, sample, crit));
  }

  anchorAt(sample: number, crit: number): number {
    return this.anchors.get(this.anchorKey(sample, crit));
  }

  /**
   * Every consensus and anchor score that can be read against the coded ratings.
   * @throws RangeError for a reference score off the scale.
   */
  static of(
    input: Pick<DriftInput, 'consensus' | 'anchors'>,
    coded: CodedRatings,
    sessionIndex: ReadonlyMap<string, number>,
    S: number,
    lvl: LevelOf,
  ): References {
    const refs = new References(S, coded.samples.ids.length, coded.criteria.ids.length);
    for (const c of input.consensus ?? []) {
      const s = sessionIndex.get(c.session);
      const sm = coded.samples.get(c.sample);
      const cr = coded.criteria.get(c.criterion);
      if (s === undefined || sm === undefined || cr === undefined) continue;
      refs.consensus.set(
        refs.consensusKey(s, sm, cr),
        lvl(c.score, `consensus ${c.sample}/${c.criterion}`),
      );
    }
    for (const a of input.anchors ?? []) {
      const sm = coded.samples.get(a.sample);
      const cr = coded.criteria.get(a.criterion);
      if (sm === undefined || cr === undefined) continue;
      refs.anchors.set(refs.anchorKey(sm, cr), lvl(a.score, `anchor ${a.sample}/${a.criterion}`));
    }
    return refs;
  }
}

/** Each rating's unit (session, round, sample, criterion), and the level counts per unit. */
export interface Units {
  of: Int32Array;
  /** [unit * q + level]: ratings of that level in the unit. */
  levelCounts: Int32Array;
}

export function unitsOf(coded: CodedRatings, S: number, q: number): Units {
  const { n, rounds: nRd } = coded;
  const nSm = coded.samples.ids.length;
  const nC = coded.criteria.ids.length;
  const unitSpace = S * nRd * nSm * nC;
  const unitTable = unitSpace <= 1 << 22 ? new Int32Array(unitSpace).fill(-1) : null;
  const unitMap = unitTable ? null : new Map<number, number>();
  const unit = new Int32Array(n);
  let nUnits = 0;
  for (let i = 0; i < n; i++) {
    const key =
      ((coded.session[i]! * nRd + coded.round[i]!) * nSm + coded.sample[i]!) * nC +
      coded.criterion[i]!;
    let u = unitTable ? unitTable[key]! : (unitMap!.get(key) ?? -1);
    if (u < 0) {
      u = nUnits++;
      if (unitTable) unitTable[key] = u;
      else unitMap!.set(key, u);
    }
    unit[i] = u;
  }
  const uc = new Int32Array(nUnits * q);
  for (let i = 0; i < n; i++) uc[unit[i]! * q + coded.level[i]!]!++;
  return { of: unit, levelCounts: uc };
}
