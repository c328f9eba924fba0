import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import type { Logger } from '../log/logger';
import type { BankError } from './errors';
import { budgetError, isSuccess, statusError, transportError, type ErrorContext } from './error-map';
import { logAttempt } from './request-log';
import type { RoundTrips } from './round-trips';
import { parseRetryAfter, type AttemptFailure } from './retry-policy';
import { TransportFailure, type Transport, type TransportResponse } from './transport';

/** One HTTP exchange of a request: what to send and how long it may take. */
export interface AttemptInput {
  /** Endpoint template for logs and errors. */
  readonly endpoint: string;
  readonly method: string;
  readonly url: URL;
  readonly token: string;
  /** 1 for the first try, 2 for the retry. */
  readonly attempt: number;
  /** What is left of the voice budget, in milliseconds. */
  readonly remainingMs: number;
  readonly signal?: AbortSignal | undefined;
  /** JSON text to send (POST only). */
  readonly body?: string;
  /** Extra headers of this call, e.g. `idempotency-key`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The turn's round-trip accounting, when the caller keeps one. */
  readonly roundTrips?: RoundTrips | undefined;
}

/** A success with its body, or the mapped error plus what the retry rule needs to know. */
export type Attempt =
  | { readonly ok: true; readonly response: TransportResponse; readonly context: ErrorContext }
  | { readonly ok: false; readonly error: BankError; readonly failure?: AttemptFailure };

function headersFor(token: string, interactionId: string): Record<string, string> {
  return {
    Authorization: `Bearer ${token}`,
    'x-fapi-interaction-id': interactionId,
    'FDX-API-Actor-Type': 'USER',
    Accept: 'application/json',
  };
}

/** The bank's echoed interaction id, if it looks like one (it goes into logs). */
function echoedId(response: TransportResponse): string | undefined {
  const value = response.headers['x-fapi-interaction-id'];
  return typeof value === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(value) ? value : undefined;
}

function retryAfterMs(response: TransportResponse, clock: Clock): number | undefined {
  const value = response.headers['retry-after'];
  return parseRetryAfter(typeof value === 'string' ? value : undefined, clock.epochMs());
}

/** Sends one attempt with a fresh `x-fapi-interaction-id`, logs it, and classifies the outcome. */
export async function attemptOnce(
  transport: Transport,
  logger: Logger | undefined,
  clock: Clock,
  input: AttemptInput,
): Promise<Attempt> {
  const ours = randomUUID();
  const { endpoint, attempt } = input;
  if (input.remainingMs <= 0) return { ok: false, error: budgetError({ endpoint, interactionId: ours }) };
  const started = clock.monotonicMs();
  const elapsed = (): number => clock.monotonicMs() - started;
  const headers = {
    ...input.headers,
    ...headersFor(input.token, ours),
    ...(input.body === undefined ? {} : { 'Content-Type': 'application/json' }),
  };
  const request = {
    method: input.method,
    url: input.url,
    headers,
    timeoutMs: input.remainingMs,
    signal: input.signal,
    ...(input.body === undefined ? {} : { body: input.body }),
  };
  let response: TransportResponse;
  const answered = input.roundTrips?.begin();
  try {
    response = await transport.send(request);
  } catch (error) {
    answered?.();
    if (!(error instanceof TransportFailure)) throw error;
    const mapped = transportError(error, { endpoint, interactionId: ours });
    logAttempt(logger, { endpoint, attempt, latencyMs: elapsed(), ours, outcome: mapped.kind });
    return { ok: false, error: mapped, ...(error.reason === 'network' ? { failure: { kind: 'network' } } : {}) };
  }
  answered?.();
  const bank = echoedId(response);
  const context: ErrorContext = { endpoint, interactionId: bank ?? ours, status: response.status };
  const error = isSuccess(response.status) ? undefined : statusError(response.status, response.body, context);
  const { status } = response;
  logAttempt(logger, { endpoint, attempt, latencyMs: elapsed(), ours, status, bank, outcome: error?.kind ?? 'ok' });
  if (error === undefined) return { ok: true, response, context };
  const wait = retryAfterMs(response, clock);
  return { ok: false, error, failure: { kind: 'status', status, retryAfterMs: wait } };
}
