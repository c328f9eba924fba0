import type { AccountSummary, BankList, DateRange, ListCut, Transaction } from '../../bank/types';
import {
  categoryOfTransaction,
  isSpendingCategory,
  matchMerchantNames,
  resolveCategory,
  summarizeSpending,
  transactionInCategory,
} from '../../spending';
import type { BankingReply, BankingRequest, Deps, Handler } from '../contract';
import { spendable, transactionsOf } from '../gather';
import { choosePeriod, periodState } from '../period';
import { partially } from '../partial';
import { accountFact, moneyFact, periodFact } from '../facts';
import { ask } from '../replies';
import { oneCurrency, resolveAccount } from './resolve-account';
import { linkedToken } from './token';

interface Question {
  readonly range: DateRange;
  readonly note: string;
  readonly merchant?: string;
  /** What was said for the merchant, when the platform resolved it to another value. */
  readonly heard?: string;
  readonly category?: string;
  readonly account?: AccountSummary;
  /** The cap that cut the bank's list, when one did: the answer says it is partial. */
  readonly cut?: ListCut;
  /** Set when the period began before the bank's history: the answer says what is covered. */
  readonly historyDays?: number;
}

/** "How much did I spend at Starbucks last month" / "on groceries this week" / "last weekend". */
export const spending: Handler = async (req, deps) => {
  if (!req.slots.account) return spendingOn(req, deps, undefined);
  const accounts = await deps.bank.listAccounts(linkedToken(req), { signal: deps.signal });
  const resolved = resolveAccount(req, deps, accounts, 'spending');
  return resolved.reply ?? spendingOn(req, deps, resolved.account);
};

/** The spending answer for one account, or for every account people spend from. */
export async function spendingOn(
  req: BankingRequest,
  deps: Deps,
  account: AccountSummary | undefined,
): Promise<BankingReply> {
  const period = choosePeriod(req, deps);
  if (period.reply) return period.reply;
  const token = linkedToken(req);
  const scope = account ? [account] : spendable(await deps.bank.listAccounts(token, { signal: deps.signal }));
  const mixed = oneCurrency(req, deps, scope, 'spending', period.range);
  if (mixed) return mixed;
  const items = await transactionsOf(token, scope, period.range, deps);
  const question = {
    range: period.range,
    note: period.note,
    ...(account ? { account } : {}),
    ...(items.cut ? { cut: items.cut } : {}),
    ...(period.historyDays ? { historyDays: period.historyDays } : {}),
  };
  return answer(req, deps, items, question);
}

/** What a question's filter picked out of the period's transactions: a set, or a merchant to ask about. */
type Selection =
  | {
      readonly kind: 'set';
      readonly items: readonly Transaction[];
      readonly merchant?: string;
      readonly category?: string;
    }
  | { readonly kind: 'ambiguous'; readonly names: readonly string[] };

/**
 * The transactions a merchant or category names (a category heard in the merchant slot counts as
 * the category); with neither, every spending item. A merchant never seen gives an empty set.
 */
export function selectSpending(
  items: readonly Transaction[],
  filter: { merchant?: string; heard?: string; category?: string },
): Selection {
  const { merchant, heard, category } = filter;
  const spokenCategory = category ? resolveCategory(category) : undefined;
  if (merchant || (category && !spokenCategory)) {
    const name = merchant ?? category ?? '';
    const match = matchMerchantNames([name, heard], items);
    const asCategory = match.kind === 'none' ? resolveCategory(name) : undefined;
    if (asCategory)
      return {
        kind: 'set',
        items: items.filter((item) => transactionInCategory(item, asCategory)),
        category: asCategory,
      };
    if (match.kind === 'ambiguous') return { kind: 'ambiguous', names: match.names };
    if (match.kind === 'none') return { kind: 'set', items: [], merchant: name };
    return { kind: 'set', items: match.transactions, merchant: match.name };
  }
  if (spokenCategory)
    return {
      kind: 'set',
      items: items.filter((item) => transactionInCategory(item, spokenCategory)),
      category: spokenCategory,
    };
  return { kind: 'set', items: items.filter((item) => isSpendingCategory(categoryOfTransaction(item))) };
}

