import { BankError } from '../../bank/errors';
import type { BankingRequest } from '../contract';

/**
 * The linking token of a request dispatch has already checked. Treated as the bank saying
 * "unauthorized" if it is missing, so the user is asked to link rather than hearing an error.
 */
export function linkedToken(req: BankingRequest): string {
  if (!req.accessToken) throw new BankError('unauthorized', 'no linked account');
  return req.accessToken;
}
