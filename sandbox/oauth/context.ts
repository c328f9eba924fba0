import type { Request } from 'express';
import type { Clock } from '../../shared/clock';
import type { SandboxCustomer } from '../data/types';
import type { ClientRegistry } from './clients';
import type { GrantStore } from './grants';

/** What the authorization server's routes share. */
export interface OAuthContext {
  readonly clients: ClientRegistry;
  readonly grants: GrantStore;
  readonly clock: Clock;
  /** The issuer URL (no trailing slash) for this request. */
  readonly issuer: (req: Request) => string;
  /** The demo customers as of today, for the consent page. */
  readonly customers: () => readonly SandboxCustomer[];
}