function answer(req: BankingRequest, deps: Deps, items: BankList<Transaction>, base: Question): BankingReply {
  const { merchant, category, merchantHeard } = req.slots;
  const selected = selectSpending(items, {
    ...(merchant ? { merchant } : {}),
    ...(merchantHeard ? { heard: merchantHeard } : {}),
    ...(category ? { category } : {}),
  });
  if (selected.kind === 'ambiguous') {
    const session = { period: periodState(base.range), awaiting: 'merchant' as const };
    return ask(deps.messages.whichMerchant(selected.names), deps.messages.whichMerchantReprompt(), {
      session,
      facts: { kind: 'chooseMerchant', merchants: selected.names },
    });
  }
  return summarise(deps, selected.items, {
    ...base,
    ...(selected.merchant ? { merchant: selected.merchant } : {}),
    ...(selected.category ? { category: selected.category } : {}),
  });
}

/**
 * "How much of that was at restaurants": the part of the last answer's set the new filter names —
 * the intersection, never a fresh total. The last question is re-fetched (no amounts are stored).
 */
export async function spendingOfThat(
  req: BankingRequest,
  deps: Deps,
  last: BankingRequest,
  account: AccountSummary | undefined,
): Promise<BankingReply> {
  const period = choosePeriod(last, deps);
  if (period.reply) return period.reply;
  const token = linkedToken(req);
  const scope = account ? [account] : spendable(await deps.bank.listAccounts(token, { signal: deps.signal }));
  const items = await transactionsOf(token, scope, period.range, deps);
  const { merchant, category, merchantHeard } = last.slots;
  const whole = selectSpending(items, {
    ...(merchant ? { merchant } : {}),
    ...(merchantHeard ? { heard: merchantHeard } : {}),
    ...(category ? { category } : {}),
  });
  const wholeItems = whole.kind === 'set' ? whole.items : items;
  const part = selectSpending(wholeItems, {
    ...(req.slots.merchant ? { merchant: req.slots.merchant } : {}),
    ...(req.slots.merchantHeard ? { heard: req.slots.merchantHeard } : {}),
    ...(req.slots.category ? { category: req.slots.category } : {}),
  });
  const session = { period: periodState(period.range) };
  if (part.kind === 'ambiguous') {
    return ask(deps.messages.whichMerchant(part.names), deps.messages.whichMerchantReprompt(), {
      session: { ...session, awaiting: 'merchant' },
      facts: { kind: 'chooseMerchant', merchants: part.names },
    });
  }
  const currency = account?.currency ?? 'USD';
  const wholeTotals = summarizeSpending(wholeItems, currency);
  const partTotals = summarizeSpending(part.items, currency);
  const said = deps.messages.narrowed({
    part: partTotals.net,
    purchases: partTotals.purchases,
    whole: wholeTotals.net,
    ...(part.merchant ? { merchant: part.merchant } : {}),
    ...(part.category ? { category: part.category } : {}),
  });
  const facts = {
    kind: 'spending',
    period: periodFact(period.range),
    ...(account ? { account: accountFact(account) } : {}),
    ...(part.merchant ? { merchant: part.merchant } : {}),
    ...(part.category ? { category: part.category } : {}),
    spent: moneyFact(partTotals.spent),
    refunds: moneyFact(partTotals.refunds),
    net: moneyFact(partTotals.net),
    purchases: partTotals.purchases,
    refundCount: partTotals.refundCount,
  } as const;
  return ask(`${partially(deps, items.cut, said)} ${deps.messages.anythingElse()}`, deps.messages.whatElse(), {
    session,
    facts,
  });
}

function summarise(deps: Deps, items: readonly Transaction[], question: Question): BankingReply {
  const { messages } = deps;
  const today = deps.now();
  const totals = summarizeSpending(items, question.account?.currency ?? 'USD');
  const summary = { ...question, ...totals };
  const said = totals.purchases === 0 ? messages.nothingSpent(summary, today) : messages.spent(summary, today);
  const speech = [partially(deps, question.cut, said), question.note, messages.anythingElse()]
    .filter(Boolean)
    .join(' ');
  const facts = {
    kind: 'spending',
    period: periodFact(question.range),
    ...(question.account ? { account: accountFact(question.account) } : {}),
    ...(question.merchant ? { merchant: question.merchant } : {}),
    ...(question.category ? { category: question.category } : {}),
    spent: moneyFact(totals.spent),
    refunds: moneyFact(totals.refunds),
    net: moneyFact(totals.net),
    purchases: totals.purchases,
    refundCount: totals.refundCount,
  } as const;
  return ask(speech, messages.whatElse(), { session: { period: periodState(question.range) }, facts });
}
