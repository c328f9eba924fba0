import type { AccountSummary, BankClient } from '../../bank/types';
import type { BankingReply, Deps, Handler } from '../contract';
import { defaultAccount } from '../accounts';
import { accountFact, transactionFacts } from '../facts';
import { ask } from '../replies';
import { resolveAccount } from './resolve-account';
import { linkedToken } from './token';

export const DEFAULT_TRANSACTION_COUNT = 3;
export const MAX_TRANSACTION_COUNT = 10;
/** How far back "recent" looks. */
export const RECENT_DAYS = 30;

/** Reads the newest `count` transactions of one account, pending ones marked as such. */
export async function speakRecent(
  token: string, account: AccountSummary, count: number | undefined, deps: Deps,
): Promise<BankingReply> {
  const { messages } = deps;
  const items = await recent(deps.bank, token, account, deps, count);
  const today = deps.now();
  const facts = { kind: 'transactions', account: accountFact(account), count: items.length, transactions: transactionFacts(items) } as const;
  if (items.length === 0) return ask(`${messages.noTransactions(account)} ${messages.anythingElse()}`, messages.whatElse(), { facts });
  const card = { title: messages.cardTitle('transactions'), lines: items.map((item) => messages.transactionCardLine(item, today)) };
  return ask(`${messages.transactions(account, items, today)} ${messages.anythingElse()}`, messages.whatElse(), { card, facts });
}

async function recent(bank: BankClient, token: string, account: AccountSummary, deps: Deps, count = DEFAULT_TRANSACTION_COUNT) {
  const now = deps.now();
  const range = { start: now.minus({ days: RECENT_DAYS }).startOf('day'), end: now.endOf('day') };
  const items = await bank.listTransactions(token, account.id, range, { signal: deps.signal });
  return items.slice(0, Math.min(Math.max(1, count), MAX_TRANSACTION_COUNT));
}

/** "What are my recent transactions (on savings)": checking when no account is named. */
export const recentTransactions: Handler = async (req, deps) => {
  const token = linkedToken(req);
  const accounts = await deps.bank.listAccounts(token, { signal: deps.signal });
  const fallback = defaultAccount(accounts);
  if (!fallback) return ask(deps.messages.noAccounts(), deps.messages.whatElse(), { facts: { kind: 'accounts', accounts: [] } });
  if (!req.slots.account) return speakRecent(token, fallback, req.slots.count, deps);
  const resolved = resolveAccount(req, deps, accounts, 'recentTransactions');
  return resolved.reply ?? speakRecent(token, resolved.account, req.slots.count, deps);
};
