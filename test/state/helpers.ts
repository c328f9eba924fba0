import { randomUUID } from 'node:crypto';
import { customerKey, type CustomerKey } from '../../shared/security/customer-key';

/** A test-only server secret (32+ characters). */
export const TEST_SECRET = 'test-secret-0123456789abcdefghijklmnop';

/** A key for a customer no other test uses, so tests never see each other's state. */
export function freshCustomer(): CustomerKey {
  return customerKey({ customerId: `customer-${randomUUID()}` }, TEST_SECRET);
}

/** Resolves after `ms` milliseconds (TTL behaviour, not performance). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Milliseconds a promise took to settle, and whether it rejected with what. */
export async function settleTimed(promise: Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  try {
    await promise;
    return { ms: performance.now() - started, error: undefined };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}
