import type { AccountSummary, BankList, DateRange, ListCut, Transaction } from '../../bank/types';
import { categoryOfTransaction, isSpendingCategory, matchMerchantNames, resolveCategory, summarizeSpending, transactionInCategory } from '../../spending';
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
}

/** "How much did I spend at Starbucks last month" / "on groceries this week" / "last weekend". */
export const spending: Handler = async (req, deps) => {
  if (!req.slots.account) return spendingOn(req, deps, undefined);
  const accounts = await deps.bank.listAccounts(linkedToken(req), { signal: deps.signal });
  const resolved = resolveAccount(req, deps, accounts, 'spending');
  return resolved.reply ?? spendingOn(req, deps, resolved.account);
};

/** The spending answer for one account, or for every account people spend from. */
export async function spendingOn(req: BankingRequest, deps: Deps, account: AccountSummary | undefined): Promise<BankingReply> {
  const period = choosePeriod(req, deps);
  if (period.reply) return period.reply;
  const token = linkedToken(req);
  const scope = account ? [account] : spendable(await deps.bank.listAccounts(token, { signal: deps.signal }));
  const mixed = oneCurrency(req, deps, scope, 'spending', period.range);
  if (mixed) return mixed;
  const items = await transactionsOf(token, scope, period.range, deps);
  const question = { range: period.range, note: period.note, ...(account ? { account } : {}), ...(items.cut ? { cut: items.cut } : {}) };
  return answer(req, deps, items, question);
}

function answer(req: BankingRequest, deps: Deps, items: BankList<Transaction>, base: Question): BankingReply {
  const { merchant, category, merchantHeard } = req.slots;
  const spokenCategory = category ? resolveCategory(category) : undefined;
  if (merchant || (category && !spokenCategory)) {
    return byMerchant(deps, items, { ...base, merchant: merchant ?? category ?? '', ...(merchantHeard ? { heard: merchantHeard } : {}) });
  }
  if (spokenCategory) {
    const inCategory = items.filter((item) => transactionInCategory(item, spokenCategory));
    return summarise(deps, inCategory, { ...base, category: spokenCategory });
  }
  return summarise(deps, items.filter((item) => isSpendingCategory(categoryOfTransaction(item))), base);
}

function byMerchant(deps: Deps, items: readonly Transaction[], question: Question & { merchant: string }): BankingReply {
  const match = matchMerchantNames([question.merchant, question.heard], items);
  // "How much of that was at restaurants": the NLU fills the merchant slot with a category name.
  const category = match.kind === 'none' ? resolveCategory(question.merchant) : undefined;
  if (category) {
    const { merchant: _merchant, heard: _heard, ...rest } = question;
    return summarise(deps, items.filter((item) => transactionInCategory(item, category)), { ...rest, category });
  }
  if (match.kind === 'ambiguous') {
    const session = { period: periodState(question.range), awaiting: 'merchant' as const };
    return ask(deps.messages.whichMerchant(match.names), deps.messages.whichMerchantReprompt(), { session, facts: { kind: 'chooseMerchant', merchants: match.names } });
  }
  if (match.kind === 'none') return summarise(deps, [], question);
  const { heard: _heard, ...asked } = question;
  return summarise(deps, match.transactions, { ...asked, merchant: match.name });
}

function summarise(deps: Deps, items: readonly Transaction[], question: Question): BankingReply {
  const { messages } = deps;
  const today = deps.now();
  const totals = summarizeSpending(items, question.account?.currency ?? 'USD');
  const summary = { ...question, ...totals };
  const said = totals.purchases === 0 ? messages.nothingSpent(summary, today) : messages.spent(summary, today);
  const speech = [partially(deps, question.cut, said), question.note, messages.anythingElse()].filter(Boolean).join(' ');
  const facts = {
    kind: 'spending', period: periodFact(question.range), ...(question.account ? { account: accountFact(question.account) } : {}),
    ...(question.merchant ? { merchant: question.merchant } : {}), ...(question.category ? { category: question.category } : {}),
    spent: moneyFact(totals.spent), refunds: moneyFact(totals.refunds), net: moneyFact(totals.net), purchases: totals.purchases, refundCount: totals.refundCount,
  } as const;
  return ask(speech, messages.whatElse(), { session: { period: periodState(question.range) }, facts });
}
