import type { RequestEnvelope } from 'ask-sdk-model';
import { IANAZone } from 'luxon';
import { BoundedCache, type Clock } from '../../shared';

export interface TimeZoneOptions {
  readonly defaultZone: string;
  /** Give up on the Settings API after this long; the default zone answers instead. */
  readonly timeoutMs?: number;
  /** How long a device's zone is remembered. */
  readonly ttlMs?: number;
  /** Bound on remembered devices; the oldest entry goes first. */
  readonly maxDevices?: number;
  readonly clock: Clock;
}

const FAILURE_TTL_MS = 60_000;

/**
 * Looks up a device's zone for a request; never throws, never takes longer than the timeout, nor
 * longer than half of `withinMs` (what is left of the turn) when given: the bank needs the rest.
 */
export type TimeZoneLookup = (envelope: RequestEnvelope, withinMs?: number) => Promise<string>;

/**
 * Device time zone from the Alexa Settings API (`/v2/devices/{deviceId}/settings/System.timeZone`,
 * a quoted JSON string), cached per device briefly; the configured default when the lookup fails,
 * is slow, or returns something that is not an IANA zone.
 */
export function createTimeZoneLookup(options: TimeZoneOptions): TimeZoneLookup {
  const { defaultZone, timeoutMs = 600, ttlMs = 10 * 60_000, maxDevices = 10_000, clock } = options;
  const now = (): number => clock.monotonicMs();
  const cache = new BoundedCache<string>(maxDevices);
  const remember = (deviceId: string, zone: string, forMs: number): string => {
    cache.set(deviceId, zone, now() + forMs);
    return zone;
  };
  return async (envelope, withinMs) => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the typings promise more than an unchecked platform request carries (the Lambda trigger skips our shape check)
    const system = envelope.context?.System;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- as above
    const deviceId = system?.device?.deviceId;
    if (!deviceId || !system.apiEndpoint || !system.apiAccessToken) return defaultZone;
    const hit = cache.get(deviceId, now());
    if (hit) return hit;
    const allowed = withinMs === undefined ? timeoutMs : Math.min(timeoutMs, Math.floor(withinMs / 2));
    if (allowed <= 0) return defaultZone;
    const zone = await fetchZone(system.apiEndpoint, deviceId, system.apiAccessToken, allowed);
    // A failed lookup is remembered briefly too, so a broken endpoint does not cost every turn a timeout.
    return zone ? remember(deviceId, zone, ttlMs) : remember(deviceId, defaultZone, Math.min(ttlMs, FAILURE_TTL_MS));
  };
}

async function fetchZone(
  endpoint: string,
  deviceId: string,
  token: string,
  timeoutMs: number,
): Promise<string | undefined> {
  try {
    const url = `${endpoint.replace(/\/+$/, '')}/v2/devices/${encodeURIComponent(deviceId)}/settings/System.timeZone`;
    const response = await fetch(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) return undefined;
    const zone: unknown = await response.json();
    return typeof zone === 'string' && IANAZone.isValidZone(zone) ? zone : undefined;
  } catch {
    return undefined;
  }
}
