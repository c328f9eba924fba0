import type { AccountSummary } from '../../bank/types';
import type { BankingReply, BankingRequest, Deps } from '../contract';
import { matchAccounts } from '../accounts';
import { accountFact } from '../facts';
import { ask } from '../replies';
import { periodState } from '../period';
import { writeSession, type AccountQuestion } from '../session';

export type Resolution =
  | { readonly account: AccountSummary; readonly reply?: undefined }
  | { readonly reply: BankingReply; readonly account?: undefined };

/**
 * Turns the named account into exactly one account, or a question back: "which one?" when two
 * match (the question and candidates carried to the next turn), "couldn't find" when none does.
 */
export function resolveAccount(
  req: BankingRequest, deps: Deps, accounts: readonly AccountSummary[], question: AccountQuestion,
): Resolution {
  const { messages } = deps;
  const ref = req.slots.account ?? {};
  const matches = matchAccounts(accounts, ref);
  const [only] = matches;
  if (only && matches.length === 1) return { account: only };
  if (matches.length === 0) {
    return { reply: ask(messages.accountNotFound(ref.name), messages.whichAccountReprompt(), { facts: { kind: 'accountNotFound' } }) };
  }
  const { count, merchant, category } = req.slots;
  const pick = {
    intent: question, ids: matches.map((account) => account.id),
    ...(count ? { count } : {}), ...(merchant ? { merchant } : {}), ...(category ? { category } : {}),
  };
  const period = req.slots.period?.ok ? { period: periodState(req.slots.period.range) } : {};
  return { reply: ask(messages.whichAccount(matches), messages.whichAccountReprompt(), {
    session: writeSession({ pick, ...period }), facts: { kind: 'chooseAccount', accounts: matches.map(accountFact) },
  }) };
}
