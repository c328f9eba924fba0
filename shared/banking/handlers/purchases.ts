import type { AccountSummary, BankList, DateRange, Transaction } from '../../bank/types';
import type { BankingReply, BankingRequest, Deps, Handler } from '../contract';
import { spendable, transactionsOf } from '../gather';
import { choosePeriod, periodState } from '../period';
import { partially } from '../partial';
import { accountFact, periodFact, transactionFacts } from '../facts';
import { biggestFirst, currencyCount, purchasesOf } from '../purchases';
import { ask } from '../replies';
import type { ItemsTopic } from '../session';
import { page } from './items';
import { resolveAccount } from './resolve-account';
import { linkedToken } from './token';

/**
 * The accounts a purchase question is about: the one named, else every account people spend from —
 * the same set as "how much did I spend" (gather.ts `spendable`), so the two answers always agree.
 */
async function scopeOf(
  req: BankingRequest,
  deps: Deps,
): Promise<{ scope: readonly AccountSummary[]; account?: AccountSummary; reply?: BankingReply }> {
  const accounts = await deps.bank.listAccounts(linkedToken(req), { signal: deps.signal });
  if (!req.slots.account) return { scope: spendable(accounts) };
  const resolved = resolveAccount(req, deps, accounts, 'transactionsInPeriod');
  if (resolved.reply) return { scope: [], reply: resolved.reply };
  return { scope: [resolved.account], account: resolved.account };
}

function listed(
  deps: Deps,
  items: BankList<Transaction>,
  range: DateRange,
  topic: ItemsTopic,
  scope: readonly AccountSummary[],
  account?: AccountSummary,
): BankingReply {
  const today = deps.now();
  const facts = {
    kind: 'transactions',
    ...(account ? { account: accountFact(account) } : {}),
    period: periodFact(range),
    count: items.length,
    transactions: transactionFacts(items),
  } as const;
  const said =
    topic === 'biggest'
      ? deps.messages.biggestIntro(items.length, range, today, account, currencyCount(items))
      : deps.messages.purchasesIntro(items.length, range, today, account);
  const intro = partially(deps, items.cut, said);
  return {
    ...page(deps, items, intro, { topic, accountIds: scope.map((a) => a.id), ...periodState(range) }, 0),
    facts,
  };
}

/** Purchases in a period, newest first (`purchases`) or largest first (`biggest`), three at a time. */
const purchaseList =
  (topic: 'purchases' | 'biggest'): Handler =>
  async (req, deps) => {
    const period = choosePeriod(req, deps);
    if (period.reply) return period.reply;
    const { scope, account, reply } = await scopeOf(req, deps);
    if (reply) return reply;
    if (scope.length === 0)
      return ask(deps.messages.noAccounts(), deps.messages.whatElse(), { facts: { kind: 'accounts', accounts: [] } });
    const all = await transactionsOf(linkedToken(req), scope, period.range, deps);
    const chosen = topic === 'biggest' ? biggestFirst(all) : purchasesOf(all);
    const items: BankList<Transaction> = all.cut ? Object.assign(chosen, { cut: all.cut }) : chosen;
    if (items.length === 0) {
      const said = partially(deps, all.cut, deps.messages.noPurchases(period.range, deps.now(), account));
      return ask(`${said} ${deps.messages.anythingElse()}`, deps.messages.whatElse(), {
        session: { period: periodState(period.range) },
      });
    }
    return listed(deps, items, period.range, topic, scope, account);
  };

/** "What did I buy on Saturday", "show me last week's purchases": across the accounts spending counts. */
export const purchasesInPeriod = purchaseList('purchases');
/** "What was my biggest purchase last month", "my largest purchases this week". */
export const biggestPurchases = purchaseList('biggest');
