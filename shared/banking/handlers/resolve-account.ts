import type { AccountSummary, DateRange } from '../../bank/types';
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
  req: BankingRequest,
  deps: Deps,
  accounts: readonly AccountSummary[],
  question: AccountQuestion,
): Resolution {
  const { messages } = deps;
  const ref = req.slots.account ?? {};
  const matches = matchAccounts(accounts, ref);
  const [only] = matches;
  if (only && matches.length === 1) return { account: only };
  if (matches.length === 0) {
    return {
      reply: ask(messages.accountNotFound(ref.name), messages.whichAccountReprompt(), {
        facts: { kind: 'accountNotFound' },
      }),
    };
  }
  return { reply: askWhich(req, deps, matches, question, req.slots.period?.ok ? req.slots.period.range : undefined) };
}

/** "Which one: …?" among `candidates`, with the question (and its period) carried to the next turn. */
export function askWhich(
  req: BankingRequest,
  deps: Deps,
  candidates: readonly AccountSummary[],
  question: AccountQuestion,
  range?: DateRange,
): BankingReply {
  const { count, merchant, category } = req.slots;
  const pick = {
    intent: question,
    ids: candidates.map((account) => account.id),
    ...(count ? { count } : {}),
    ...(merchant ? { merchant } : {}),
    ...(category ? { category } : {}),
  };
  const period = range ? { period: periodState(range) } : {};
  return ask(deps.messages.whichAccount(candidates), deps.messages.whichAccountReprompt(), {
    session: writeSession({ pick, ...period }),
    facts: { kind: 'chooseAccount', accounts: candidates.map(accountFact) },
  });
}

/**
 * Accounts in more than one currency cannot be totalled together (money is never converted): asks
 * which one, keeping the question. Undefined when they share one currency.
 */
export function oneCurrency(
  req: BankingRequest,
  deps: Deps,
  scope: readonly AccountSummary[],
  question: AccountQuestion,
  range?: DateRange,
): BankingReply | undefined {
  return new Set(scope.map((account) => account.currency)).size > 1
    ? askWhich(req, deps, scope, question, range)
    : undefined;
}
