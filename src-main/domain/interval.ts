// A 95% interval of an estimate with a standard error, one rule for the statistics, the files
// Concord writes and the screens that draw them.

/** The 97.5% quantile of the standard normal distribution (R: qnorm(0.975)). */
export const Z95 = 1.9599639845400536;

/** estimate ± Z95 x se; null without a finite standard error. */
export function interval95(
  estimate: number,
  se: number | null,
): { low: number; high: number } | null {
  if (se === null || !Number.isFinite(se)) return null;
  return { low: estimate - Z95 * se, high: estimate + Z95 * se };
}
