import type { KeyValue } from './key-value';
import type { MovementClaim, MovementRecord, MovementResult, StoredMovement } from './movement-types';
import type { CustomerKey } from './types';

/**
 * Movement records in the shared store, so every instance sees the same claim. Two steps are
 * atomic (SET NX): `claim`, of which exactly one of any number of concurrent confirmations and
 * cancellations wins, and the movement's fate (`markSent` against `markNotReceived`), of which
 * exactly one of the confirming turn and a recovery wins, on every instance sharing the store. Every method rejects with StateUnavailableError when
 * the store cannot answer; callers then move nothing.
 */
export interface MovementStore {
  /** Stores a proposal and makes it the customer's latest movement. */
  propose(key: CustomerKey, record: MovementRecord): Promise<void>;
  get(key: CustomerKey, transferId: string): Promise<StoredMovement | undefined>;
  /** True for the one caller that takes the movement. */
  claim(key: CustomerKey, transferId: string, claim: MovementClaim): Promise<boolean>;
  /**
   * Records what the bank answered. The first final (not `unknown`) result wins atomically and is
   * never replaced; `unknown` is kept only while there is no final one. True when this call's
   * result is the one now recorded (so its caller writes the audit line), false when another was.
   */
  finish(key: CustomerKey, transferId: string, result: MovementResult): Promise<boolean>;
  /**
   * The confirming turn's bid for the movement's fate (one atomic SET NX on `movement-fate`, which
   * `markNotReceived` contends for too): true when this call marked it sent — its confirmation
   * passed the PIN and the daily limit and the POST may go; false when a recovery already declared
   * it never received, and then the POST must not go. A recovery re-sends only a movement marked sent.
   */
  markSent(key: CustomerKey, transferId: string): Promise<boolean>;
  /**
   * A recovery's bid for the same fate: true when this call fixed it as never sent, so no
   * confirming turn can send it any more and 'notReceived' is the truth; false when it was marked
   * sent (or another recovery fixed it first).
   */
  markNotReceived(key: CustomerKey, transferId: string): Promise<boolean>;
  /** True for the one recovery that may re-send the POST within the next RESEND_GUARD_SECONDS. */
  claimResend(key: CustomerKey, transferId: string): Promise<boolean>;
  /** The transfer id of the customer's latest proposal, if it is still kept. */
  latest(key: CustomerKey): Promise<string | undefined>;
  /**
   * Adds `minor` to the day's total unless that passes `max`; returns whether it fit and the total
   * before. With a transfer id, a reservation that fit is then noted on that movement (`reserved`
   * in `get`), so a recovery that fixes its fate as never sent knows there is one to give back.
   */
  reserveDaily(
    key: CustomerKey,
    day: string,
    minor: number,
    max: number,
    transferId?: string,
  ): Promise<{ readonly ok: boolean; readonly before: number }>;
  /** Gives a movement's amount back to its day's total, once per transfer id however often it is called. */
  releaseDaily(key: CustomerKey, transferId: string, day: string, minor: number): Promise<void>;
  usedOn(key: CustomerKey, day: string): Promise<number>;
}

/** Movement records outlive the conversation by a day, for "did my transfer go through" and recovery. */
export const MOVEMENT_TTL_SECONDS = 2 * 86_400;
/** How long one recovery's re-send keeps others from sending the same POST at the same time. */
export const RESEND_GUARD_SECONDS = 30;
const TRANSFER_ID = /^vb-[0-9a-f-]{36}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkKey(key: CustomerKey): string {
  if (!/^[0-9a-f]{64}$/.test(key)) throw new TypeError('CustomerKey must be 64 lower-case hex characters');
  return key;
}

function checked(key: CustomerKey, transferId: string): string {
  if (!TRANSFER_ID.test(transferId)) throw new TypeError('transfer ids are vb- and a UUID');
  return `${checkKey(key)}:${transferId}`;
}

function dailyKey(key: CustomerKey, day: string): string {
  if (!DAY.test(day)) throw new TypeError('day must be YYYY-MM-DD');
  return `movement-daily:${checkKey(key)}:${day}`;
}

// Our own JSON.stringify output read back: its shape is ours by construction.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- our own JSON.stringify output read back: the caller names its shape
const parse = <T>(raw: string | undefined): T | undefined => (raw === undefined ? undefined : (JSON.parse(raw) as T));

