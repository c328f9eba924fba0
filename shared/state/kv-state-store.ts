import { createHash } from 'node:crypto';
import type { KeyValue } from './key-value';
import { createMovementStore } from './movement-store';
import type { StateStore } from './state-store';
import type { CustomerKey, JsonValue, LimiterOptions } from './types';

/** Preference documents are settings, not data stores: small by rule. */
const MAX_PREFERENCE_BYTES = 2048;
const PREFERENCE_NAME = /^[a-z][a-z0-9-]{0,39}$/;
const LIMITER_NAME = PREFERENCE_NAME;
/** Longest PIN-session window we accept: a PIN mark must not outlive a working day. */
const MAX_SESSION_TTL_SECONDS = 86_400;
/** Every record expires: a PIN hash 400 days after it was last set or used, unless told otherwise. */
export const PIN_HASH_TTL_SECONDS = 400 * 86_400;
/** A preference lives this long after it was last written, unless told otherwise. */
export const PREFERENCE_TTL_SECONDS = 400 * 86_400;
const MAX_RECORD_TTL_SECONDS = 400 * 86_400;

// A key that is not a 64-hex digest would let a caller address other records (":" is our separator).
function checkKey(key: CustomerKey): string {
  if (!/^[0-9a-f]{64}$/.test(key)) throw new TypeError('CustomerKey must be 64 lower-case hex characters');
  return key;
}

// Session ids come from the platform; hashing keeps keys short and the raw id out of storage.
function sessionKey(key: CustomerKey, sessionId: string): string {
  if (sessionId.length === 0) throw new TypeError('sessionId must not be empty');
  const digest = createHash('sha256').update(sessionId).digest('hex').slice(0, 32);
  return `pin-session:${checkKey(key)}:${digest}`;
}

function preferenceKey(key: CustomerKey, name: string): string {
  if (!PREFERENCE_NAME.test(name)) throw new TypeError('preference name must be kebab-case, at most 40 characters');
  return `pref:${checkKey(key)}:${name}`;
}

function checkTtl(ttlSeconds: number, max = MAX_SESSION_TTL_SECONDS): number {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > max) {
    throw new RangeError(`ttlSeconds must be a whole number from 1 to ${max}`);
  }
  return ttlSeconds;
}

function checkLimiter(options: LimiterOptions): LimiterOptions {
  const whole = (n: number, min: number): boolean => Number.isInteger(n) && n >= min;
  if (!LIMITER_NAME.test(options.name)) throw new TypeError('limiter name must be kebab-case');
  if (!whole(options.points, 0) || !whole(options.durationSeconds, 1) || !whole(options.blockSeconds, 1)) {
    throw new RangeError('limiter points must be >= 0 and durations whole seconds >= 1');
  }
  return options;
}

function serialisePreference(value: JsonValue): string {
  const json = JSON.stringify(value);
  if (Buffer.byteLength(json, 'utf8') > MAX_PREFERENCE_BYTES) {
    throw new RangeError(`a preference must serialise to at most ${MAX_PREFERENCE_BYTES} bytes of JSON`);
  }
  return json;
}

// Synchronous validation errors must surface as rejections, like everything else on the store.
function later<T>(operation: () => Promise<T>): Promise<T> {
  return Promise.resolve().then(operation);
}

/** Builds the StateStore on a KeyValue backend; key layout and validation live only here. */
export function createKvStateStore(kv: KeyValue): StateStore {
  return {
    getPinHash: (key) => later(() => kv.get(`pin-hash:${checkKey(key)}`)),
    setPinHash: (key, hash, ttlSeconds = PIN_HASH_TTL_SECONDS) =>
      later(() => {
        if (!/^scrypt(-hmac)?\$/.test(hash)) throw new TypeError('only scrypt PIN hashes are stored');
        return kv.set(`pin-hash:${checkKey(key)}`, hash, checkTtl(ttlSeconds, MAX_RECORD_TTL_SECONDS));
      }),
    markPinVerified: (key, sessionId, ttlSeconds) =>
      later(() => {
        const ttl = checkTtl(ttlSeconds);
        // The window length is the value, so touchPinSession can re-arm it without being told.
        return kv.set(sessionKey(key, sessionId), String(ttl), ttl);
      }),
    isPinVerified: (key, sessionId) => later(async () => (await kv.get(sessionKey(key, sessionId))) !== undefined),
    touchPinSession: (key, sessionId) =>
      later(async () => {
        const name = sessionKey(key, sessionId);
        const stored = await kv.get(name);
        const ttl = Number(stored);
        if (stored === undefined || !Number.isInteger(ttl) || ttl < 1) return false;
        return kv.expire(name, Math.min(ttl, MAX_SESSION_TTL_SECONDS));
      }),
    clearPinSession: (key, sessionId) => later(() => kv.del(sessionKey(key, sessionId))),
    getPreference: (key, name) =>
      later(async () => {
        const raw = await kv.get(preferenceKey(key, name));
        // JSON.parse of our own JSON.stringify output is a JsonValue by construction.
        return raw === undefined ? undefined : (JSON.parse(raw) as JsonValue);
      }),
    setPreference: (key, name, value, ttlSeconds = PREFERENCE_TTL_SECONDS) =>
      later(() =>
        kv.set(preferenceKey(key, name), serialisePreference(value), checkTtl(ttlSeconds, MAX_RECORD_TTL_SECONDS)),
      ),
    deletePreference: (key, name) => later(() => kv.del(preferenceKey(key, name))),
    createLimiter: (options) => kv.limiter(checkLimiter(options)),
    movements: createMovementStore(kv),
    close: () => kv.close(),
  };
}
