// Kendall's coefficient of concordance W on the complete units (irr::kendall): each rater's
// scores are ranked across units with average ranks for ties.
import type { CompleteMatrix } from './complete.js';
import { ok, undef } from './stat.js';
import type { KendallFamily } from './types.js';

export function kendallW(cm: CompleteMatrix, q: number): KendallFamily {
  const { n, k: m, level } = cm;
  if (m < 2) {
    const u = undef('fewer than two raters', n);
    return { uncorrected: u, tie_corrected: u };
  }
  if (n < 2) {
    const u = undef('fewer than two samples were scored by every rater', n);
    return { uncorrected: u, tie_corrected: u };
  }
  const rankSum = new Float64Array(n);
  const count = new Float64Array(q);
  const avgRank = new Float64Array(q);
  let ties = 0;
  for (let j = 0; j < m; j++) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[level[i * m + j]!]! += 1;
    let before = 0;
    for (let l = 0; l < q; l++) {
      const c = count[l]!;
      avgRank[l] = before + (c + 1) / 2;
      before += c;
      ties += c * c * c - c;
    }
    for (let i = 0; i < n; i++) rankSum[i]! += avgRank[level[i * m + j]!]!;
  }
  const mean = (m * (n + 1)) / 2;
  let S = 0;
  for (let i = 0; i < n; i++) S += (rankSum[i]! - mean) ** 2;
  const base = m * m * (n * n * n - n);
  const corrected = base - m * ties;
  return {
    uncorrected: ok((12 * S) / base, n),
    tie_corrected:
      corrected > 0
        ? ok((12 * S) / corrected, n)
        : undef(
            'each rater gave every complete sample one and the same score: all ranks are tied',
            n,
          ),
  };
}
