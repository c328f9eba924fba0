import { systemClock } from '../../shared/clock';
import { CERT_URL, signBody } from '../../test/alexa-verification/signed-request';
import { alexaEnvelope, TEST_SKILL_ID } from '../../test/support/alexa-requests';
import type { PreparedRequest } from './http-post';

/**
 * Request pools for `npm run bench`: distinct bodies (own request ids), stamped and signed once
 * up front with the test PKI's leaf key (test/alexa-verification/test-ca.ts), then replayed
 * round-robin. Alexa's timestamp window is 150 s, so a pool is only used while it is fresh.
 */

export const BENCH_SKILL_ID = TEST_SKILL_ID;

/** Now, as the request timestamp: the servers under test judge it by the system clock (the test helpers default to TEST_NOW). */
const stamp = (): string => systemClock.now().toISO() ?? '';
export const POOL_SIZE = 50;
/** Re-stamp and re-sign a pool older than this; well inside the 150 s window. */
const MAX_POOL_AGE_MS = 60_000;

export interface RequestPool {
  readonly requests: readonly PreparedRequest[];
  readonly createdAt: number;
}

/** Signed GetBalance(checking) requests from a linked demo customer, as Alexa sends them. */
export function balancePool(): RequestPool {
  const requests = Array.from({ length: POOL_SIZE }, (): PreparedRequest => {
    const body = JSON.stringify(
      alexaEnvelope({
        intent: 'getBalance',
        slots: { account: 'checking' },
        token: 'demo-alex',
        skillId: BENCH_SKILL_ID,
        timestamp: stamp(),
      }),
    );
    return {
      body: Buffer.from(body, 'utf8'),
      headers: { 'content-type': 'application/json', signaturecertchainurl: CERT_URL, 'signature-256': signBody(body) },
    };
  });
  return { requests, createdAt: systemClock.epochMs() };
}

/** Unsigned LaunchRequests for the bare baselines. */
export function launchPool(): RequestPool {
  const requests = Array.from(
    { length: POOL_SIZE },
    (): PreparedRequest => ({
      body: Buffer.from(
        JSON.stringify(alexaEnvelope({ intent: 'launch', skillId: BENCH_SKILL_ID, timestamp: stamp() })),
        'utf8',
      ),
      headers: { 'content-type': 'application/json' },
    }),
  );
  return { requests, createdAt: systemClock.epochMs() };
}

/** The pool, or a freshly made one when it is getting old. */
export function fresh(pool: RequestPool, make: () => RequestPool): RequestPool {
  return systemClock.epochMs() - pool.createdAt > MAX_POOL_AGE_MS ? make() : pool;
}
