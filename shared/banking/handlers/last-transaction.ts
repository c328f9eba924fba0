import type { DateTime } from 'luxon';
import type { DateRange, ListCut, Transaction } from '../../bank/types';
import { matchMerchantNames } from '../../spending';
import { isPay } from '../../spending/income';
import type { Handler } from '../contract';
import { words } from '../accounts';
import { spendable, transactionsOf } from '../gather';
import { partially } from '../partial';
import { transactionFact } from '../facts';
import { ask } from '../replies';
import { linkedToken } from './token';

/** Words that mean "my pay" rather than a merchant's name. */
const PAY_WORDS = new Set([
  'paycheck',
  'paycheque',
  'pay',
  'salary',
  'payroll',
  'wages',
  'wage',
  'paid',
  'direct',
  'deposit',
]);

const asksAboutPay = (heard: string | undefined): boolean =>
  !heard || words(heard).every((word) => PAY_WORDS.has(word));

/** How far back the first search looks, in days. */
export const RECENT_SEARCH_DAYS = 35;

type Search =
  | { readonly kind: 'none' }
  | { readonly kind: 'one'; readonly found: Transaction }
  | { readonly kind: 'ambiguous'; readonly names: string[] };

/** The recent days, then the rest of the bank's history (one range when the history is short). */
function searchRanges(today: DateTime, historyDays: number): DateRange[] {
  const end = today.endOf('day');
  const oldest = today.minus({ days: historyDays - 1 }).startOf('day');
  const recentStart = today.minus({ days: RECENT_SEARCH_DAYS - 1 }).startOf('day');
  if (recentStart <= oldest) return [{ start: oldest, end }];
  return [
    { start: recentStart, end },
    { start: oldest, end: recentStart.minus({ days: 1 }).endOf('day') },
  ];
}

/**
 * The latest pay when no payee is named, else the latest transaction with the payee: the
 * platform's resolved name first, then the words said (`alsoHeard`).
 */
function find(heard: string | undefined, alsoHeard: string | undefined, items: readonly Transaction[]): Search {
  if (asksAboutPay(heard)) {
    const pay = items.find(isPay);
    return pay ? { kind: 'one', found: pay } : { kind: 'none' };
  }
  const match = matchMerchantNames([heard, alsoHeard], items);
  if (match.kind === 'ambiguous') return { kind: 'ambiguous', names: [...match.names] };
  const [first] = match.kind === 'one' ? match.transactions : [];
  return first ? { kind: 'one', found: first } : { kind: 'none' };
}

/**
 * "When did I last pay Netflix", "did my paycheck arrive": the latest matching transaction over
 * the bank's history. With no payee named the question is about pay (the phrasings without one
 * all are: "when did I last get paid"). The recent month is searched first: most payees (pay,
 * bills, subscriptions) recur within it, and the older history is fetched only without a match.
 */
export const lastTransactionWith: Handler = async (req, deps) => {
  const { messages } = deps;
  const token = linkedToken(req);
  const accounts = await deps.bank.listAccounts(token, { signal: deps.signal });
  const today = deps.now();
  const scope = spendable(accounts);
  const heard = req.slots.merchant;
  let search: Search = { kind: 'none' };
  let cut: ListCut | undefined;
  for (const range of searchRanges(today, deps.historyDays)) {
    const items = await transactionsOf(token, scope, range, deps);
    cut ??= items.cut;
    search = find(heard, req.slots.merchantHeard, items);
    if (search.kind !== 'none') break;
  }
  if (search.kind === 'ambiguous')
    return ask(messages.whichMerchant(search.names), messages.whichMerchantReprompt(), {
      facts: { kind: 'chooseMerchant', merchants: search.names },
    });
  const found = search.kind === 'one' ? search.found : undefined;
  const merchant = asksAboutPay(heard) ? undefined : heard;
  const facts = {
    kind: 'lastTransaction',
    ...(merchant ? { merchant } : {}),
    ...(found ? { transaction: transactionFact(found) } : {}),
  } as const;
  if (!found)
    return ask(
      `${partially(deps, cut, messages.noLastTransaction(merchant, deps.historyDays))} ${messages.anythingElse()}`,
      messages.whatElse(),
      { facts },
    );
  return ask(`${messages.lastTransaction(found, today)} ${messages.anythingElse()}`, messages.whatElse(), { facts });
};
