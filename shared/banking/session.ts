import { isBankingIntent, type BankingIntent } from './contract';
import { isRecord } from '../text';

/** Intents whose question can wait for the user to pick an account. */
export const ACCOUNT_QUESTIONS = [
  'getBalance',
  'recentTransactions',
  'transactionsInPeriod',
  'pendingTransactions',
  'cardDetails',
  'spending',
] as const;
export type AccountQuestion = Extract<BankingIntent, (typeof ACCOUNT_QUESTIONS)[number]>;

/** What a list of items holds: a period's transactions, pending items, purchases newest first, or purchases largest first. */
export type ItemsTopic = 'period' | 'pending' | 'purchases' | 'biggest' | 'recent';
const ITEMS_TOPICS: readonly unknown[] = [
  'period',
  'pending',
  'purchases',
  'biggest',
  'recent',
] satisfies readonly ItemsTopic[];
const isItemsTopic = (value: unknown): value is ItemsTopic => ITEMS_TOPICS.includes(value);

/** A list we are reading three items at a time; re-fetched per page, never stored. */
export type MoreState =
  | { readonly kind: 'balances'; readonly ids: readonly string[] }
  | {
      readonly kind: 'items';
      readonly topic: ItemsTopic;
      readonly accountIds: readonly string[];
      readonly start: string;
      readonly end: string;
      readonly offset: number;
      /** Items read per turn (default ITEMS_PER_TURN); `limit`: read no further than this many in all (a count asked for). */
      readonly per?: number;
      readonly limit?: number;
    };

/** Questions "what about last month" / "and savings?" / "how much of that" can re-ask (issue 14). */
export const FOLLOWABLE = [
  'getBalance',
  'recentTransactions',
  'transactionsInPeriod',
  'pendingTransactions',
  'cardDetails',
  'spending',
  'interestEarned',
] as const;
export type FollowableIntent = Extract<BankingIntent, (typeof FOLLOWABLE)[number]>;

/** The last question answered, in the user's own words: no amounts, no bank names, no account numbers. */
export interface LastQuestion {
  readonly intent: FollowableIntent;
  readonly account?: AccountRefState;
  readonly count?: number;
  readonly merchant?: string;
  readonly category?: string;
  /** The period asked about (calendar days), when one was named or remembered. */
  readonly period?: { readonly start: string; readonly end: string; readonly granularity: string };
}

/**
 * The state the core carries between turns. It holds opaque bank account ids, calendar dates and
 * the user's own words — never balances, amounts, names from the bank or account numbers —
 * because the platform stores it for us.
 */
export interface CoreSession {
  /** We asked "which one?"; the answer picks among these account ids. */
  readonly pick?: {
    readonly intent: AccountQuestion;
    readonly ids: readonly string[];
    readonly count?: number;
    readonly merchant?: string;
    readonly category?: string;
  };
  /** We offered to read more; "yes" continues. */
  readonly more?: MoreState;
  /** The last period asked about (`YYYY-MM-DD`), so "how much of that was at restaurants" keeps it. */
  readonly period?: { readonly start: string; readonly end: string };
  /** We asked "did you mean X or Y?" about a merchant. */
  readonly awaiting?: 'merchant';
  /** We asked for the voice PIN (or to set one); the question asked before waits in `pending`. */
  readonly pinFlow?: PinFlow;
  /** We asked "should I go ahead?" about this proposed movement (the record is in the state store). */
  readonly movement?: { readonly transferId: string };
  /** We asked how much to pay on this card or loan, from this account. */
  readonly payment?: { readonly toId: string; readonly fromId?: string };
  /** The last question answered, for follow-ups. */
  readonly last?: LastQuestion;
}

/** The question that was asked before the PIN prompt, replayed after a correct PIN. No PIN in it, ever. */
export interface PendingQuestion {
  readonly intent: BankingIntent;
  readonly account?: { readonly name?: string; readonly lastFour?: string };
  readonly count?: number;
  readonly merchant?: string;
  readonly category?: string;
  readonly period?: { readonly start: string; readonly end: string; readonly granularity: string };
  /** A money movement's slots: accounts as heard, an amount the user said, a payment option. */
  readonly move?: {
    readonly from?: AccountRefState;
    readonly to?: AccountRefState;
    readonly amountMinor?: number;
    readonly paymentOption?: 'statement' | 'minimum';
  };
  /** The state of the conversation when it was asked (lists offered, accounts to pick from). */
  readonly resume?: CoreSession;
}

/** An account as the user named it. */
export interface AccountRefState {
  readonly name?: string;
  readonly lastFour?: string;
}

export interface PinFlow {
  /** verify: say your PIN; enrol: choose one; confirm: say it again. */
  readonly stage: 'verify' | 'enrol' | 'confirm';
  readonly pending: PendingQuestion;
}

type Raw = Record<string, unknown>;
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.length <= 50 &&
  value.every((item) => typeof item === 'string' && item.length <= 200);
const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const shortText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : undefined;
const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 100 ? value : undefined;

function readPick(pick: unknown): CoreSession['pick'] {
  if (!isRecord(pick) || !(ACCOUNT_QUESTIONS as readonly unknown[]).includes(pick.intent) || !isStringArray(pick.ids))
    return undefined;
  const count = positive(pick.count);
  const merchant = shortText(pick.merchant);
  const category = shortText(pick.category);
  return {
    intent: pick.intent as AccountQuestion,
    ids: pick.ids,
    ...(count ? { count } : {}),
    ...(merchant ? { merchant } : {}),
    ...(category ? { category } : {}),
  };
}

