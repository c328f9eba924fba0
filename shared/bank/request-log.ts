import type { Logger } from '../log/logger';

/** One attempt, as logged: ids, status, latency and outcome only (DESIGN §5). */
export interface AttemptLog {
  /** Endpoint template, e.g. `/accounts/{id}/transactions`. */
  readonly endpoint: string;
  readonly attempt: number;
  /** How long the attempt took, in milliseconds. */
  readonly latencyMs: number;
  /** The `x-fapi-interaction-id` we sent. */
  readonly ours: string;
  /** The one the bank echoed, when it did. */
  readonly bank?: string | undefined;
  readonly status?: number;
  /** 'ok' or a BankErrorKind. */
  readonly outcome: string;
}

/**
 * Logs an attempt: info when it succeeded, warn when it failed. Never tokens, bodies, amounts,
 * URLs or account ids — the caller passes none, and this builds the line field by field.
 */
export function logAttempt(logger: Logger | undefined, entry: AttemptLog): void {
  if (logger === undefined) return;
  const line = {
    endpoint: entry.endpoint,
    ...(entry.status === undefined ? {} : { status: entry.status }),
    latencyMs: Math.round(entry.latencyMs),
    attempt: entry.attempt,
    interactionId: entry.ours,
    ...(entry.bank === undefined ? {} : { bankInteractionId: entry.bank }),
    outcome: entry.outcome,
  };
  if (entry.outcome === 'ok') logger.info(line, 'bank call');
  else logger.warn(line, 'bank call failed');
}
