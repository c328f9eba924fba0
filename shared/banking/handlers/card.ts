import type { AccountSummary } from '../../bank/types';
import type { BankingReply, Deps, Handler } from '../contract';
import { accountFact, balanceFact } from '../facts';
import { ask } from '../replies';
import { writeSession } from '../session';
import { resolveAccount } from './resolve-account';
import { linkedToken } from './token';

const isCard = (account: AccountSummary): boolean => account.kind === 'creditCard' || account.kind === 'lineOfCredit';

/** Says a card's due date, statement balance, minimum, available credit and limit — what the bank sent. */
export async function speakCard(token: string, account: AccountSummary, deps: Deps): Promise<BankingReply> {
  const details = await deps.bank.getAccount(token, account.id, { signal: deps.signal });
  const said =
    details.kind === 'credit'
      ? deps.messages.cardDetails(details, deps.now())
      : details.kind === 'loan'
        ? deps.messages.loanPayment(details, deps.now())
        : deps.messages.balance(details);
  return ask(`${said} ${deps.messages.anythingElse()}`, deps.messages.whatElse(), {
    facts: { kind: 'card', details: balanceFact(details) },
  });
}

/** "When is my card payment due", "what's the minimum on my travel card". */
export const cardDetails: Handler = async (req, deps) => {
  const token = linkedToken(req);
  const accounts = await deps.bank.listAccounts(token, { signal: deps.signal });
  if (req.slots.account) {
    const resolved = resolveAccount(req, deps, accounts, 'cardDetails');
    return resolved.reply ?? speakCard(token, resolved.account, deps);
  }
  const cards = accounts.filter(isCard);
  const [only] = cards;
  if (!only)
    return ask(`${deps.messages.noCards()} ${deps.messages.anythingElse()}`, deps.messages.whatElse(), {
      facts: { kind: 'accounts', accounts: [] },
    });
  if (cards.length === 1) return speakCard(token, only, deps);
  const session = writeSession({ pick: { intent: 'cardDetails', ids: cards.map((card) => card.id) } });
  return ask(deps.messages.whichAccount(cards), deps.messages.whichAccountReprompt(), {
    session,
    facts: { kind: 'chooseAccount', accounts: cards.map(accountFact) },
  });
};
