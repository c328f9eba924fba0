/**
 * Latency statistics for the benchmarks: nearest-rank percentiles over milliseconds.
 */

/** The p-th percentile (0 < p ≤ 100) of ascending `sorted` by nearest rank; NaN when empty. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1] ?? Number.NaN;
}

/** What a run of latencies amounts to, in milliseconds. */
export interface LatencySummary {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** Sorts a copy of the first `count` latencies and reads p50, p99 and the maximum. */
export function summarize(latenciesMs: Float64Array, count: number): LatencySummary {
  const sorted = latenciesMs.slice(0, count).sort();
  return {
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: count === 0 ? Number.NaN : (sorted[count - 1] ?? Number.NaN),
  };
}
