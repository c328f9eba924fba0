import type { AccountSummary } from '../../bank/types';
import type { BankingReply, Deps, Handler } from '../contract';
import { defaultAccount } from '../accounts';
import { accountFact, transactionFacts } from '../facts';
import { ask } from '../replies';
import { periodState } from '../period';
import { page } from './items';
import { resolveAccount } from './resolve-account';
import { linkedToken } from './token';

export const DEFAULT_TRANSACTION_COUNT = 3;
/** The most recent transactions one request reads (in groups); asking for more is told this cap. */
export const MAX_TRANSACTION_COUNT = 10;
/** A count asked for above DEFAULT is read this many a turn, then "Would you like the next 5?". */
export const RECENT_PER_TURN = 5;
/** How far back "recent" looks. */
export const RECENT_DAYS = 30;

/**
 * Reads the newest transactions of one account, pending ones marked as such: three, then "more"
 * reads on; a count asked for up to the cap, in groups of five, the cap said when it cut the count.
 */
export async function speakRecent(
  token: string,
  account: AccountSummary,
  count: number | undefined,
  deps: Deps,
): Promise<BankingReply> {
  const { messages } = deps;
  const now = deps.now();
  const range = { start: now.minus({ days: RECENT_DAYS }).startOf('day'), end: now.endOf('day') };
  const all = await deps.bank.listTransactions(token, account.id, range, {
    signal: deps.signal,
    currency: account.currency,
  });
  const asked = count === undefined ? undefined : Math.max(1, count);
  const limit = asked === undefined ? undefined : Math.min(asked, MAX_TRANSACTION_COUNT);
  const per = asked !== undefined && asked > DEFAULT_TRANSACTION_COUNT ? RECENT_PER_TURN : DEFAULT_TRANSACTION_COUNT;
  const total = Math.min(all.length, limit ?? all.length);
  const shown = all.slice(0, Math.min(per, total));
  const facts = {
    kind: 'transactions',
    account: accountFact(account),
    count: shown.length,
    transactions: transactionFacts(shown),
  } as const;
  if (shown.length === 0)
    return ask(`${messages.noTransactions(account)} ${messages.anythingElse()}`, messages.whatElse(), { facts });
  const card = {
    title: messages.cardTitle('transactions'),
    lines: shown.map((item) => messages.transactionCardLine(item, now)),
  };
  const intro = messages.recentIntro(
    account,
    shown.length,
    limit === undefined ? shown.length : total,
    asked,
    MAX_TRANSACTION_COUNT,
  );
  const more = {
    topic: 'recent',
    accountIds: [account.id],
    ...periodState(range),
    per,
    ...(limit ? { limit } : {}),
  } as const;
  return { ...page(deps, all, intro, more, 0), card, facts };
}

/** "What are my recent transactions (on savings)": checking when no account is named. */
export const recentTransactions: Handler = async (req, deps) => {
  const token = linkedToken(req);
  const accounts = await deps.bank.listAccounts(token, { signal: deps.signal });
  const fallback = defaultAccount(accounts);
  if (!fallback)
    return ask(deps.messages.noAccounts(), deps.messages.whatElse(), { facts: { kind: 'accounts', accounts: [] } });
  if (!req.slots.account) return speakRecent(token, fallback, req.slots.count, deps);
  const resolved = resolveAccount(req, deps, accounts, 'recentTransactions');
  return resolved.reply ?? speakRecent(token, resolved.account, req.slots.count, deps);
};
