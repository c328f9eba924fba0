import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { MovementEvent, TurnRecord } from '../../shared';

/** Outcome of a spoken PIN: right, wrong, or refused because the customer is locked out. */
export type PinOutcome = 'correct' | 'wrong' | 'locked';

/**
 * The service's Prometheus metrics. Every label value comes from a closed set (platform, core
 * intent, outcome kind, endpoint template): never a token, an id, an amount or a name.
 */
export interface Metrics {
  /** Where the metrics live; other adapters register theirs here too. */
  readonly registry: Registry;
  turn(turn: TurnRecord): void;
  /** One bank client call, `endpoint` as a template (`/accounts/{id}`), outcome 'ok' or a bank error kind. */
  bankCall(endpoint: string, outcome: string, seconds: number): void;
  pin(outcome: PinOutcome): void;
  lockout(): void;
  certificateFetch(outcome: 'ok' | 'failed'): void;
  /** A money-movement event: prepared, confirmed, an outcome recorded, a recovery by read-back. */
  movement(event: MovementEvent): void;
}

export interface MetricsOptions {
  /** An existing registry to add ours to; a fresh one by default. */
  readonly registry?: Registry;
  /**
   * Also collect Node's process metrics (CPU, memory, event loop lag, GC) into the registry, under
   * `voicebank_`. Once per process and registry: the service's start-up does it, in-process test
   * and certification services do not.
   */
  readonly processMetrics?: boolean;
}

const TURN_BUCKETS = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 4, 5, 8];
const CALL_BUCKETS = [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377];
/** Critical-path calls: the aim is at most 3 for every question (issue 17). */
const CRITICAL_BUCKETS = [0, 1, 2, 3, 4, 5, 6, 8, 12];
const BANK_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 1.5, 2.5, 5];

/** Creates the metrics on `registry` (or a fresh one). */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = options.registry ?? new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'voicebank_' });
  const registers = [registry];
  const requests = new Counter({
    name: 'voicebank_requests_total',
    help: 'Voice turns answered, by platform, core intent and outcome',
    labelNames: ['platform', 'intent', 'outcome'],
    registers,
  });
  const latency = new Histogram({
    name: 'voicebank_turn_duration_seconds',
    help: 'Time to answer a voice turn',
    labelNames: ['platform', 'intent'],
    buckets: TURN_BUCKETS,
    registers,
  });
  const turnCalls = new Histogram({
    name: 'voicebank_turn_bank_calls',
    help: 'Bank HTTP exchanges one voice turn needed, retries included',
    labelNames: ['platform', 'intent'],
    buckets: CALL_BUCKETS,
    registers,
  });
  const turnCritical = new Histogram({
    name: 'voicebank_turn_critical_path_calls',
    help: 'Bank calls one voice turn waited for back to back (its critical path)',
    labelNames: ['platform', 'intent'],
    buckets: CRITICAL_BUCKETS,
    registers,
  });
  const turnPartial = new Counter({
    name: 'voicebank_turn_partial_total',
    help: 'Voice turns whose bank data was cut by a cap or the time budget',
    labelNames: ['platform', 'intent'],
    registers,
  });
  const bankCalls = new Counter({
    name: 'voicebank_bank_calls_total',
    help: 'Partner bank client calls, by endpoint template and outcome',
    labelNames: ['endpoint', 'outcome'],
    registers,
  });
  const bankLatency = new Histogram({
    name: 'voicebank_bank_call_duration_seconds',
    help: 'Partner bank client call time, retries and paging included',
    labelNames: ['endpoint', 'outcome'],
    buckets: BANK_BUCKETS,
    registers,
  });
  const pins = new Counter({
    name: 'voicebank_pin_checks_total',
    help: 'Spoken PINs checked, by outcome',
    labelNames: ['outcome'],
    registers,
  });
  const lockouts = new Counter({
    name: 'voicebank_pin_lockouts_total',
    help: 'Customers locked out after too many wrong PINs',
    registers,
  });
  const certs = new Counter({
    name: 'voicebank_alexa_certificate_fetches_total',
    help: 'Alexa signing certificate downloads, by outcome',
    labelNames: ['outcome'],
    registers,
  });
  const movement = movementCounters(registers);
  return {
    registry,
    turn: ({ platform, intent, outcome, ms, calls, criticalPath, partial }) => {
      requests.inc({ platform, intent, outcome });
      latency.observe({ platform, intent }, ms / 1000);
      turnCalls.observe({ platform, intent }, calls);
      turnCritical.observe({ platform, intent }, criticalPath);
      if (partial) turnPartial.inc({ platform, intent });
    },
    bankCall: (endpoint, outcome, seconds) => {
      bankCalls.inc({ endpoint, outcome });
      bankLatency.observe({ endpoint, outcome }, seconds);
    },
    pin: (outcome) => pins.inc({ outcome }),
    lockout: () => lockouts.inc(),
    certificateFetch: (outcome) => certs.inc({ outcome }),
    movement,
  };
}

/**
 * Money-movement counters. Labels are the audit's outcome names and the recovery results, closed
 * sets: never a customer, an account, an amount or a transfer id.
 */
function movementCounters(registers: Registry[]): (event: MovementEvent) => void {
  const prepared = new Counter({
    name: 'voicebank_movements_prepared_total',
    help: 'Transfers and payments proposed for confirmation (PIN verified, limits checked)',
    registers,
  });
  const confirmed = new Counter({
    name: 'voicebank_movements_confirmed_total',
    help: "Confirmations that won a movement's claim (repeats and other instances' duplicates not counted)",
    registers,
  });
  const outcomes = new Counter({
    name: 'voicebank_movement_outcomes_total',
    help: 'Movement results recorded, by outcome (as in the audit)',
    labelNames: ['outcome'],
    registers,
  });
  const recoveries = new Counter({
    name: 'voicebank_movement_recoveries_total',
    help: 'Lost transfer answers looked up by GET /transfers/{id}: found, resent (same idempotency key), notReceived, unknown',
    labelNames: ['outcome'],
    registers,
  });
  return (event) => {
    switch (event.kind) {
      case 'prepared': {
        prepared.inc();
        return;
      }
      case 'confirmed': {
        confirmed.inc();
        return;
      }
      case 'outcome': {
        outcomes.inc({ outcome: event.outcome });
        return;
      }
      case 'recovery': {
        recoveries.inc({ outcome: event.result });
        return;
      }
    }
  };
}
