/**
 * A small least-recently-used map whose entries also expire at a given instant: the one expiring map
 * (certificates, account lists, customer keys, device time zones). Bounded, so that a flood of
 * distinct keys (valid-looking certificate URLs, tokens, device ids) cannot grow memory. Instants are
 * whatever clock reading the caller uses throughout (epoch or monotonic milliseconds).
 */
export class BoundedCache<V> {
  // Map iteration order is insertion order, so re-inserting on read keeps the oldest entry first.
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  /** @param capacity - maximum number of entries kept; at least 1 */
  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('cache capacity must be a positive integer');
  }

  /** Number of entries currently held (expired ones included until they are next looked up). */
  get size(): number {
    return this.entries.size;
  }

  /** The value for `key` if present and not expired at `now`; marks it recently used. */
  get(key: string, now: number): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= now) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores `value` until `expiresAt`, evicting the least recently used entry if full. */
  set(key: string, value: V, expiresAt: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, expiresAt });
  }
}
