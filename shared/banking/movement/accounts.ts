import type { AccountSummary } from '../../bank/types';
import { matchAccounts } from '../accounts';
import type { AccountRef, BankingReply, Deps } from '../contract';
import { ask } from '../replies';

export type Picked =
  | { readonly account: AccountSummary; readonly reply?: undefined }
  | { readonly reply: BankingReply; readonly account?: undefined };

/** Exactly one of `accounts` for what the user said, or a question back (no state: the user says it again). */
export function pickAccount(accounts: readonly AccountSummary[], ref: AccountRef, deps: Deps): Picked {
  const matches = matchAccounts(accounts, ref);
  const [only] = matches;
  if (only && matches.length === 1) return { account: only };
  const { messages } = deps;
  if (matches.length === 0) return { reply: ask(messages.accountNotFound(ref.name), messages.movementHowTo()) };
  return {
    reply: ask(`${messages.whichAccount(matches)} ${messages.movementSayLastFour()}`, messages.movementHowTo()),
  };
}

/** Where money comes from when the user does not say: an open checking account, else any open deposit account. */
export function defaultSource(accounts: readonly AccountSummary[], not?: AccountSummary): AccountSummary | undefined {
  const open = accounts.filter((a) => a.kind === 'deposit' && a.status !== 'CLOSED' && a.id !== not?.id);
  return open.find((a) => a.type === 'CHECKING') ?? open[0];
}

/** The source the user named, else the default one. */
export function pickSource(
  accounts: readonly AccountSummary[],
  ref: AccountRef | undefined,
  to: AccountSummary,
  deps: Deps,
): Picked {
  if (ref) return pickAccount(accounts, ref, deps);
  const found = defaultSource(accounts, to);
  return found ? { account: found } : { reply: ask(deps.messages.movementHowTo(), deps.messages.movementHowTo()) };
}

/** Accounts a payment can go to, by kind. */
export function payable(accounts: readonly AccountSummary[], kind: 'card' | 'loan'): AccountSummary[] {
  return accounts.filter((a) =>
    kind === 'card' ? a.kind === 'creditCard' || a.kind === 'lineOfCredit' : a.kind === 'loan',
  );
}
