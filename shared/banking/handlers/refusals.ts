import { DEFAULT_APP_NAME } from '../../config-contact';
import type { RefusedAction } from '../../speech/messages';
import type { BankContact, BankingReply, Deps, Handler } from '../contract';
import { ask } from '../replies';

/**
 * What the voice service does not do: each is said plainly, with where to do it instead, and
 * none calls the bank (no account data is read, no link or PIN is needed to hear it).
 */
const contactOf = (deps: Deps): BankContact => deps.contact ?? { appName: DEFAULT_APP_NAME };

export function refusal(action: RefusedAction, deps: Deps): BankingReply {
  return ask(deps.messages.refused(action, contactOf(deps)), deps.messages.whatElse());
}

const refuse =
  (action: RefusedAction): Handler =>
  async (_req, deps) =>
    refusal(action, deps);

/** "Lock my card", "freeze my visa", "turn my card back on". */
export const cardControl = refuse('card');
/** "I lost my card", "someone stole my wallet": the phone number first. */
export const lostCard = refuse('lost');
/** "Dispute this charge", "I didn't make that purchase". */
export const dispute = refuse('dispute');
/** "Send money to my mom", "pay my rent", "zelle 20 dollars": paying other people is never done by voice. */
export const sendMoney = refuse('send');
/** "Change my address", "reset my PIN", "increase my credit limit", "close my account", "order checks". */
export const changeDetails = refuse('change');
/** "Talk to a human", "let me speak to an agent". */
export const talkToPerson = refuse('person');

/** "What's my net worth": not something the shared accounts can define; a polite refusal with what we can say. */
export const netWorth: Handler = async (_req, deps) => ask(deps.messages.netWorthRefused(), deps.messages.whatElse());
