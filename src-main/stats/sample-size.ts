// The "too few samples" caution, said once: one sentence for the whole page when every criterion
// rests on the same small number of samples, and one per group of criteria where the numbers
// differ, naming them.
import { STABLE_SAMPLES } from './interpret.js';
import { POOLED } from './types.js';
import type { AgreementReport } from './types.js';

export interface SampleSizeNote {
  /** The criteria (report keys) the sentence is about. */
  criteria: string[];
  /** Samples scored by two or more raters, the same for each of those criteria. */
  samples: number;
  message: string;
}

/** "A", "A and B", "A, B and C". */
function listed(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** `of` names the criteria (" of Claim"), `where` says it holds for each (" on each criterion"). */
function sentence(samples: number, min: number, of: string, where: string): string {
  if (samples === 0) {
    return `No sample${of} was scored by two or more raters${where} yet, so there is no agreement to measure.`;
  }
  const were = samples === 1 ? 'sample' : 'samples';
  return (
    `Only ${samples} ${were}${of} ${samples === 1 ? 'was' : 'were'} scored by two or more ` +
    `raters${where}: the agreement figures are not stable yet (at least ${min} needed).`
  );
}

/**
 * Notes for the criteria with fewer than `minSamples` samples scored by two or more raters.
 * @param options.order criteria in the order to name them (the rubric's); others follow by key
 * @param options.criterionNames display names by report key, where they differ
 */
export function sampleSizeNotes(
  report: AgreementReport,
  options: {
    minSamples?: number;
    order?: readonly string[];
    criterionNames?: Readonly<Record<string, string>>;
  } = {},
): SampleSizeNote[] {
  const min = options.minSamples ?? STABLE_SAMPLES;
  const keys = Object.keys(report.criteria).filter((k) => k !== POOLED);
  const rank = (k: string): number => {
    const i = options.order?.indexOf(k) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  keys.sort((a, b) => rank(a) - rank(b));
  const few = keys.filter((k) => report.criteria[k]!.counts.n_samples_pairable < min);
  if (few.length === 0) return [];
  const byCount = new Map<number, string[]>();
  for (const k of few) {
    const n = report.criteria[k]!.counts.n_samples_pairable;
    byCount.set(n, [...(byCount.get(n) ?? []), k]);
  }
  // Every criterion on the same number: one sentence, no names (it is about all of them).
  if (few.length === keys.length && byCount.size === 1) {
    const [samples] = [...byCount.keys()];
    const where = keys.length > 1 ? ' on each criterion' : '';
    return [{ criteria: few, samples: samples!, message: sentence(samples!, min, '', where) }];
  }
  const name = (k: string): string => options.criterionNames?.[k] ?? k;
  return [...byCount.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([samples, criteria]) => ({
      criteria,
      samples,
      message: sentence(samples, min, ` of ${listed(criteria.map(name))}`, ''),
    }));
}
