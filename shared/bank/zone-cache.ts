import { IANAZone, type Zone } from 'luxon';

/**
 * A time zone that remembers its UTC offsets by the hour. Luxon asks an IANA zone for its offset
 * through `Intl.DateTimeFormat#formatToParts` on every DateTime it builds or moves, and that was
 * the largest single cost of reading a busy history (thousands of transactions a turn). An hour
 * is cached only when the offset is the same at its first and its last millisecond, so an hour
 * holding a daylight-saving change is always asked exactly; this assumes no zone changes its
 * offset twice within one hour (none does). It stays an `iana` zone of the same name: luxon
 * treats it as equal to the plain one (setZone, formatting, equality).
 */
class HourlyOffsetZone extends IANAZone {
  readonly #hours = new Map<number, number>();

  override offset(ts: number): number {
    const hour = Math.floor(ts / HOUR_MS);
    const known = this.#hours.get(hour);
    if (known !== undefined) return known;
    const first = super.offset(hour * HOUR_MS);
    if (Number.isNaN(first) || super.offset(hour * HOUR_MS + HOUR_MS - 1) !== first) return super.offset(ts);
    if (this.#hours.size >= MAX_HOURS) this.#hours.clear();
    this.#hours.set(hour, first);
    return first;
  }
}

const HOUR_MS = 3_600_000;
/** About 14 months of hours per zone; beyond that the cache starts over. */
const MAX_HOURS = 10_000;

/** Zones by name, each with its own hour cache; one per bank client. */
export type ZoneCache = (zone: Zone) => Zone;

export function createZoneCache(): ZoneCache {
  const zones = new Map<string, Zone>();
  return (zone) => {
    if (zone.type !== 'iana' || !zone.isValid) return zone;
    let cached = zones.get(zone.name);
    if (cached === undefined) {
      if (zones.size >= 64) zones.clear();
      zones.set(zone.name, (cached = new HourlyOffsetZone(zone.name)));
    }
    return cached;
  };
}
