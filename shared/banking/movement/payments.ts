import type { AccountSummary } from '../../bank/types';
import { money, type Money } from '../../money/money';
import type { BankingReply, BankingRequest, Deps } from '../contract';
import { ask } from '../replies';
import { writeSession } from '../session';
import type { MovementDeps } from './deps';
import { propose } from './propose';

/** The amount to pay on a card or loan: said, chosen (statement or minimum), the loan's next payment, or a question. */
export async function payTo(
  req: BankingRequest,
  deps: Deps,
  m: MovementDeps,
  token: string,
  from: AccountSummary,
  to: AccountSummary,
): Promise<BankingReply> {
  const { amountMinor, paymentOption } = req.slots;
  if (amountMinor) return propose(req, deps, m, { from, to, amount: money(amountMinor, from.currency) });
  const details = await deps.bank.getAccount(token, to.id, { signal: deps.signal });
  const session = writeSession({ payment: { toId: to.id, fromId: from.id } });
  const again = (speech: string): BankingReply => ask(speech, deps.messages.paymentChoiceReprompt(), { session });
  let amount: Money | undefined;
  if (details.kind === 'credit') {
    if (!paymentOption) return again(deps.messages.cardPaymentChoice(to, details.statementBalance, details.minimumDue));
    amount = paymentOption === 'statement' ? details.statementBalance : details.minimumDue;
  } else if (details.kind === 'loan') {
    amount = details.nextPaymentAmount;
  }
  if (!amount || amount.minor <= 0) return again(deps.messages.paymentAmountMissing());
  return propose(req, deps, m, { from, to, amount });
}
