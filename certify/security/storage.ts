import { ConfigError, loadConfig, type Config } from '../../shared/config';
import type { Env } from '../options';
import { formatSeconds } from '../report/format';
import { fail, pass } from '../runner';
import type { CheckSpec } from '../types';

/** Settings that decide what the service keeps; read from the deployment's environment. */
export const STORAGE_SETTINGS = [
  'PIN_POLICY',
  'STATE_STORE',
  'STATE_KEY_SECRET',
  'STATE_KEY_PREFIX',
  'ACCOUNT_CACHE_SECONDS',
  'PIN_MAX_ATTEMPTS',
  'PIN_LOCK_SECONDS',
  'PIN_SESSION_IDLE_SECONDS',
] as const;

/** One thing kept: what, where, for how long (README, "What is stored, where, for how long"). */
export type StoredItem = readonly [what: string, where: string, howLong: string];

/** What a service with this configuration keeps. The store URL is never shown: it may hold a password. */
export function storedItems(config: Config): StoredItem[] {
  const store =
    config.stateStore === 'memory'
      ? 'state store: process memory (this instance)'
      : 'state store: Redis (every instance)';
  const cache =
    config.accountCacheSeconds === 0
      ? 'not kept (ACCOUNT_CACHE_SECONDS=0)'
      : `${formatSeconds(config.accountCacheSeconds)} (ACCOUNT_CACHE_SECONDS)`;
  const items: StoredItem[] = [
    ['account list (ids, names, last four digits; no balances)', 'process memory, keyed by a hash of the token', cache],
  ];
  if (config.pinPolicy === 'off') return items;
  items.unshift(
    ['PIN hash (scrypt, random salt)', store, 'until replaced'],
    ["a chosen PIN's hash awaiting its confirmation", store, 'cleared at confirmation; ignored after 5 min'],
    [
      'wrong-PIN counter and lock',
      store,
      `${formatSeconds(config.pinLockSeconds)} (PIN_LOCK_SECONDS), after ${config.pinMaxAttempts} wrong PINs`,
    ],
    ...(config.pinPolicy === 'session'
      ? [
          [
            '"PIN said in this session" mark (hash of the session id)',
            store,
            `${formatSeconds(config.pinIdleSeconds)} of inactivity (PIN_SESSION_IDLE_SECONDS)`,
          ] as const,
        ]
      : []),
  );
  items.push(['customer key per token hash', 'process memory', '5 min']);
  return items;
}

/** Lists, from the deployment's configuration, what the service stores and for how long. */
export function storageCheck(env: Env): CheckSpec {
  return {
    name: 'what the service stores, from its configuration',
    area: 'security',
    level: 'info',
    run: async () => {
      let config: Config;
      try {
        config = loadConfig(Object.fromEntries(STORAGE_SETTINGS.map((name) => [name, env[name]])));
      } catch (error) {
        return fail(
          error instanceof ConfigError
            ? `the configuration is refused: ${error.message}`
            : 'the configuration could not be read',
        );
      }
      const notes = [
        ...storedItems(config).map(([what, where, howLong]) => `${what} | ${where} | ${howLong}`),
        'store keys: an HMAC (STATE_KEY_SECRET) of the bank customer id, never the Alexa or Google user id',
        'never stored or logged: access tokens, PINs, balances, amounts, transactions, merchants, account numbers',
      ];
      return pass(
        `PIN_POLICY=${config.pinPolicy}, state store ${config.stateStore === 'memory' ? 'memory' : 'Redis'}; no financial data is stored`,
        { notes },
      );
    },
  };
}
