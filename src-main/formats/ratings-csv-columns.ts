// Where the ratings CSV's kept rows go (ratings-csv.ts): the round filter that decides, and the
// columns that grow to hold them.
import type { Interner } from './ratings-csv-interner.js';

/** The round asked for: compared as text, or as numbers when both are numeric. */
export class RoundFilter {
  private readonly kept: boolean[] = [];
  private readonly wantNum: number;

  constructor(private readonly want: string) {
    this.wantNum = want !== '' ? Number(want) : Number.NaN;
  }

  /** Whether rows of the round interned as `id` are kept (decided once per round). */
  keeps(rounds: Interner, id: number): boolean {
    let k = this.kept[id];
    if (k === undefined) {
      const text = rounds.idAt(id);
      k =
        text === this.want ||
        (!Number.isNaN(this.wantNum) && text !== '' && Number(text) === this.wantNum);
      this.kept[id] = k;
    }
    return k;
  }
}

function growInt(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** The kept rows as columns, grown by doubling. */
export class RatingColumns {
  length = 0;
  sample: Int32Array;
  rater: Int32Array;
  criterion: Int32Array;
  score: Float64Array;
  /** 1-based line where each row starts. */
  line: Int32Array;
  /** Session id, -1 without a session column. */
  session: Int32Array;

  constructor(private capacity: number) {
    this.sample = new Int32Array(capacity);
    this.rater = new Int32Array(capacity);
    this.criterion = new Int32Array(capacity);
    this.score = new Float64Array(capacity);
    this.line = new Int32Array(capacity);
    this.session = new Int32Array(capacity);
  }

  add(s: number, r: number, c: number, v: number, line: number, ses: number): void {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.sample[i] = s;
    this.rater[i] = r;
    this.criterion[i] = c;
    this.score[i] = v;
    this.line[i] = line;
    this.session[i] = ses;
  }

  private grow(): void {
    const capacity = (this.capacity *= 2);
    this.sample = growInt(this.sample, capacity);
    this.rater = growInt(this.rater, capacity);
    this.criterion = growInt(this.criterion, capacity);
    this.line = growInt(this.line, capacity);
    this.session = growInt(this.session, capacity);
    const score = new Float64Array(capacity);
    score.set(this.score);
    this.score = score;
  }
}
