/**
 * Round-trip accounting for one turn: how many bank calls it made and how many of them ran one
 * after another (its critical path). No clock is read: every call start and end takes the next
 * number of one counter, so "A ended before B started" is exact, and the critical path is the
 * longest chain of calls each of which started after the previous one ended — the number of
 * round trips the turn had to wait for back to back, whatever caused the wait (a dependency, a
 * page cursor, a concurrency cap).
 */

/** What a turn's bank calls added up to. */
export interface RoundTripCounts {
  /** HTTP exchanges sent to the bank, retries included. */
  readonly calls: number;
  /** The longest chain of calls that ran back to back; 0 when there were none. */
  readonly criticalPath: number;
  /** True when a list was cut (a cap or the budget) and the answer covers only part of it. */
  readonly partial: boolean;
}

/** Collects one turn's calls; pass it to the bank client in `CallOptions.roundTrips`. */
export interface RoundTrips {
  /** Marks a call as sent; the returned function marks it answered (or failed). Call it once. */
  begin(): () => void;
  /** Marks the turn's data as cut short. */
  markPartial(): void;
  counts(): RoundTripCounts;
}

interface Span {
  readonly start: number;
  end: number;
}

/** Longest chain of non-overlapping spans: greedily take the one that ends first (interval scheduling). */
export function longestChain(spans: readonly { readonly start: number; readonly end: number }[]): number {
  const byEnd = [...spans].sort((a, b) => a.end - b.end);
  let chain = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const span of byEnd) {
    if (span.start > last) {
      chain += 1;
      last = span.end;
    }
  }
  return chain;
}

export function createRoundTrips(): RoundTrips {
  let tick = 0;
  let partial = false;
  const spans: Span[] = [];
  return {
    begin() {
      const span: Span = { start: ++tick, end: Number.POSITIVE_INFINITY };
      spans.push(span);
      return () => {
        if (span.end === Number.POSITIVE_INFINITY) span.end = ++tick;
      };
    },
    markPartial() {
      partial = true;
    },
    counts() {
      // A call still in flight (the turn gave up on it) counts as ending now.
      const closed = spans.map((span) => ({ start: span.start, end: Math.min(span.end, tick + 1) }));
      return { calls: spans.length, criticalPath: longestChain(closed), partial };
    },
  };
}
