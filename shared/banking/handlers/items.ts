import type { AccountSummary, DateRange, Transaction } from '../../bank/types';
import { money, type Money } from '../../money/money';
import type { BankingReply, Deps, Handler } from '../contract';
import { defaultAccount } from '../accounts';
import { summarizeSpending } from '../../spending';
import { cutOf, newestFirst, spendable, transactionsByAccount, transactionsOf } from '../gather';
import { choosePeriod, dayRange, periodState } from '../period';
import { partially } from '../partial';
import { accountFact, moneyFact, periodFact, transactionFacts, type ReplyFacts } from '../facts';
import { ask } from '../replies';
import type { MoreState } from '../session';
import { biggestFirst, purchasesOf } from '../purchases';
import { oneCurrency, resolveAccount } from './resolve-account';
import { linkedToken } from './token';

/** Any list is read this many items at a time, then "Would you like to hear more?". */
export const ITEMS_PER_TURN = 3;
/** Pending items are recent by nature; this is how far back we look for them. */
export const PENDING_DAYS = 14;

type ItemsMore = Extract<MoreState, { kind: 'items' }>;

/** One page of a list, with the offer of the next page carried in the session. */
export function page(
  deps: Deps,
  items: readonly Transaction[],
  intro: string,
  more: Omit<ItemsMore, 'offset' | 'kind'>,
  offset: number,
): BankingReply {
  const { messages } = deps;
  const per = more.per ?? ITEMS_PER_TURN;
  const end = more.limit ? Math.min(items.length, more.limit) : items.length;
  const shown = items.slice(offset, Math.min(offset + per, end));
  const next = offset + shown.length;
  const said = [intro, messages.items(shown, deps.now(), more.topic !== 'pending')].filter(Boolean).join(' ');
  // Only a period the user asked about becomes "that" for follow-ups; the pending window does not.
  const period = more.topic === 'period' ? { period: { start: more.start, end: more.end } } : {};
  if (next < end) {
    const session = { more: { kind: 'items', ...more, offset: next } satisfies ItemsMore, ...period };
    const offer = more.limit ? messages.offerNext(Math.min(per, end - next)) : messages.offerMoreItems();
    return ask(`${said} ${offer}`, offer, { session });
  }
  if (shown.length === 0) return ask(messages.nothingToContinue(), messages.whatElse(), { session: period });
  return ask(`${said} ${messages.anythingElse()}`, messages.whatElse(), { session: period });
}

/** "What did I buy last weekend (on my card)": every transaction in the period, three at a time. */
export const transactionsInPeriod: Handler = async (req, deps) => {
  const period = choosePeriod(req, deps);
  if (period.reply) return period.reply;
  const token = linkedToken(req);
  const accounts = await deps.bank.listAccounts(token, { signal: deps.signal });
  let account = defaultAccount(accounts);
  if (req.slots.account) {
    const resolved = resolveAccount(req, deps, accounts, 'transactionsInPeriod');
    if (resolved.reply) return resolved.reply;
    account = resolved.account;
  }
  if (!account)
    return ask(deps.messages.noAccounts(), deps.messages.whatElse(), { facts: { kind: 'accounts', accounts: [] } });
  return listPeriod(token, account, period.range, deps, period.historyDays);
};

export async function listPeriod(
  token: string,
  account: AccountSummary,
  range: DateRange,
  deps: Deps,
  historyDays?: number,
): Promise<BankingReply> {
  const items = await transactionsOf(token, [account], range, deps);
  const today = deps.now();
  const facts = periodFacts(items, range, account);
  if (items.length === 0) {
    return ask(
      `${partially(deps, items.cut, deps.messages.noItems(range, today, account, historyDays))} ${deps.messages.anythingElse()}`,
      deps.messages.whatElse(),
      { session: { period: periodState(range) }, facts },
    );
  }
  const intro = partially(deps, items.cut, deps.messages.itemsIntro(items.length, range, today, account, historyDays));
  return {
    ...page(deps, items, intro, { topic: 'period', accountIds: [account.id], ...periodState(range) }, 0),
    facts,
  };
}

function periodFacts(items: readonly Transaction[], range: DateRange, account?: AccountSummary): ReplyFacts {
  return {
    kind: 'transactions',
    ...(account ? { account: accountFact(account) } : {}),
    period: periodFact(range),
    count: items.length,
    transactions: transactionFacts(items),
  };
}

function pendingFacts(pending: readonly Transaction[], total: Money): ReplyFacts {
  return { kind: 'pending', count: pending.length, total: moneyFact(total), transactions: transactionFacts(pending) };
}

/** "Do I have anything pending": count, total and the first few, across accounts or on one. */
export const pendingTransactions: Handler = async (req, deps) => {
  const token = linkedToken(req);
  const accounts = await deps.bank.listAccounts(token, { signal: deps.signal });
  if (!req.slots.account)
    return (
      oneCurrency(req, deps, spendable(accounts), 'pendingTransactions') ?? pendingOn(token, spendable(accounts), deps)
    );
  const resolved = resolveAccount(req, deps, accounts, 'pendingTransactions');
  return resolved.reply ?? pendingOn(token, [resolved.account], deps);
};

export async function pendingOn(token: string, scope: readonly AccountSummary[], deps: Deps): Promise<BankingReply> {
  const today = deps.now();
  const range = { start: today.minus({ days: PENDING_DAYS }).startOf('day'), end: today.endOf('day') };
  const fetched = await transactionsByAccount(token, scope, range, deps);
  const lists = fetched.map((list) => list.filter((item) => item.pending));
  const pending = newestFirst(lists);
  const currency = scope[0]?.currency ?? 'USD';
  const cut = cutOf(fetched);
  if (pending.length === 0)
    return ask(
      `${partially(deps, cut, deps.messages.noPending())} ${deps.messages.anythingElse()}`,
      deps.messages.whatElse(),
      { facts: pendingFacts([], money(0, currency)) },
    );
  const holders = scope.filter((_, index) => (lists[index]?.length ?? 0) > 0);
  // The total is money going out; pending credits are read out as credits, not added to it.
  const total = summarizeSpending(
    pending.filter((item) => item.amount.minor < 0),
    currency,
  ).spent;
  const intro = partially(deps, cut, deps.messages.pendingSummary(pending.length, total, holders));
  const facts = pendingFacts(pending, total);
  return {
    ...page(deps, pending, intro, { topic: 'pending', accountIds: scope.map((a) => a.id), ...periodState(range) }, 0),
    facts,
  };
}

/** "Yes"/"more"/"next" on a list: fetches the same range again and reads the next page. */
export async function continueItems(token: string, more: ItemsMore, zone: string, deps: Deps): Promise<BankingReply> {
  const range = dayRange(more.start, more.end, zone);
  const all = await transactionsOf(token, more.accountIds, range, deps);
  const items =
    more.topic === 'pending'
      ? all.filter((item) => item.pending)
      : more.topic === 'purchases'
        ? purchasesOf(all)
        : more.topic === 'biggest'
          ? biggestFirst(all)
          : all;
  const { per, limit } = more;
  // The list being read on; no total recomputed here, so a continuation cannot fail where the first page did not.
  const facts = periodFacts(items, range);
  const paging = { ...(per ? { per } : {}), ...(limit ? { limit } : {}) };
  return {
    ...page(
      deps,
      items,
      '',
      { topic: more.topic, accountIds: more.accountIds, start: more.start, end: more.end, ...paging },
      more.offset,
    ),
    facts,
  };
}