export function createMovementStore(kv: KeyValue): MovementStore {
  const later = <T>(operation: () => Promise<T>): Promise<T> => Promise.resolve().then(operation);
  return {
    propose: (key, record) =>
      later(async () => {
        const id = checked(key, record.transferId);
        await kv.set(`movement:${id}`, JSON.stringify(record), MOVEMENT_TTL_SECONDS);
        await kv.set(`movement-latest:${key}`, record.transferId, MOVEMENT_TTL_SECONDS);
      }),
    get: (key, transferId) =>
      later(async () => {
        const id = checked(key, transferId);
        const [record, claim, final, unknown, fate, legacySent, reserved] = await Promise.all([
          kv.get(`movement:${id}`),
          kv.get(`movement-claim:${id}`),
          kv.get(`movement-final:${id}`),
          kv.get(`movement-result:${id}`),
          kv.get(`movement-fate:${id}`),
          kv.get(`movement-sent:${id}`),
          kv.get(`movement-reserved:${id}`),
        ]);
        // `movement-sent` is what instances wrote before the fate key existed (unconditionally).
        const sent = fate === 'sent' || (fate === undefined && legacySent !== undefined);
        const result = final ?? unknown;
        const stored = parse<MovementRecord>(record);
        if (!stored) return undefined;
        const held = parse<MovementClaim>(claim);
        const answered = parse<MovementResult>(result);
        return {
          record: stored,
          ...(held ? { claim: held } : {}),
          ...(answered ? { result: answered } : {}),
          ...(sent ? { sent: true } : {}),
          ...(reserved ? { reserved: true } : {}),
        };
      }),
    claim: (key, transferId, claim) =>
      later(() =>
        kv.setIfAbsent(`movement-claim:${checked(key, transferId)}`, JSON.stringify(claim), MOVEMENT_TTL_SECONDS),
      ),
    finish: (key, transferId, result) =>
      later(async () => {
        const id = checked(key, transferId);
        if (result.outcome !== 'unknown') {
          // A final result written before final results had a key of their own (this key holds only unknowns now).
          const legacy = parse<MovementResult>(await kv.get(`movement-result:${id}`));
          if (legacy && legacy.outcome !== 'unknown') return false;
          return kv.setIfAbsent(`movement-final:${id}`, JSON.stringify(result), MOVEMENT_TTL_SECONDS);
        }
        if ((await kv.get(`movement-final:${id}`)) !== undefined) return false;
        await kv.set(`movement-result:${id}`, JSON.stringify(result), MOVEMENT_TTL_SECONDS);
        return true;
      }),
    markSent: (key, transferId) =>
      later(() => kv.setIfAbsent(`movement-fate:${checked(key, transferId)}`, 'sent', MOVEMENT_TTL_SECONDS)),
    markNotReceived: (key, transferId) =>
      later(async () => {
        const id = checked(key, transferId);
        // Sent unconditionally by an instance from before the fate key: it was handed to the bank.
        if ((await kv.get(`movement-sent:${id}`)) !== undefined) return false;
        return kv.setIfAbsent(`movement-fate:${id}`, 'notReceived', MOVEMENT_TTL_SECONDS);
      }),
    claimResend: (key, transferId) =>
      later(() => kv.setIfAbsent(`movement-resend:${checked(key, transferId)}`, '1', RESEND_GUARD_SECONDS)),
    latest: (key) => later(async () => kv.get(`movement-latest:${checkKey(key)}`)),
    reserveDaily: (key, day, minor, max, transferId) =>
      later(async () => {
        const id = transferId === undefined ? undefined : checked(key, transferId);
        const total = await kv.incrBy(dailyKey(key, day), minor, MOVEMENT_TTL_SECONDS);
        if (total <= max) {
          // Noted only after the counter holds it: whoever sees the note may give it back (once, see releaseDaily).
          if (id !== undefined) await kv.set(`movement-reserved:${id}`, '1', MOVEMENT_TTL_SECONDS);
          return { ok: true, before: total - minor };
        }
        await kv.incrBy(dailyKey(key, day), -minor, MOVEMENT_TTL_SECONDS);
        return { ok: false, before: total - minor };
      }),
    releaseDaily: (key, transferId, day, minor) =>
      later(async () => {
        // Two turns may settle the same movement at once (a repeated yes, a recovery): give back once.
        if (!(await kv.setIfAbsent(`movement-released:${checked(key, transferId)}`, '1', MOVEMENT_TTL_SECONDS))) return;
        await kv.incrBy(dailyKey(key, day), -minor, MOVEMENT_TTL_SECONDS);
      }),
    usedOn: (key, day) => later(async () => Number((await kv.get(dailyKey(key, day))) ?? '0')),
  };
}