function readMore(more: unknown): MoreState | undefined {
  if (!isRecord(more)) return undefined;
  if (more.kind === 'balances' && isStringArray(more.ids)) return { kind: 'balances', ids: more.ids };
  const offset =
    typeof more.offset === 'number' && Number.isInteger(more.offset) && more.offset >= 0 && more.offset < 5000
      ? more.offset
      : undefined;
  if (
    more.kind === 'items' &&
    isItemsTopic(more.topic) &&
    isStringArray(more.accountIds) &&
    isDay(more.start) &&
    isDay(more.end) &&
    offset !== undefined
  ) {
    const per = positive(more.per);
    const limit = positive(more.limit);
    return {
      kind: 'items',
      topic: more.topic,
      accountIds: more.accountIds,
      start: more.start,
      end: more.end,
      offset,
      ...(per ? { per } : {}),
      ...(limit ? { limit } : {}),
    };
  }
  return undefined;
}

function readRef(raw: unknown): AccountRefState | undefined {
  if (!isRecord(raw)) return undefined;
  const name = shortText(raw.name);
  const ref = {
    ...(name ? { name } : {}),
    ...(/^\d{4}$/.test(String(raw.lastFour)) ? { lastFour: String(raw.lastFour) } : {}),
  };
  return Object.keys(ref).length > 0 ? ref : undefined;
}

const MAX_MINOR = 100_000_000_00;

function readMove(raw: unknown): PendingQuestion['move'] {
  if (!isRecord(raw)) return undefined;
  const from = readRef(raw.from);
  const to = readRef(raw.to);
  const amountMinor =
    typeof raw.amountMinor === 'number' &&
    Number.isSafeInteger(raw.amountMinor) &&
    raw.amountMinor > 0 &&
    raw.amountMinor < MAX_MINOR
      ? raw.amountMinor
      : undefined;
  const paymentOption =
    raw.paymentOption === 'statement' || raw.paymentOption === 'minimum' ? raw.paymentOption : undefined;
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(amountMinor ? { amountMinor } : {}),
    ...(paymentOption ? { paymentOption } : {}),
  };
}

const isTransferId = (value: unknown): value is string => typeof value === 'string' && /^vb-[0-9a-f-]{36}$/.test(value);
const opaqueId = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;

function readPayment(raw: unknown): CoreSession['payment'] {
  if (!isRecord(raw)) return undefined;
  const toId = opaqueId(raw.toId);
  const fromId = opaqueId(raw.fromId);
  return toId ? { toId, ...(fromId ? { fromId } : {}) } : undefined;
}

function readPending(raw: unknown): PendingQuestion | undefined {
  if (!isRecord(raw) || typeof raw.intent !== 'string' || !isBankingIntent(raw.intent)) return undefined;
  const account = readRef(raw.account);
  const move = readMove(raw.move);
  const period =
    isRecord(raw.period) && isDay(raw.period.start) && isDay(raw.period.end) && shortText(raw.period.granularity)
      ? { start: raw.period.start, end: raw.period.end, granularity: String(raw.period.granularity) }
      : undefined;
  const count = positive(raw.count);
  const merchant = shortText(raw.merchant);
  const category = shortText(raw.category);
  const resume = isRecord(raw.resume) ? readSession({ ...raw.resume, pinFlow: undefined }) : undefined;
  return {
    intent: raw.intent,
    ...(account && Object.keys(account).length > 0 ? { account } : {}),
    ...(count ? { count } : {}),
    ...(merchant ? { merchant } : {}),
    ...(category ? { category } : {}),
    ...(period ? { period } : {}),
    ...(resume ? { resume } : {}),
    ...(move && Object.keys(move).length > 0 ? { move } : {}),
  };
}

function readPinFlow(raw: unknown): PinFlow | undefined {
  if (!isRecord(raw) || (raw.stage !== 'verify' && raw.stage !== 'enrol' && raw.stage !== 'confirm')) return undefined;
  const pending = readPending(raw.pending);
  return pending ? { stage: raw.stage, pending } : undefined;
}

function readLast(raw: unknown): LastQuestion | undefined {
  if (!isRecord(raw) || !(FOLLOWABLE as readonly unknown[]).includes(raw.intent)) return undefined;
  const { intent: _intent, resume: _resume, move: _move, ...question } = readPending(raw) ?? { intent: 'help' };
  return { intent: raw.intent as FollowableIntent, ...question };
}

/** Reads state back from the platform, keeping only what is well-formed; anything else is dropped. */
export function readSession(raw: Readonly<Raw>): CoreSession {
  const pick = readPick(raw.pick);
  const more = readMore(raw.more);
  const period =
    isRecord(raw.period) && isDay(raw.period.start) && isDay(raw.period.end)
      ? { start: raw.period.start, end: raw.period.end }
      : undefined;
  const awaiting = raw.awaiting === 'merchant' ? 'merchant' : undefined;
  const pinFlow = readPinFlow(raw.pinFlow);
  const movement =
    isRecord(raw.movement) && isTransferId(raw.movement.transferId)
      ? { transferId: raw.movement.transferId }
      : undefined;
  const payment = readPayment(raw.payment);
  const last = readLast(raw.last);
  return {
    ...(last ? { last } : {}),
    ...(movement ? { movement } : {}),
    ...(payment ? { payment } : {}),
    ...(pick ? { pick } : {}),
    ...(more ? { more } : {}),
    ...(period ? { period } : {}),
    ...(awaiting ? { awaiting } : {}),
    ...(pinFlow ? { pinFlow } : {}),
  };
}

/** The session as a plain record for the reply. */
export function writeSession(session: CoreSession): Record<string, unknown> {
  return { ...session };
}
