import type { AccountSummary, BankList } from '../../bank/types';
import type { BankingReply, Handler, Deps } from '../contract';
import { accountCount } from '../partial';
import { balanceFact } from '../facts';
import { ask } from '../replies';
import { writeSession } from '../session';
import { resolveAccount } from './resolve-account';
import { linkedToken } from './token';

/** At most this many balances a turn; the rest are offered. */
export const ACCOUNTS_PER_TURN = 3;

/** Says the balances of these account ids (fetched in parallel), then offers `remaining`. */
export async function speakBalances(
  token: string,
  ids: readonly string[],
  remaining: readonly string[],
  deps: Deps,
  intro = '',
): Promise<BankingReply> {
  const { bank, messages, signal } = deps;
  const details = await Promise.all(ids.map((id) => bank.getAccount(token, id, { signal })));
  // One account gets the whole story; several get a few words each, so the answer stays short.
  const several = details.length > 1 || remaining.length > 0 || intro !== '';
  const sentences = details.map((item) => (several ? messages.balanceBrief(item) : messages.balance(item)));
  const card = { title: messages.cardTitle('balance'), lines: details.map((item) => messages.balanceCardLine(item)) };
  const facts = { kind: 'balances', balances: details.map(balanceFact), moreAccounts: remaining.length } as const;
  if (remaining.length > 0) {
    const speech = [intro, ...sentences, messages.offerMoreAccounts(remaining.length)].filter(Boolean).join(' ');
    return ask(speech, messages.offerMoreAccounts(remaining.length), {
      card,
      facts,
      session: writeSession({ more: { kind: 'balances', ids: remaining } }),
    });
  }
  return ask([intro, ...sentences, messages.anythingElse()].filter(Boolean).join(' '), messages.whatElse(), {
    card,
    facts,
  });
}

/** "What's my balance" — one named account, or the first three with an offer of the rest. */
export const getBalance: Handler = async (req, deps) => {
  const token = linkedToken(req);
  const accounts = await deps.bank.listAccounts(token, { signal: deps.signal });
  if (accounts.length === 0)
    return ask(deps.messages.noAccounts(), deps.messages.whatElse(), { facts: { kind: 'accounts', accounts: [] } });
  if (req.slots.account) {
    const resolved = resolveAccount(req, deps, accounts, 'getBalance');
    return resolved.reply ?? speakBalances(token, [resolved.account.id], [], deps);
  }
  return speakAll(token, accounts, deps);
};

function speakAll(token: string, accounts: BankList<AccountSummary>, deps: Deps): Promise<BankingReply> {
  const ids = accounts.map((account) => account.id);
  const intro = accounts.length > 1 || accounts.cut ? accountCount(deps, accounts) : '';
  return speakBalances(token, ids.slice(0, ACCOUNTS_PER_TURN), ids.slice(ACCOUNTS_PER_TURN), deps, intro);
}
