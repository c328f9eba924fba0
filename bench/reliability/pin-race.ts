import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createBankClient } from '../../shared/bank';
import type { Clock } from '../../shared/clock';
import { loadConfig } from '../../shared/config';
import { silentLogger } from '../../shared/log/logger';
import { createStateStore } from '../../shared/state';
import { createApp } from '../../skills/app';
import { alexa, google } from '../../test/contract/platforms';
import { atPinPrompt, mixedBurst, wrongThenRight } from '../../test/contract/pin-burst';
import { listenOnLoopback } from '../../shared/loopback';

/** The Redis to race on: TEST_REDIS_URL (as the tests use), else the machine's. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** What the PIN race showed across two instances sharing one Redis. */
export interface PinRaceFigures {
  readonly rounds: number;
  readonly guesses: number;
  /** Most PINs checked in one burst (must not exceed maxAttempts). */
  readonly mostChecked: number;
  readonly maxAttempts: number;
  /** Balances given to wrong-then-right guessers after the limit was hit (must be 0). */
  readonly balancesAfterLimit: number;
}

async function instance(
  bankUrl: string,
  clock: Clock,
  prefix: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const logger = silentLogger();
  const config = loadConfig({
    VERIFY_REQUESTS: 'false',
    PIN_POLICY: 'session',
    STATE_STORE: REDIS_URL,
    STATE_KEY_PREFIX: prefix,
    STATE_KEY_SECRET: 'reliability-state-key-secret-0123456789',
    LOG_LEVEL: 'silent',
  });
  const bank = createBankClient({ baseUrl: bankUrl, timeoutMs: config.bankTimeoutMs, logger, clock });
  const store = createStateStore(REDIS_URL, logger, { keyPrefix: prefix, clock });
  const app = createApp({ config, logger, bank, clock, store });
  const listening = await listenOnLoopback(app);
  return {
    url: listening.url,
    close: async () => {
      await listening.close();
      bank.close();
      await store.close();
    },
  };
}

async function enrol(url: string, token: string, pin: string, account: string): Promise<void> {
  const conversation = google.start(url, token);
  await conversation.say({ intent: 'getBalance', account });
  await conversation.say({ intent: 'pin', pin });
  const set = await conversation.say({ intent: 'pin', pin });
  if (!/Your voice PIN is set/.test(set.text)) throw new Error('the PIN race could not set a PIN');
}

/**
 * Two instances (each its own Redis connection, as two processes would have) share one Redis.
 * Per demo customer: one burst of 8 concurrent wrong-then-right guessers split over both
 * instances and both platforms, and one burst of 7 wrong + 1 right at the same moment.
 */
export async function pinRace(bankUrl: string, clock: Clock): Promise<PinRaceFigures> {
  const prefix = `voicebank-reliability:${randomUUID()}:`;
  const instances = await Promise.all([instance(bankUrl, clock, prefix), instance(bankUrl, clock, prefix)]);
  const urls = instances.map((i) => i.url);
  let mostChecked = 0;
  let balancesAfterLimit = 0;
  let guesses = 0;
  try {
    const customers = [
      ['demo-alex', 'checking'],
      ['demo-kim', 'savings'],
      ['demo-sam', 'checking'],
    ] as const;
    for (const [token, account] of customers) {
      await enrol(urls[0] ?? '', token, '5173', account);
      const first = await wrongThenRight(await atPinPrompt(urls, [alexa, google], token, 8, account), '9173', '5173');
      mostChecked = Math.max(mostChecked, first.checkedWrong);
      balancesAfterLimit += first.balances;
      guesses += first.replies.length;
    }
    // A fresh prefix: the customers above are locked now.
    const second = await Promise.all([
      instance(bankUrl, clock, `${prefix}b:`),
      instance(bankUrl, clock, `${prefix}b:`),
    ]);
    try {
      const secondUrls = second.map((i) => i.url);
      await enrol(secondUrls[1] ?? '', 'demo-alex', '5173', 'checking');
      const mixed = await mixedBurst(await atPinPrompt(secondUrls, [google, alexa], 'demo-alex', 8), 7, '9173', '5173');
      mostChecked = Math.max(mostChecked, mixed.checkedWrong + mixed.balances);
      guesses += mixed.replies.length;
    } finally {
      await Promise.all(second.map((i) => i.close()));
    }
  } finally {
    await Promise.all(instances.map((i) => i.close()));
    await cleanUp(prefix);
  }
  return { rounds: 4, guesses, mostChecked, maxAttempts: 3, balancesAfterLimit };
}

async function cleanUp(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
