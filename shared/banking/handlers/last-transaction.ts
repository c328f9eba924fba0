import type { Transaction } from '../../bank/types';
import { matchMerchant } from '../../spending';
import { isPay } from '../../spending/income';
import type { Handler } from '../contract';
import { words } from '../accounts';
import { spendable, transactionsOf } from '../gather';
import { ask } from '../replies';
import { linkedToken } from './token';

/** Words that mean "my pay" rather than a merchant's name. */
const PAY_WORDS = new Set(['paycheck', 'paycheque', 'pay', 'salary', 'payroll', 'wages', 'wage', 'paid', 'direct', 'deposit']);

const asksAboutPay = (heard: string | undefined): boolean => !heard || words(heard).every((word) => PAY_WORDS.has(word));

/**
 * "When did I last pay Netflix", "did my paycheck arrive": the latest matching transaction over
 * the bank's history. With no payee named the question is about pay (the phrasings without one
 * all are: "when did I last get paid").
 */
export const lastTransactionWith: Handler = async (req, deps) => {
  const { messages } = deps;
  const token = linkedToken(req);
  const accounts = await deps.bank.listAccounts(token, { signal: deps.signal });
  const today = deps.now();
  const range = { start: today.minus({ days: deps.historyDays - 1 }).startOf('day'), end: today.endOf('day') };
  const items = await transactionsOf(token, spendable(accounts).map((a) => a.id), range, deps);
  const heard = req.slots.merchant;
  let found: Transaction | undefined;
  if (asksAboutPay(heard)) {
    found = items.find(isPay);
  } else {
    const match = matchMerchant(heard ?? '', items);
    if (match.kind === 'ambiguous') return ask(messages.whichMerchant(match.names), messages.whichMerchantReprompt());
    found = match.kind === 'one' ? match.transactions[0] : undefined;
  }
  if (!found) return ask(`${messages.noLastTransaction(asksAboutPay(heard) ? undefined : heard, deps.historyDays)} ${messages.anythingElse()}`, messages.whatElse());
  return ask(`${messages.lastTransaction(found, today)} ${messages.anythingElse()}`, messages.whatElse());
};
