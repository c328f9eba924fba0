import { performance } from 'node:perf_hooks';
import { processCpuMs } from './cpu';
import { summarize, type LatencySummary } from './stats';

/**
 * The benchmarks' load loop: N workers, each running one operation after another, until the
 * request budget or the time budget is spent (whichever comes first). No timed assertions: it
 * only measures.
 */

/** One unit of work; rejects when it failed (a non-2xx answer, a wrong body, a socket error). */
export type Operation = (index: number) => Promise<void>;

export interface LoadOptions {
  /** Workers running at once. */
  readonly concurrency: number;
  /** Most operations started. */
  readonly requests: number;
  /** No operation starts after this many milliseconds; ones in flight finish. */
  readonly maxDurationMs: number;
  /** Other processes (servers in children) whose CPU time to record for the run. */
  readonly watchPids?: readonly number[];
}

export interface LoadResult extends LatencySummary {
  /** Operations that succeeded; only their latencies count. */
  readonly completed: number;
  readonly errors: number;
  /** The first failure's message, to tell a broken target from a slow one. */
  readonly firstError?: string;
  readonly elapsedMs: number;
  /** Successful operations per second of wall time. */
  readonly perSecond: number;
  /** True when the time budget, not the request budget, ended the run. */
  readonly timeBound: boolean;
  /** Latency of each successful operation, in completion order. */
  readonly latenciesMs: Float64Array;
  /** CPU time this process (load loop and anything in-process) used during the run, in ms. */
  readonly cpuMs: number;
  /** CPU time of each watched process during the run, in ms, in `watchPids` order; NaN when unknown. */
  readonly watchedCpuMs: readonly number[];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs `operation` under load and measures it. Index runs 0, 1, 2, … in start order. */
export async function runLoad(operation: Operation, options: LoadOptions): Promise<LoadResult> {
  const latencies = new Float64Array(options.requests);
  let started = 0;
  let completed = 0;
  let errors = 0;
  let firstError: string | undefined;
  let timeBound = false;
  const pids = options.watchPids ?? [];
  const watchedBefore = pids.map(processCpuMs);
  const cpuBefore = process.cpuUsage();
  const begin = performance.now();
  const deadline = begin + options.maxDurationMs;

  const worker = async (): Promise<void> => {
    while (started < options.requests) {
      const t0 = performance.now();
      if (t0 >= deadline) {
        timeBound = true;
        return;
      }
      const index = started++;
      try {
        await operation(index);
        latencies[completed++] = performance.now() - t0;
      } catch (error) {
        errors += 1;
        firstError ??= messageOf(error);
      }
    }
  };

  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsedMs = performance.now() - begin;
  const cpu = process.cpuUsage(cpuBefore);
  const watchedCpuMs = pids.map((pid, i) => processCpuMs(pid) - (watchedBefore[i] ?? Number.NaN));
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return resultOf(latencies.subarray(0, completed), { errors, elapsedMs, timeBound, cpuMs, watchedCpuMs, firstError });
}

interface Tally {
  readonly errors: number;
  readonly elapsedMs: number;
  readonly timeBound: boolean;
  readonly cpuMs: number;
  readonly watchedCpuMs: readonly number[];
  readonly firstError: string | undefined;
}

function resultOf(
  latenciesMs: Float64Array,
  { errors, elapsedMs, timeBound, cpuMs, watchedCpuMs, firstError }: Tally,
): LoadResult {
  const completed = latenciesMs.length;
  return {
    completed,
    errors,
    elapsedMs,
    timeBound,
    latenciesMs,
    cpuMs,
    watchedCpuMs,
    perSecond: completed / (elapsedMs / 1000),
    ...summarize(latenciesMs, completed),
    ...(firstError === undefined ? {} : { firstError }),
  };
}

/**
 * Several runs of the same target as one: throughput over their summed wall time, percentiles over
 * all their latencies. Lets a benchmark alternate targets in rounds (ABAB…) so drift — JIT, caches,
 * a busy neighbour — does not favour whichever ran last.
 */
export function combine(results: readonly LoadResult[]): LoadResult {
  const latencies = new Float64Array(results.reduce((sum, r) => sum + r.completed, 0));
  let offset = 0;
  for (const r of results) {
    latencies.set(r.latenciesMs, offset);
    offset += r.completed;
  }
  const sum = (field: 'errors' | 'elapsedMs' | 'cpuMs'): number => results.reduce((total, r) => total + r[field], 0);
  return resultOf(latencies, {
    errors: sum('errors'),
    elapsedMs: sum('elapsedMs'),
    cpuMs: sum('cpuMs'),
    timeBound: results.some((r) => r.timeBound),
    watchedCpuMs: (results[0]?.watchedCpuMs ?? []).map((_, i) =>
      results.reduce((total, r) => total + (r.watchedCpuMs[i] ?? Number.NaN), 0),
    ),
    firstError: results.find((r) => r.firstError !== undefined)?.firstError,
  });
}

/**
 * Runs each named operation `rounds` times, round-robin, and combines each one's runs. Every run
 * gets the same options (so the same request and time budget).
 */
export async function runRounds<Name extends string>(
  operations: Readonly<Record<Name, Operation>>,
  options: LoadOptions,
  rounds: number,
): Promise<Record<Name, LoadResult>> {
  const names = Object.keys(operations) as Name[];
  const runs = new Map<Name, LoadResult[]>(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const name of names) runs.get(name)?.push(await runLoad(operations[name], options));
  }
  return Object.fromEntries(names.map((name) => [name, combine(runs.get(name) ?? [])])) as Record<Name, LoadResult>;
}

/** Runs `operation` briefly to warm JIT, caches and connection pools; the figures are dropped. */
export async function warmUp(operation: Operation, options: LoadOptions): Promise<void> {
  const result = await runLoad(operation, options);
  if (result.completed === 0)
    throw new Error(`warm-up: every operation failed (${result.firstError ?? 'no error message'})`);
}
