import { IANAZone } from 'luxon';
import type { Clock } from '../shared/clock';
import { DEFAULT_ZONE } from './data/customers';
import type { OAuthClient } from './oauth';

/** How a sandbox bank behaves. */
export interface SandboxOptions {
  /** The clock; "today" (and so all demo data), token and consent expiry follow it. */
  readonly clock: Clock;
  /**
   * Base URL the authorization server names as its issuer (SANDBOX_PUBLIC_URL, e.g. a tunnel);
   * defaults to the URL the sandbox listens on (or, for a bare app, the request's host).
   */
  readonly publicUrl?: string;
  /** Registered OAuth clients, or SANDBOX_OAUTH_CLIENTS JSON; the development clients by default. */
  readonly oauthClients?: readonly OAuthClient[] | string;
  /** IANA zone for "today", timestamps and date filters. Defaults to America/New_York. */
  readonly zone?: string;
  /** Default page size of list endpoints (1–500; demo-kim's accounts page by 3 regardless). Defaults to 25. */
  readonly pageSize?: number;
}

/** Options with defaults applied and checked. */
export interface SandboxSettings {
  readonly clock: Clock;
  readonly zone: string;
  readonly pageSize: number;
}

/** The default page size of list endpoints. */
export const DEFAULT_PAGE_SIZE = 25;

/** Applies defaults; throws on an unknown zone or a page size outside 1–500. */
export function settingsFrom(options: SandboxOptions): SandboxSettings {
  const zone = options.zone ?? DEFAULT_ZONE;
  if (!IANAZone.isValidZone(zone)) throw new Error(`sandbox: unknown time zone ${zone}`);
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 500)
    throw new Error('sandbox: pageSize must be an integer from 1 to 500');
  return { clock: options.clock, zone, pageSize };
}
