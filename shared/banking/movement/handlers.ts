import type { BankingReply, BankingRequest, Deps, Handler } from '../contract';
import { linkedToken } from '../handlers/token';
import { ask, tell } from '../replies';
import { readSession } from '../session';
import { money } from '../../money/money';
import { payable, pickAccount, pickSource } from './accounts';
import { recover } from './recover';
import type { MovementDeps } from './deps';
import { replyFor } from './outcome';
import { payTo } from './payments';
import { propose } from './propose';

/** Runs a movement handler only when money movement is on; dispatch refuses earlier otherwise. */
const moving =
  (run: (req: BankingRequest, deps: Deps, m: MovementDeps) => Promise<BankingReply>): Handler =>
  async (req, deps) =>
    deps.movement ? run(req, deps, deps.movement) : tell(deps.messages.movementOff());

/** "Transfer 200 dollars from checking to savings", "move 50 to my Rainy Day account". */
export const transfer = moving(async (req, deps, m) => {
  const { to, from, amountMinor } = req.slots;
  if (!amountMinor || !to) return ask(deps.messages.movementHowTo(), deps.messages.movementHowTo());
  const accounts = await deps.bank.listAccounts(linkedToken(req), { signal: deps.signal });
  const target = pickAccount(accounts, to, deps);
  if (target.reply) return target.reply;
  const source = pickSource(accounts, from, target.account, deps);
  if (source.reply) return source.reply;
  return propose(req, deps, m, {
    from: source.account,
    to: target.account,
    amount: money(amountMinor, source.account.currency),
  });
});

/** "Pay my credit card bill" (the statement balance, the minimum or an amount) and "make my loan payment". */
const payment = (kind: 'card' | 'loan'): Handler =>
  moving(async (req, deps, m) => {
    const token = linkedToken(req);
    const accounts = await deps.bank.listAccounts(token, { signal: deps.signal });
    const candidates = payable(accounts, kind);
    if (candidates.length === 0)
      return ask(
        kind === 'card' ? deps.messages.movementNoCard() : deps.messages.movementNoLoan(),
        deps.messages.whatElse(),
      );
    const [only] = candidates;
    const target = req.slots.to
      ? pickAccount(candidates, req.slots.to, deps)
      : only && candidates.length === 1
        ? { account: only }
        : pickAccount(candidates, { name: kind }, deps);
    if (target.reply) return target.reply;
    const source = pickSource(accounts, req.slots.from, target.account, deps);
    if (source.reply) return source.reply;
    return payTo(req, deps, m, token, source.account, target.account);
  });

export const payCard = payment('card');
export const payLoan = payment('loan');

/** The answer to "how much would you like to pay?": an amount, the statement balance or the minimum. */
export const paymentAmount = moving(async (req, deps, m) => {
  const { payment: pending } = readSession(req.session);
  if (!pending) return ask(deps.messages.movementHowTo(), deps.messages.movementHowTo());
  const token = linkedToken(req);
  const accounts = await deps.bank.listAccounts(token, { signal: deps.signal });
  const to = accounts.find((a) => a.id === pending.toId);
  const from = accounts.find((a) => a.id === pending.fromId);
  if (!to || !from) return ask(deps.messages.movementHowTo(), deps.messages.movementHowTo());
  return payTo(req, deps, m, token, from, to);
});

/** "Did my transfer go through": the recorded answer, or the bank's, read back for an unresolved one. */
export const transferStatus = moving(async (req, deps, m) => {
  const token = linkedToken(req);
  const key = await m.pin.keyFor(token, { signal: deps.signal });
  const latest = key ? await m.store.movements.latest(key) : undefined;
  const stored = key && latest ? await m.store.movements.get(key, latest) : undefined;
  if (!key || !stored || !stored.claim) return ask(deps.messages.movementNoneRecent(), deps.messages.whatElse());
  if (stored.claim.by === 'confirm' && (!stored.result || stored.result.outcome === 'unknown'))
    return recover(deps, m, key, token, stored);
  return replyFor(stored, await deps.bank.listAccounts(token, { signal: deps.signal }), deps);
});
