import type { JsonValue } from './types';

/**
 * A proposed movement, written when the customer is asked to confirm it. It holds exactly what
 * the bank call and the audit need — ids, amount, accounts' last four digits, the day — and never
 * a balance. The customer key is the key it is stored under.
 */
export interface MovementRecord {
  /** Ours (FDX `transferId`): `vb-` and a UUID. */
  readonly transferId: string;
  /** Sent as the FDX `idempotency-key` header. */
  readonly idempotencyKey: string;
  /** Positive integer minor units. */
  readonly amountMinor: number;
  readonly currency: string;
  /** The bank's opaque account ids. */
  readonly fromAccountId: string;
  readonly toAccountId: string;
  readonly fromLast4?: string;
  readonly toLast4?: string;
  /** `YYYY-MM-DD` in the user's zone: the day it moves, and the day its daily limit counts on. */
  readonly day: string;
  /** Epoch ms when it was proposed. */
  readonly proposedAt: number;
}

/** How an attempt ended, as the customer is told and the audit records. */
export const MOVEMENT_OUTCOMES = [
  'moved',
  'accepted',
  'noFunds',
  'closed',
  'bankLimit',
  'refused',
  'unavailable',
  'unknown',
  'overDaily',
  'overMax',
  'cancelled',
  'pinMissing',
  'expired',
  'notReceived',
] as const;
export type MovementOutcome = (typeof MOVEMENT_OUTCOMES)[number];

export function isMovementOutcome(value: string): value is MovementOutcome {
  return (MOVEMENT_OUTCOMES as readonly string[]).includes(value);
}

/** Outcomes after which the bank certainly did not move the money. */
export const NOT_MOVED: ReadonlySet<MovementOutcome> = new Set<MovementOutcome>([
  'noFunds',
  'closed',
  'bankLimit',
  'refused',
  'unavailable',
  'overDaily',
  'overMax',
  'cancelled',
  'pinMissing',
  'expired',
  'notReceived',
]);

/** What the bank answered (or that it has not yet). `unknown` is the one result that may be replaced. */
export interface MovementResult {
  readonly outcome: MovementOutcome;
  readonly referenceId?: string;
  /** FDX status when the bank sent a Transfer. */
  readonly status?: string;
  /** Epoch ms. */
  readonly at: number;
}

/** Who holds a movement: the "yes" that will call the bank, or the "no" that cancelled it. */
export interface MovementClaim {
  readonly by: 'confirm' | 'cancel';
  /** Epoch ms. */
  readonly at: number;
}

export interface StoredMovement {
  readonly record: MovementRecord;
  readonly claim?: MovementClaim;
  readonly result?: MovementResult;
  /** The confirming turn passed the PIN and the daily limit and handed the POST to the bank client. */
  readonly sent?: true;
  /** The confirming turn reserved the amount against the day's limit (given back once if nothing moves). */
  readonly reserved?: true;
}

/** JSON as the store keeps it. */
export type MovementJson = { readonly [key: string]: JsonValue };
