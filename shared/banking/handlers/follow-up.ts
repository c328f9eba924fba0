import type { AccountSummary } from '../../bank/types';
import type { BankingReply, BankingRequest, Deps, Handler } from '../contract';
import { matchAccounts } from '../accounts';
import { dayRange, defaultRange } from '../period';
import { accountFact } from '../facts';
import { ask } from '../replies';
import { readSession, type CoreSession } from '../session';
import { speakBalances, ACCOUNTS_PER_TURN } from './balance';
import { speakCard } from './card';
import { continueItems, listPeriod, pendingOn } from './items';
import { spending, spendingOn } from './spending';
import { speakRecent } from './transactions';
import { linkedToken } from './token';
import { lastQuestionOn } from './follow-ups';
import { resolveAccount } from './resolve-account';

type Pick = NonNullable<CoreSession['pick']>;

/** Answers the question that was waiting for an account, now that we have one. */
function answerPick(
  req: BankingRequest,
  deps: Deps,
  token: string,
  pick: Pick,
  chosen: AccountSummary,
): Promise<BankingReply> {
  const session = readSession(req.session);
  switch (pick.intent) {
    case 'getBalance':
      return speakBalances(token, [chosen.id], [], deps);
    case 'recentTransactions':
      return speakRecent(token, chosen, req.slots.count ?? pick.count, deps);
    case 'cardDetails':
      return speakCard(token, chosen, deps);
    case 'pendingTransactions':
      return pendingOn(token, [chosen], deps);
    case 'transactionsInPeriod': {
      const period = session.period ? dayRange(session.period.start, session.period.end, req.timeZone) : undefined;
      return listPeriod(token, chosen, period ?? defaultRange(deps.now()), deps);
    }
    case 'spending': {
      const slots = {
        ...req.slots,
        ...(pick.merchant ? { merchant: pick.merchant } : {}),
        ...(pick.category ? { category: pick.category } : {}),
      };
      return spendingOn({ ...req, slots }, deps, chosen);
    }
  }
}

/**
 * The answer to "which one?": picks among the accounts we offered and answers the question that
 * was asked. After "did you mean X or Y?" it is the merchant. Out of the blue it asks what to tell (no bank call).
 */
export const selectAccount: Handler = async (req, deps) => {
  const session = readSession(req.session);
  if (session.awaiting === 'merchant' && req.slots.account?.name) {
    return spending({ ...req, slots: { merchant: req.slots.account.name } }, deps);
  }
  const { pick } = session;
  // An account named with no question waiting: the last question on that account ("and savings?"), if
  // there was one; else it is not a question — never read data on a guess (issue 14).
  if (!pick)
    return (
      (await lastQuestionOn(req, deps)) ??
      ask(deps.messages.accountWithoutQuestion(req.slots.account?.name), deps.messages.whatElse())
    );
  const token = linkedToken(req);
  const accounts = await deps.bank.listAccounts(token, { signal: deps.signal });
  const offered = accounts.filter((account) => pick.ids.includes(account.id));
  // None of last turn's candidates is listed any more: resolve the answer against what the bank lists now.
  if (offered.length === 0) {
    const resolved = resolveAccount(req, deps, accounts, pick.intent);
    return resolved.reply ?? answerPick(req, deps, token, pick, resolved.account);
  }
  const matches = matchAccounts(offered, req.slots.account ?? {});
  const [chosen] = matches;
  if (!chosen || matches.length > 1) {
    const facts = { kind: 'chooseAccount', accounts: offered.map(accountFact) } as const;
    return ask(deps.messages.whichAccount(offered), deps.messages.whichAccountReprompt(), {
      session: { ...session, pick },
      facts,
    });
  }
  return answerPick(req, deps, token, pick, chosen);
};

/** "Yes", "more", "next": continues whatever list we offered; with nothing offered, asks what next. */
export const yes: Handler = async (req, deps) => {
  const { more } = readSession(req.session);
  if (!more) return ask(deps.messages.nothingToContinue(), deps.messages.whatElse());
  const token = linkedToken(req);
  if (more.kind === 'items') return continueItems(token, more, req.timeZone, deps);
  return speakBalances(token, more.ids.slice(0, ACCOUNTS_PER_TURN), more.ids.slice(ACCOUNTS_PER_TURN), deps);
};
