import type { BankingIntent } from './contract';

/** Intents whose question can wait for the user to pick an account. */
export type AccountQuestion = Extract<BankingIntent, 'getBalance' | 'recentTransactions'>;

/**
 * The state the core carries between turns. It holds only opaque bank account ids and what was
 * asked — never balances, names or numbers — because the platform stores it for us.
 */
export interface CoreSession {
  /** We asked "which one?"; the answer picks among these account ids. */
  readonly pick?: { readonly intent: AccountQuestion; readonly ids: readonly string[]; readonly count?: number };
  /** We offered to read more; "yes" reads the balances of these account ids. */
  readonly more?: { readonly ids: readonly string[] };
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= 50 && value.every((item) => typeof item === 'string' && item.length <= 200);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads state back from the platform, keeping only what is well-formed; anything else is dropped. */
export function readSession(raw: Readonly<Record<string, unknown>>): CoreSession {
  const session: { pick?: CoreSession['pick']; more?: CoreSession['more'] } = {};
  const { pick, more } = raw;
  if (isRecord(pick) && (pick.intent === 'getBalance' || pick.intent === 'recentTransactions') && isStringArray(pick.ids)) {
    const count = typeof pick.count === 'number' && Number.isInteger(pick.count) && pick.count > 0 ? pick.count : undefined;
    session.pick = { intent: pick.intent, ids: pick.ids, ...(count ? { count } : {}) };
  }
  if (isRecord(more) && isStringArray(more.ids) && more.ids.length > 0) session.more = { ids: more.ids };
  return session;
}

/** The session as a plain record for the reply. */
export function writeSession(session: CoreSession): Record<string, unknown> {
  return { ...session };
}
