// Interning of the ratings CSV's ids (ratings-csv.ts) straight from the bytes.

const decoder = new TextDecoder('utf-8');

/**
 * Interns byte strings: open addressing on an FNV-1a hash; keys kept in a byte pool. Typed
 * arrays keep hashes unboxed; the last key is remembered because rows usually repeat it.
 */
export class Interner {
  /** Number of distinct keys. */
  size = 0;
  private ascii = true;
  private slots = new Int32Array(1024).fill(-1);
  private hashes = new Int32Array(256);
  private starts = new Int32Array(257);
  private pool = new Uint8Array(4096);
  private poolUsed = 0;
  private last = -1;

  intern(buf: Uint8Array, s: number, e: number): number {
    const len = e - s;
    const pool = this.pool;
    const last = this.last;
    if (last >= 0) {
      const ls = this.starts[last]!;
      if (this.starts[last + 1]! - ls === len) {
        let i = 0;
        while (i < len && pool[ls + i] === buf[s + i]) i++;
        if (i === len) return last;
      }
    }
    let h = 0x811c9dc5 | 0;
    for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id < 0) return (this.last = this.add(buf, s, e, h, slot));
      if (this.hashes[id] !== h) continue;
      const start = this.starts[id]!;
      if (this.starts[id + 1]! - start !== len) continue;
      let i = 0;
      while (i < len && pool[start + i] === buf[s + i]) i++;
      if (i === len) return (this.last = id);
    }
  }

  private add(buf: Uint8Array, s: number, e: number, h: number, slot: number): number {
    const id = this.size++;
    const len = e - s;
    if (this.poolUsed + len > this.pool.length) {
      const grown = new Uint8Array(Math.max(this.pool.length * 2, this.poolUsed + len));
      grown.set(this.pool.subarray(0, this.poolUsed));
      this.pool = grown;
    }
    if (id + 2 > this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    const pool = this.pool;
    let o = this.poolUsed;
    for (let i = s; i < e; i++) {
      const b = buf[i]!;
      pool[o++] = b;
      if (b >= 0x80) this.ascii = false;
    }
    this.poolUsed = o;
    this.starts[id + 1] = o;
    this.hashes[id] = h;
    this.slots[slot] = id;
    if (this.size * 2 > this.slots.length) this.rehash();
    return id;
  }

  /** The string of one key. */
  idAt(id: number): string {
    return decoder.decode(this.pool.subarray(this.starts[id]!, this.starts[id + 1]!));
  }

  /**
   * All keys as strings, in id order. Decoded lazily and at once: for ASCII keys (byte offsets
   * = character offsets) one decode of the pool plus a slice per key.
   */
  all(): string[] {
    const out = new Array<string>(this.size);
    if (this.ascii) {
      const text = decoder.decode(this.pool.subarray(0, this.poolUsed));
      for (let id = 0; id < this.size; id++) {
        out[id] = text.slice(this.starts[id]!, this.starts[id + 1]!);
      }
    } else {
      for (let id = 0; id < this.size; id++) out[id] = this.idAt(id);
    }
    return out;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}
