import { createHmac, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { MIN_SECRET_LENGTH } from './customer-key';

export { isTrivialPin } from './trivial-pins';

/**
 * scrypt cost for new hashes: N=2^15, r=8, p=1 uses 32 MiB and tens of milliseconds per hash.
 * Older hashes keep verifying with the parameters stored in them.
 */
const COST = { N: 32_768, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Bounds for stored parameters, so a tampered record cannot make us burn unbounded memory or CPU.
const MAX_N = 1 << 20;
const MAX_R = 32;
const MAX_P = 16;

/** New records: scrypt over HMAC-SHA256(server secret, PIN). Plain `scrypt` records are legacy (no secret). */
const KEYED = 'scrypt-hmac';
const LEGACY = 'scrypt';

interface ParsedHash {
  readonly keyed: boolean;
  readonly options: { readonly N: number; readonly r: number; readonly p: number };
  readonly salt: Buffer;
  readonly hash: Buffer;
}

function derive(pin: string | Buffer, salt: Buffer, cost: ParsedHash['options'], length: number): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, length, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

function parse(stored: string): ParsedHash | undefined {
  const [scheme, n, r, p, salt, hash, ...rest] = stored.split('$');
  if ((scheme !== KEYED && scheme !== LEGACY) || rest.length > 0 || salt === undefined || hash === undefined)
    return undefined;
  const [N, R, P] = [Number(n), Number(r), Number(p)];
  const isPowerOfTwo = Number.isInteger(N) && N > 1 && N <= MAX_N && (N & (N - 1)) === 0;
  if (!isPowerOfTwo || !Number.isInteger(R) || R < 1 || R > MAX_R || !Number.isInteger(P) || P < 1 || P > MAX_P) {
    return undefined;
  }
  const saltBytes = Buffer.from(salt, 'base64');
  const hashBytes = Buffer.from(hash, 'base64');
  if (saltBytes.length < 16 || hashBytes.length < 16 || hashBytes.length > 64) return undefined;
  return { keyed: scheme === KEYED, options: { N, r: R, p: P }, salt: saltBytes, hash: hashBytes };
}

/**
 * The PIN under the server secret: a dump of the store alone (hashes without `STATE_KEY_SECRET`)
 * cannot be brute-forced offline, although four digits are only 10,000 guesses.
 */
function pepper(pin: string, secret: string): Buffer {
  if (secret.length < MIN_SECRET_LENGTH)
    throw new TypeError(`the PIN secret must be at least ${MIN_SECRET_LENGTH} characters`);
  return createHmac('sha256', secret).update(`voice-pin\n${pin}`).digest();
}

/**
 * Hashes a 4-digit PIN as `scrypt-hmac$N$r$p$<salt base64>$<hash base64>`: scrypt with a fresh
 * 16-byte salt over HMAC-SHA256(`secret`, PIN).
 * @throws RangeError unless `pin` is exactly four ASCII digits (policy checks: see isTrivialPin).
 * @throws TypeError when `secret` is shorter than 32 characters.
 */
export async function hashPin(pin: string, secret: string): Promise<string> {
  if (!/^[0-9]{4}$/.test(pin)) throw new RangeError('a PIN is exactly four digits');
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(pepper(pin, secret), salt, COST, KEY_BYTES);
  return [KEYED, COST.N, COST.r, COST.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/**
 * True when `pin` matches `stored`, compared in constant time. A malformed or out-of-bounds record
 * never matches (false), so a corrupted store fails closed. Legacy records (plain `scrypt$`, made
 * before the secret) still verify; {@link isLegacyPinHash} says when to store a fresh hash.
 */
export async function verifyPin(pin: string, stored: string, secret: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const candidate = await derive(
    parsed.keyed ? pepper(pin, secret) : pin,
    parsed.salt,
    parsed.options,
    parsed.hash.length,
  );
  return timingSafeEqual(candidate, parsed.hash);
}

/** True for a record made without the server secret: re-hash it after the next right PIN. */
export function isLegacyPinHash(stored: string): boolean {
  return parse(stored)?.keyed === false;
}
