import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../shared/clock';

/** FDX 6.4: access tokens live at most 15 minutes. */
export const ACCESS_TOKEN_SECONDS = 15 * 60;
/** RFC 6749 §4.1.2: codes are short-lived (10 minutes at most) and single-use. */
export const CODE_SECONDS = 10 * 60;

/** What the customer consented to (FDX-style: which accounts, until when). */
export interface Consent {
  readonly consentId: string;
  readonly clientId: string;
  /** The demo customer's token: whose data the grant opens. */
  readonly customerToken: string;
  readonly accountIds: readonly string[];
  readonly scope: string;
  /** Epoch ms; refresh tokens stop working then. */
  readonly expiresAtMs: number;
}

/** An authorization code, as issued at the consent page. */
export interface CodeGrant {
  readonly consent: Consent;
  readonly redirectUri: string;
  /** S256 challenge; absent only for confidential clients that sent none. */
  readonly codeChallenge?: string;
}

/** A pair from the token endpoint. */
export interface IssuedTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresIn: number;
  readonly consent: Consent;
}

/** What a bearer token opens at the FDX API. */
export type AccessLookup =
  | { readonly status: 'active'; readonly consent: Consent }
  | { readonly status: 'expired' }
  | { readonly status: 'unknown' };

interface Entry<T> {
  readonly value: T;
  readonly expiresAtMs: number;
}

/** Codes, access and refresh tokens in memory, keyed by a hash of the secret (never the secret). */
export interface GrantStore {
  issueCode(grant: CodeGrant): string;
  /** Takes a code once; a second use revokes everything issued from it (RFC 6749 §4.1.2). */
  redeemCode(code: string): CodeGrant | undefined;
  issueTokens(consent: Consent): IssuedTokens;
  /** Rotates: the old refresh token stops working; reusing it revokes the consent. */
  refresh(refreshToken: string): Consent | undefined;
  lookupAccess(accessToken: string): AccessLookup;
}

function secret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

function prune(map: Map<string, { readonly expiresAtMs: number }>, cutoffMs: number): void {
  for (const [key, entry] of map) if (entry.expiresAtMs < cutoffMs) map.delete(key);
}

/** A new consent id. */
export function newConsentId(): string {
  return secret('consent-').slice(0, 32);
}

/** The in-memory store; `clock` decides every expiry. */
export function createGrantStore(clock: Clock): GrantStore {
  const codes = new Map<string, Entry<CodeGrant> & { used: boolean }>();
  const access = new Map<string, Entry<Consent>>();
  const refresh = new Map<string, Entry<Consent> & { used: boolean }>();
  const revoked = new Set<string>();
  // Tokens are kept past expiry (until the consent ends) so an expired one gets "expired", not "unknown".
  const sweep = (): void => {
    const cutoff = clock.epochMs() - CODE_SECONDS * 1000;
    prune(codes, cutoff);
    prune(access, cutoff);
    prune(refresh, cutoff);
  };
  const store: GrantStore = {
    issueCode(grant) {
      sweep();
      const code = secret('code-');
      codes.set(hashOf(code), { value: grant, expiresAtMs: clock.epochMs() + CODE_SECONDS * 1000, used: false });
      return code;
    },
    redeemCode(code) {
      const entry = codes.get(hashOf(code));
      if (entry === undefined || entry.expiresAtMs <= clock.epochMs()) return undefined;
      if (entry.used) {
        revoked.add(entry.value.consent.consentId);
        return undefined;
      }
      entry.used = true;
      return entry.value;
    },
    issueTokens(consent) {
      sweep();
      const accessToken = secret('at-');
      const refreshToken = secret('rt-');
      const now = clock.epochMs();
      access.set(hashOf(accessToken), {
        value: consent,
        expiresAtMs: Math.min(now + ACCESS_TOKEN_SECONDS * 1000, consent.expiresAtMs),
      });
      refresh.set(hashOf(refreshToken), { value: consent, expiresAtMs: consent.expiresAtMs, used: false });
      return { accessToken, refreshToken, expiresIn: ACCESS_TOKEN_SECONDS, consent };
    },
    refresh(refreshToken) {
      const entry = refresh.get(hashOf(refreshToken));
      if (entry === undefined || revoked.has(entry.value.consentId) || entry.expiresAtMs <= clock.epochMs())
        return undefined;
      if (entry.used) {
        revoked.add(entry.value.consentId); // a replayed refresh token: the family is compromised
        return undefined;
      }
      entry.used = true;
      return entry.value;
    },
    lookupAccess(accessToken) {
      const entry = access.get(hashOf(accessToken));
      if (entry === undefined) return { status: 'unknown' };
      if (revoked.has(entry.value.consentId)) return { status: 'unknown' };
      return entry.expiresAtMs <= clock.epochMs() ? { status: 'expired' } : { status: 'active', consent: entry.value };
    },
  };
  return store;
}
