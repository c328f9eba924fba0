import type { Handler } from '../contract';
import { accountCount } from '../partial';
import { accountFact } from '../facts';
import { ask } from '../replies';
import { linkedToken } from './token';

/** "What accounts do I have": names and last four digits, no balances. */
export const listAccounts: Handler = async (req, deps) => {
  const { messages } = deps;
  const accounts = await deps.bank.listAccounts(linkedToken(req), { signal: deps.signal });
  const facts = { kind: 'accounts', accounts: accounts.map(accountFact) } as const;
  if (accounts.length === 0) return ask(messages.noAccounts(), messages.whatElse(), { facts });
  const speech = `${accountCount(deps, accounts)} ${messages.accountList(accounts)} ${messages.anythingElse()}`;
  return ask(speech, messages.whatElse(), {
    card: {
      title: messages.cardTitle('accounts'),
      lines: accounts.map((account) => messages.accountCardLine(account)),
    },
    facts,
  });
};
