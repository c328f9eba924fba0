import type { PostedTransfer, StoredAnswer } from './types';

/** One customer's money movement: accepted transfers and what each idempotency key answered. */
interface Book {
  readonly transfers: Map<string, PostedTransfer>;
  readonly answers: Map<string, StoredAnswer>;
}

/**
 * The sandbox's mutable state, owned by one app instance (no module state). Everything else in
 * the sandbox is generated from the day; transfers are laid over it (see overlay.ts).
 */
export interface Ledger {
  transfer(customerId: string, transferId: string): PostedTransfer | undefined;
  transfers(customerId: string): readonly PostedTransfer[];
  answer(customerId: string, idempotencyKey: string): StoredAnswer | undefined;
  /** Remembers what a key answered; an accepted transfer is kept with it. */
  remember(customerId: string, idempotencyKey: string, answer: StoredAnswer, accepted?: PostedTransfer): void;
  /** Processed transfers into or out of `accountId`, oldest first. */
  touching(customerId: string, accountId: string): readonly PostedTransfer[];
}

/** Most idempotency keys kept per customer; a demo never comes near it. */
const MAX_KEYS = 10_000;

export function createLedger(): Ledger {
  const books = new Map<string, Book>();
  const book = (customerId: string): Book => {
    let found = books.get(customerId);
    if (!found) books.set(customerId, (found = { transfers: new Map(), answers: new Map() }));
    return found;
  };
  return {
    transfer: (customerId, transferId) => book(customerId).transfers.get(transferId),
    transfers: (customerId) => [...book(customerId).transfers.values()],
    answer: (customerId, key) => book(customerId).answers.get(key),
    remember(customerId, key, answer, accepted) {
      const { answers, transfers } = book(customerId);
      if (answers.size >= MAX_KEYS) answers.delete(answers.keys().next().value ?? '');
      answers.set(key, answer);
      if (accepted) transfers.set(accepted.transferId, accepted);
    },
    touching: (customerId, accountId) =>
      [...book(customerId).transfers.values()].filter(
        (t) => t.status === 'PROCESSED' && (t.fromAccountId === accountId || t.toAccountId === accountId),
      ),
  };
}
