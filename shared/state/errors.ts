/**
 * The state store (Redis, or the in-process memory store after `close()`) could not answer.
 * Callers fail closed on security decisions (PIN checks, lockouts) and may carry on for reads of
 * preferences. The message is for developers' logs; it never carries keys, PINs or URLs.
 */
export class StateUnavailableError extends Error {
  override readonly name = 'StateUnavailableError';
  readonly kind = 'stateUnavailable' as const;
}

/** True for the store's "cannot answer" error, whatever module instance created it. */
export function isStateUnavailable(value: unknown): value is StateUnavailableError {
  return value instanceof StateUnavailableError;
}
