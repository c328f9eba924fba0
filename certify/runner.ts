import { controlsFor } from './controls/map';
import type { Masker } from './mask';
import type { CheckResult, CheckSpec, Evidence, Outcome } from './types';

/** A passing outcome. */
export const pass = (message: string, evidence?: Evidence): Outcome => ({
  status: 'pass',
  message,
  ...(evidence ? { evidence } : {}),
});
/** A failing outcome. */
export const fail = (message: string, evidence?: Evidence): Outcome => ({
  status: 'fail',
  message,
  ...(evidence ? { evidence } : {}),
});
/** An outcome for a check that does not apply to this bank. */
export const notApplicable = (message: string): Outcome => ({ status: 'not-applicable', message });

/** Runs a check, timing it; a thrown error becomes a failure of that check. */
async function timed(spec: CheckSpec): Promise<{ outcome: Outcome; durationMs: number }> {
  const started = performance.now();
  let outcome: Outcome;
  try {
    outcome = await spec.run();
  } catch (error) {
    outcome = fail(`the check could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { outcome, durationMs: Math.round(performance.now() - started) };
}

/** Runs tasks with at most `limit` in flight; the rest wait their turn in order. */
function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Runs checks and keeps their masked results in report order. Parallel batches run their checks
 * concurrently but still record (and report progress) in the order given.
 */
export class Recorder {
  readonly results: CheckResult[] = [];
  private readonly ids = new Set<string>();

  constructor(
    private readonly mask: Masker,
    private readonly onCheck?: (result: CheckResult) => void,
  ) {}

  /** Runs the checks one after another. */
  async sequential(specs: readonly CheckSpec[]): Promise<void> {
    for (const spec of specs) this.record(spec, await timed(spec));
  }

  /** Runs the checks concurrently, at most `limit` at a time (a check's time counts from its start). */
  async parallel(specs: readonly CheckSpec[], limit = Infinity): Promise<void> {
    const gate = limiter(limit);
    const running = specs.map((spec) => gate(() => timed(spec)));
    for (const [index, spec] of specs.entries()) {
      const done = running[index];
      if (done) this.record(spec, await done);
    }
  }

  private record(spec: CheckSpec, { outcome, durationMs }: { outcome: Outcome; durationMs: number }): void {
    const id = this.uniqueId(`${spec.area}.${slug(spec.name)}`);
    const result: CheckResult = {
      id,
      controls: controlsFor(id),
      name: this.mask(spec.name),
      area: spec.area,
      level: spec.level,
      status: outcome.status,
      message: this.mask(outcome.message),
      evidence: this.maskEvidence(outcome.evidence ?? {}),
      durationMs,
    };
    this.results.push(result);
    this.onCheck?.(result);
  }

  private maskEvidence(evidence: Evidence): Evidence {
    return {
      ...(evidence.request === undefined ? {} : { request: this.mask(evidence.request) }),
      ...(evidence.response === undefined ? {} : { response: this.mask(evidence.response) }),
      ...(evidence.notes === undefined ? {} : { notes: evidence.notes.map(this.mask) }),
    };
  }

  private uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id); n += 1) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }
}
