import type { BankingReply } from './contract';

/** Keeps the session open: the user is asked something and hears `reprompt` if silent. */
export function ask(
  speech: string,
  reprompt: string,
  extra: Partial<Pick<BankingReply, 'card' | 'session' | 'facts'>> = {},
): BankingReply {
  return { speech, reprompt, endSession: false, ...extra };
}

/** Says something and ends the session. */
export function tell(
  speech: string,
  extra: Partial<Pick<BankingReply, 'card' | 'linkAccount' | 'facts'>> = {},
): BankingReply {
  return { speech, endSession: true, ...extra };
}
