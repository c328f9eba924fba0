import type { AccountDetails, AccountSummary, DepositDetails } from '../../bank/types';
import { money, type Money } from '../../money/money';
import type { CashAnswer, OverdrawnStanding } from '../../speech/messages';
import type { BankingReply, Deps, Handler } from '../contract';
import { balanceFact } from '../facts';
import { ask } from '../replies';
import { linkedToken } from './token';

/** The deposit accounts (checking, savings, money market) and the details of each, fetched in parallel. */
async function depositDetails(
  token: string,
  deps: Deps,
): Promise<{ all: readonly AccountSummary[]; details: DepositDetails[] }> {
  const all = await deps.bank.listAccounts(token, { signal: deps.signal });
  const deposits = all.filter((account) => account.kind === 'deposit');
  const details = await Promise.all(
    deposits.map((account) => deps.bank.getAccount(token, account.id, { signal: deps.signal })),
  );
  return { all, details: details.filter((d: AccountDetails): d is DepositDetails => d.kind === 'deposit') };
}

/** What can be spent now: the available balance, else the posted one; absent when the bank sent neither. */
const spendableBalance = (details: DepositDetails): Money | undefined => details.available ?? details.current;

/**
 * Whether an account is overdrawn is a fact of its ledger: the current (posted) balance, when the
 * bank sent one. An overdraft line can make the available balance positive while the account is
 * below zero, and a hold can make it negative while the account is not; the available balance is
 * judged only when the bank sent no current one, and the standing says so.
 */
function standingOf(details: DepositDetails): OverdrawnStanding {
  const { account, current, available } = details;
  if (current) return { account, balance: current, basis: 'current', ...(available ? { available } : {}) };
  if (available) return { account, balance: available, basis: 'available', available };
  return { account };
}

function facts(details: readonly DepositDetails[]) {
  return { kind: 'balances', balances: details.map(balanceFact), moreAccounts: 0 } as const;
}

/** "Am I overdrawn": overdrawn or not, for every deposit account, with the amount when it is. */
export const overdrawn: Handler = async (req, deps) => {
  const { details } = await depositDetails(linkedToken(req), deps);
  if (details.length === 0) return ask(deps.messages.noDepositAccounts(), deps.messages.whatElse());
  const standings = details.map(standingOf);
  return ask(deps.messages.overdrawn(standings), deps.messages.whatElse(), { facts: facts(details) });
};

/** Adds the balances up per currency, in the order the currencies first appear. */
function totalsOf(balances: readonly Money[]): Money[] {
  const sums = new Map<string, number>();
  for (const balance of balances) sums.set(balance.currency, (sums.get(balance.currency) ?? 0) + balance.minor);
  return [...sums].map(([currency, minor]) => money(minor, currency));
}

/**
 * "How much cash do I have", "how much can I spend": the available balances of the deposit accounts
 * (the current one where the bank sent no available balance, and the answer says so) added up (an overdrawn one counts against the total); cards, credit lines and loans are left out, and the answer says so.
 */
export const cashAvailable: Handler = async (req, deps): Promise<BankingReply> => {
  const { all, details } = await depositDetails(linkedToken(req), deps);
  if (details.length === 0) return ask(deps.messages.noDepositAccounts(), deps.messages.whatElse());
  const known = details.filter((d) => spendableBalance(d) !== undefined);
  const answer: CashAnswer = {
    totals: totalsOf(known.flatMap((d) => spendableBalance(d) ?? [])),
    included: known.map((d) => d.account),
    fromCurrent: known.filter((d) => d.available === undefined).map((d) => d.account),
    unknown: details.filter((d) => spendableBalance(d) === undefined).map((d) => d.account),
    othersLeftOut: all.some((account) => account.kind !== 'deposit'),
  };
  if (answer.included.length === 0)
    return ask(deps.messages.overdrawn(answer.unknown.map((account) => ({ account }))), deps.messages.whatElse());
  return ask(deps.messages.cash(answer), deps.messages.whatElse(), { facts: facts(details) });
};
