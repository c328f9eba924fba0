import type { ResolvedBankConfig } from './config';
import { attemptOnce, type Attempt } from './attempt';
import type { CallGate } from './concurrency';
import { invalidResponseError, tokenError, transportError, type ErrorContext } from './error-map';
import { ShapeError } from './guards';
import { retryDelay, sleep, type Deadline } from './retry-policy';
import { TransportFailure, type Transport } from './transport';
import { endpointUrl, resolveHref, type Query } from './url';
import type { RoundTrips } from './round-trips';

/**
 * The one request function: base URL, bearer token, a fresh `x-fapi-interaction-id` per attempt,
 * the voice budget, the retry rule, error mapping and response validation all happen here (with
 * attempt.ts and error-map.ts) and only here.
 */

/** Where to send: an endpoint path under the base URL, or a `links.next.href` seen on `from`. */
export type Target = { readonly path: string; readonly query?: Query } | { readonly href: string; readonly from: URL };

/** One logical request: where, how to validate, and the template it is logged under. */
export interface RequestSpec<T> {
  /** Endpoint template for logs and errors, e.g. `/accounts/{id}`; never the real id. */
  readonly endpoint: string;
  readonly target: Target;
  /** Validates the parsed JSON body; throws ShapeError (a field path) on a wrong shape. */
  readonly parse: (body: unknown) => T;
  /** Default GET, the only method ever retried. */
  readonly method?: string;
  /** A JSON body (POST). */
  readonly body?: unknown;
  /** Extra headers, e.g. `idempotency-key`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Milliseconds of the budget this attempt must leave unused (time to read a transfer back). */
  readonly reserveMs?: number;
}

/** Per client method call: the caller's token, the shared voice budget and the caller's signal. */
export interface RequestContext {
  readonly token: string;
  readonly deadline: Deadline;
  readonly signal?: AbortSignal | undefined;
  /** The turn's round-trip accounting, when the caller keeps one. */
  readonly roundTrips?: RoundTrips | undefined;
}

/** The validated body and where it came from. */
export interface RequestResult<T> {
  readonly data: T;
  /** The URL actually fetched, for resolving query-only next links. */
  readonly url: URL;
}

/** Sends one request (and at most `maxRetries` retries) and returns the validated body. */
export type Requester = <T>(spec: RequestSpec<T>, context: RequestContext) => Promise<RequestResult<T>>;

/** Visible ASCII only: a token with spaces or line breaks could split headers. */
const TOKEN_PATTERN = /^[\x21-\x7e]+$/;

/** Builds the request function over a transport; every attempt first takes a slot from `gate`. */
export function createRequester(config: ResolvedBankConfig, transport: Transport, gate: CallGate): Requester {
  return async function request<T>(spec: RequestSpec<T>, context: RequestContext): Promise<RequestResult<T>> {
    if (!TOKEN_PATTERN.test(context.token)) throw tokenError(spec.endpoint);
    const url = targetUrl(config.baseUrl, spec);
    const method = spec.method ?? 'GET';
    const { endpoint } = spec;
    const { token, signal, roundTrips } = context;
    const extra = {
      ...(spec.body === undefined ? {} : { body: JSON.stringify(spec.body) }),
      ...(spec.headers === undefined ? {} : { headers: spec.headers }),
    };
    for (let attempt = 1; ; attempt += 1) {
      const release = await slot(gate, token, signal, endpoint);
      let result: Attempt;
      try {
        const remainingMs = context.deadline.remaining() - (spec.reserveMs ?? 0);
        result = await attemptOnce(transport, config.logger, config.clock, {
          endpoint,
          method,
          url,
          token,
          attempt,
          remainingMs,
          signal,
          roundTrips,
          ...extra,
        });
      } finally {
        release();
      }
      if (result.ok) return { data: parseBody(spec, result.response.body, result.context), url };
      const retryable = method === 'GET' && attempt <= config.maxRetries && result.failure !== undefined;
      const delay = retryable && result.failure ? retryDelay(result.failure, context.deadline.remaining()) : undefined;
      if (delay === undefined) throw result.error;
      await waitOrThrow(delay, signal, endpoint);
    }
  };
}

async function slot(
  gate: CallGate,
  token: string,
  signal: AbortSignal | undefined,
  endpoint: string,
): Promise<() => void> {
  try {
    return await gate.acquire(token, signal);
  } catch (error) {
    if (error instanceof TransportFailure) throw transportError(error, { endpoint });
    throw error;
  }
}

function targetUrl(base: URL, spec: RequestSpec<unknown>): URL {
  const { target } = spec;
  if ('path' in target) return endpointUrl(base, target.path, target.query);
  try {
    return resolveHref(base, target.from, target.href);
  } catch (error) {
    if (error instanceof ShapeError) throw invalidResponseError(error.message, { endpoint: spec.endpoint });
    throw error;
  }
}

async function waitOrThrow(delay: number, signal: AbortSignal | undefined, endpoint: string): Promise<void> {
  try {
    await sleep(delay, signal);
  } catch (error) {
    if (error instanceof TransportFailure) throw transportError(error, { endpoint });
    throw error;
  }
}

function parseBody<T>(spec: RequestSpec<T>, body: string, context: ErrorContext): T {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw invalidResponseError('body is not JSON', context);
  }
  try {
    return spec.parse(json);
  } catch (error) {
    if (error instanceof ShapeError) throw invalidResponseError(error.message, context);
    throw error;
  }
}
