import type { Handler } from '../contract';
import { matchAccounts } from '../accounts';
import { ask } from '../replies';
import { readSession } from '../session';
import { getBalance, speakBalances, ACCOUNTS_PER_TURN } from './balance';
import { speakRecent } from './transactions';
import { linkedToken } from './token';

/**
 * The answer to "which one?": picks among the accounts we offered and answers the question
 * that was asked. Said out of the blue ("savings"), it is a balance question.
 */
export const selectAccount: Handler = async (req, deps) => {
  const { pick } = readSession(req.session);
  if (!pick) return getBalance(req, deps);
  const token = linkedToken(req);
  const accounts = await deps.bank.listAccounts(token, { signal: deps.signal });
  const offered = accounts.filter((account) => pick.ids.includes(account.id));
  const matches = matchAccounts(offered, req.slots.account ?? {});
  const [chosen] = matches;
  if (!chosen || matches.length > 1) {
    return ask(deps.messages.whichAccount(offered), deps.messages.whichAccountReprompt(), { session: { pick } });
  }
  return pick.intent === 'getBalance'
    ? speakBalances(token, [chosen.id], [], deps)
    : speakRecent(token, chosen, req.slots.count ?? pick.count, deps);
};

/** "Yes" to "would you like to hear the other accounts?"; with nothing offered, asks what next. */
export const yes: Handler = async (req, deps) => {
  const { more } = readSession(req.session);
  if (!more) return ask(deps.messages.nothingToContinue(), deps.messages.whatElse());
  const token = linkedToken(req);
  return speakBalances(token, more.ids.slice(0, ACCOUNTS_PER_TURN), more.ids.slice(ACCOUNTS_PER_TURN), deps);
};
