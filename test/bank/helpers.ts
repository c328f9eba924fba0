import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import {
  createBankClient,
  isBankError,
  type BankClientConfig,
  type BankError,
  type BankErrorKind,
  type DateRange,
  type FdxBankClient,
} from '../../shared/bank';
import { createLogger, type Logger } from '../../shared/log/logger';
import { testClock } from '../support/clock';

/** The bank's origin, and the FDX root under it (a path prefix, as real banks have). */
export const ORIGIN = 'https://bank.example';
export const PREFIX = '/fdx/v6';
export const BASE_URL = `${ORIGIN}${PREFIX}`;
export const TOKEN = 'tok-3f9a7c2e-secret';

const clients: FdxBankClient[] = [];

/** A client with a small voice budget so timeout tests are fast; closed after each test. */
export function makeClient(overrides: Partial<BankClientConfig> = {}): FdxBankClient {
  const client = createBankClient({ baseUrl: BASE_URL, timeoutMs: 300, clock: testClock(), ...overrides });
  clients.push(client);
  return client;
}

afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});

/** A JSON fixture under test/fixtures/fdx, as the text the bank would send. */
export function fixture(name: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', 'fdx', name), 'utf8');
}

export const JSON_HEADERS = { 'content-type': 'application/json' };

/** Awaits a rejection and checks it is a BankError of `kind`; returns it for further checks. */
export async function rejectsWithKind(promise: Promise<unknown>, kind: BankErrorKind): Promise<BankError> {
  let caught: unknown;
  await assert.rejects(promise, (error: unknown) => {
    caught = error;
    return true;
  });
  assert.ok(isBankError(caught), `expected a BankError, got ${String(caught)}`);
  assert.equal(caught.kind, kind, `expected kind ${kind}, got ${caught.kind} (${caught.message})`);
  return caught;
}

/** Whole days `from`..`to` (inclusive) in `zone`. */
export function dayRange(from: string, to: string, zone = 'America/New_York'): DateRange {
  return {
    start: DateTime.fromISO(from, { zone }).startOf('day'),
    end: DateTime.fromISO(to, { zone }).endOf('day'),
  };
}

/** A logger whose lines the test can read back. */
export function capturingLogger(): { logger: Logger; lines: () => Array<Record<string, unknown>>; text: () => string } {
  const raw: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void raw.push(line) } });
  return {
    logger,
    lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>),
    text: () => raw.join(''),
  };
}

/** An Error shaped like a socket failure; nock 14 only emits Error instances. */
export function socketError(code = 'ECONNRESET'): Error {
  return Object.assign(new Error('socket hang up'), { code });
}
