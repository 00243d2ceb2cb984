// Deterministic ratings data for the stats benchmark: `units` samples x `raters` raters on
// levels 1..4, `missing` share of empty scores, correlated scores with rater bias.
import { writeFileSync } from 'node:fs';
import { seededRandom } from '../src-main/domain/order.js';

export interface BenchData {
  path: string;
  rows: number;
  ratings: number;
}

/** Writes a long CSV (header sample,rater,criterion,score); missing ratings are empty. */
export function writeRatingsCsv(
  path: string,
  units: number,
  raters: number,
  missing: number,
  seed = 42,
): BenchData {
  const rand = seededRandom(seed);
  const chunks: string[] = ['sample,rater,criterion,score\n'];
  let buf = '';
  let ratings = 0;
  let rows = 0;
  const raterIds = Array.from({ length: raters }, (_, r) => `R${String(r + 1).padStart(2, '0')}`);
  const bias = raterIds.map((_, r) => (r % 3) - 1);
  for (let u = 0; u < units; u++) {
    const sample = `S-${String(u).padStart(6, '0')}`;
    const truth = 1 + Math.min(3, Math.floor(rand() * rand() * 5));
    for (let r = 0; r < raters; r++) {
      rows++;
      if (rand() < missing) {
        buf += `${sample},${raterIds[r]},C1,\n`;
      } else {
        const noise = rand();
        let s = truth + (noise < 0.15 ? -1 : noise > 0.85 ? 1 : 0) + (rand() < 0.1 ? bias[r]! : 0);
        s = Math.min(4, Math.max(1, s));
        buf += `${sample},${raterIds[r]},C1,${s}\n`;
        ratings++;
      }
    }
    if (buf.length > 1 << 16) {
      chunks.push(buf);
      buf = '';
    }
  }
  chunks.push(buf);
  writeFileSync(path, chunks.join(''));
  return { path, rows, ratings };
}
