import http from 'node:http';
import https from 'node:https';
import { collectCapped } from '../capped-body';

/**
 * The bottom layer: one HTTP exchange over node:http / node:https with a keep-alive agent
 * (DESIGN §4: about twice the throughput of the global fetch on Node 20, and nock intercepts it).
 * It knows nothing about FDX: no retries, no status handling, no JSON.
 */

/** One HTTP exchange to make. */
export interface TransportRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  /** Deadline for this attempt, headers and body together, in milliseconds. */
  readonly timeoutMs: number;
  /** The caller's signal: aborting it ends the exchange at once. */
  readonly signal?: AbortSignal | undefined;
  /** A request body (JSON text), sent as UTF-8; absent for GET. */
  readonly body?: string;
}

/** A complete answer, whatever its status. */
export interface TransportResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** The body decoded as UTF-8. */
  readonly body: string;
}

/** Why an exchange did not complete: deadline, caller abort, socket error, oversized body. */
export type TransportFailureReason = 'timeout' | 'aborted' | 'network' | 'tooLarge';

/** The exchange did not complete. The message carries at most a socket error code. */
export class TransportFailure extends Error {
  override readonly name = 'TransportFailure';
  constructor(
    readonly reason: TransportFailureReason,
    message: string,
  ) {
    super(message);
  }
}

/** Sends exchanges over one pair of (http, https) agents. */
export interface Transport {
  send(request: TransportRequest): Promise<TransportResponse>;
  /** Closes pooled sockets (the agents unref idle ones, so this is for tidy shutdowns). */
  close(): void;
}

/** Pooling and safety limits of a transport. */
export interface TransportOptions {
  readonly keepAlive: boolean;
  /** Bodies larger than this are refused; a bank answer this big is not one we can speak. */
  readonly maxBodyBytes?: number;
}

function errorCode(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : 'unknown';
}

/** Creates a transport with its own agents, so each client has its own connection pool. */
export function createTransport(options: TransportOptions): Transport {
  const agentOptions = { keepAlive: options.keepAlive };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);
  const maxBodyBytes = options.maxBodyBytes ?? 4 * 1024 * 1024;
  return {
    send: (request) => exchange(request, request.url.protocol === 'https:' ? httpsAgent : httpAgent, maxBodyBytes),
    close: () => {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

/** Settles an exchange exactly once: on success, on failure, on the deadline or on abort. */
interface Settler {
  /** True for the first caller only; clears the timer and the abort listener. */
  done(): boolean;
  fail(failure: TransportFailure): void;
}

function settler(request: TransportRequest, onFail: (failure: TransportFailure) => void): Settler {
  let settled = false;
  const onAbort = (): void => self.fail(new TransportFailure('aborted', 'aborted by caller'));
  const timer = setTimeout(
    () => self.fail(new TransportFailure('timeout', `no answer within ${request.timeoutMs} ms`)),
    request.timeoutMs,
  );
  request.signal?.addEventListener('abort', onAbort, { once: true });
  const self: Settler = {
    done() {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
      return true;
    },
    fail(failure) {
      if (self.done()) onFail(failure);
    },
  };
  return self;
}

function collect(
  res: http.IncomingMessage,
  maxBodyBytes: number,
  settle: Settler,
  resolve: (r: TransportResponse) => void,
): void {
  collectCapped(res, maxBodyBytes, {
    tooLarge: () => settle.fail(new TransportFailure('tooLarge', 'response body too large')),
    end: (body) => {
      if (settle.done()) resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
    },
  });
  res.on('error', (error) => settle.fail(new TransportFailure('network', `response failed (${errorCode(error)})`)));
  res.on('close', () => {
    if (!res.complete) settle.fail(new TransportFailure('network', 'response cut short'));
  });
}

function exchange(request: TransportRequest, agent: http.Agent, maxBodyBytes: number): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    if (request.signal?.aborted) {
      reject(new TransportFailure('aborted', 'aborted before sending'));
      return;
    }
    const lib = request.url.protocol === 'https:' ? https : http;
    let req: http.ClientRequest;
    try {
      req = lib.request(request.url, { method: request.method, headers: request.headers, agent });
    } catch (error) {
      // e.g. a header value node refuses; nothing was sent
      reject(new TransportFailure('network', `request refused (${errorCode(error)})`));
      return;
    }
    const settle = settler(request, (failure) => {
      req.destroy();
      reject(failure);
    });
    req.on('error', (error) => settle.fail(new TransportFailure('network', `connection failed (${errorCode(error)})`)));
    req.on('response', (res) => collect(res, maxBodyBytes, settle, resolve));
    req.end(request.body);
  });
}
