import { TransportFailure } from './transport';

/**
 * Caps on concurrent bank calls: one per customer (a windowed fetch must not flood the bank for a
 * single question) and one for the whole bank (all customers of this process together). A call
 * waits in order for a slot under both caps; a waiting call gives up when its turn is aborted.
 */

/** Concurrency caps; both positive integers. */
export interface ConcurrencyCaps {
  readonly perCustomer: number;
  readonly perBank: number;
}

/** Releases a slot; call once. */
export type Release = () => void;

/** Slots for one token's calls. */
export interface CallGate {
  acquire(token: string, signal: AbortSignal | undefined): Promise<Release>;
}

interface Semaphore {
  active: number;
  readonly waiting: (() => void)[];
}

function semaphore(): Semaphore {
  return { active: 0, waiting: [] };
}

function take(sem: Semaphore, max: number, signal: AbortSignal | undefined): Promise<void> {
  if (sem.active < max && sem.waiting.length === 0) {
    sem.active += 1;
    return Promise.resolve();
  }
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new TransportFailure('aborted', 'aborted while waiting for a slot'));
      return;
    }
    const onAbort = (): void => {
      const index = sem.waiting.indexOf(grant);
      if (index >= 0) sem.waiting.splice(index, 1);
      reject(new TransportFailure('aborted', 'aborted while waiting for a slot'));
    };
    const grant = (): void => {
      signal?.removeEventListener('abort', onAbort);
      sem.active += 1;
      resolve();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    sem.waiting.push(grant);
  });
}

function give(sem: Semaphore, max: number): void {
  sem.active -= 1;
  if (sem.active < max) sem.waiting.shift()?.();
}

/**
 * A gate with both caps. Per-customer state exists only while that customer has calls running or
 * waiting (it is keyed by the token in memory for that long, never logged or stored).
 */
export function createCallGate(caps: ConcurrencyCaps): CallGate {
  const bank = semaphore();
  const customers = new Map<string, Semaphore>();
  return {
    async acquire(token, signal) {
      let own = customers.get(token);
      if (own === undefined) customers.set(token, (own = semaphore()));
      const customer = own;
      try {
        await take(customer, caps.perCustomer, signal);
      } catch (error) {
        if (customer.active === 0 && customer.waiting.length === 0) customers.delete(token);
        throw error;
      }
      try {
        await take(bank, caps.perBank, signal);
      } catch (error) {
        releaseCustomer();
        throw error;
      }
      function releaseCustomer(): void {
        give(customer, caps.perCustomer);
        if (customer.active === 0 && customer.waiting.length === 0) customers.delete(token);
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        give(bank, caps.perBank);
        releaseCustomer();
      };
    },
  };
}
