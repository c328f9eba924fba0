import type { DateTime } from 'luxon';
import type { BankClient } from '../bank/types';
import type { Clock } from '../clock';
import type { PeriodResult } from '../dates/types';
import type { Logger } from '../log/logger';
import type { Messages } from '../speech/messages';
import type { ReplyFacts } from './facts';
import type { MovementDeps } from './movement/deps';
import type { BankContact, LinkVia } from './contact';
import type { Greeter } from './greeting';

/**
 * Everything a user can ask, platform-free. Adapters map platform intent names onto these;
 * dispatch.ts holds one handler per entry (an exhaustive table, no ordered canHandle chain).
 */
export const BANKING_INTENTS = [
  'launch',
  'help',
  'stop',
  'fallback',
  'sessionEnded',
  'yes',
  'no',
  'listAccounts',
  'getBalance',
  'recentTransactions',
  'selectAccount',
  'spending',
  'transactionsInPeriod',
  'pendingTransactions',
  'cardDetails',
  'lastTransactionWith',
  'interestEarned',
  'pin',
  'transfer',
  'payCard',
  'payLoan',
  'paymentAmount',
  'transferStatus',
  // Issue 14 follow-ups: "what about last month" / "and savings?", and "how much of that was at restaurants".
  'followUp',
  'narrowSpending',
  // Issue 14: what we do not do (refused plainly, no bank call), and new questions.
  'cardControl',
  'lostCard',
  'dispute',
  'sendMoney',
  'changeDetails',
  'talkToPerson',
  'netWorth',
  'overdrawn',
  'cashAvailable',
  'purchasesInPeriod',
  'biggestPurchases',
] as const;
export type BankingIntent = (typeof BANKING_INTENTS)[number];

export function isBankingIntent(value: string): value is BankingIntent {
  return (BANKING_INTENTS as readonly string[]).includes(value);
}

/** How the user named an account: spoken words, last four digits, or both. */
export interface AccountRef {
  /** Words as heard: "checking", "rainy day", "my rewards card". */
  readonly name?: string;
  /** Exactly four digits: "4821". */
  readonly lastFour?: string;
}

export interface BankingSlots {
  readonly account?: AccountRef;
  /** How many items to read; a positive integer. */
  readonly count?: number;
  /** The period the user named, resolved by the adapter in the user's zone; the core cuts it at the bank's history. */
  readonly period?: PeriodResult;
  /** A merchant or payee: the platform's resolved value ("Starbucks"), else as heard. */
  readonly merchant?: string;
  /**
   * The words actually said for the merchant ("acme corp"), when the platform resolved them to a
   * different catalogue value: handlers match on both, so a resolution never hides the bank's wording.
   */
  readonly merchantHeard?: string;
  /** A spending category as heard: "groceries", "eating out". */
  readonly category?: string;
  /** Where money comes from (transfers, payments). */
  readonly from?: AccountRef;
  /** Where money goes: the destination account, the card or the loan being paid. */
  readonly to?: AccountRef;
  /** An amount the user said, in minor units; positive. The currency is the source account's. */
  readonly amountMinor?: number;
  /** "the statement balance" or "the minimum" for a card payment. */
  readonly paymentOption?: 'statement' | 'minimum';
  /** Four digits the user said as their voice PIN. Never logged, never stored. */
  readonly pin?: string;
  /**
   * What was said into account slots, when the platform resolved it to something else ("lock my
   * savings" resolved to "savings"). Read only by the action guard; never stored, logged or spoken.
   */
  readonly accountHeard?: readonly string[];
  /**
   * What the user said beyond the resolved slots: the whole utterance where the platform sends it
   * (Dialogflow's `queryText`, at most 200 characters); on Alexa, which sends none, the category as
   * heard when resolution changed it. Read only by the action guard; never stored, logged or spoken.
   */
  readonly said?: string;
}

/**
 * What an adapter needs to resolve spoken periods: the clock. The bank's history cut is the core's
 * (dispatch applies it to whatever period the adapter resolved).
 */
export interface PeriodContext {
  /** Now, as an instant; the adapter places it in the user's zone. */
  readonly now: () => DateTime;
}

/** Now in the user's zone. */
export interface ZonedClock {
  readonly now: DateTime;
}

export function periodClock(context: PeriodContext, zone: string): ZonedClock {
  return { now: context.now().setZone(zone) };
}

export type { LinkVia } from './contact';

/** What an adapter produces from a platform request. */
export interface BankingRequest {
  readonly intent: BankingIntent;
  readonly slots: BankingSlots;
  /** BCP 47, e.g. `en-US`. */
  readonly locale: string;
  /** IANA zone of the device or user, e.g. `America/Chicago`. */
  readonly timeZone: string;
  /** Account-linking token; absent means the user has not linked (we ask them to). */
  readonly accessToken?: string;
  /** How this channel links accounts; absent is `platformApp`. Chooses words only. */
  readonly linkVia?: LinkVia;
  /** Opaque state the core wrote last turn; validated before use (see session.ts). */
  readonly session: Readonly<Record<string, unknown>>;
  /** For logs and metrics only; never branched on in shared/. */
  readonly platform: 'alexa' | 'google' | 'mcp';
  readonly requestId: string;
  /** The platform's conversation id (a PIN holds for one session); the request id when there is none. */
  readonly sessionId: string;
  /**
   * When the HTTP request arrived, as the clock's monotonic reading (ms). The turn deadline counts
   * from here, so verification and the time-zone lookup spend the same budget as the bank calls.
   */
  readonly receivedAt?: number;
}

/** What the core answers; adapters only translate it. */
export interface BankingReply {
  /** SSML fragment without <speak>, dynamic text already escaped (speech/ssml.ts). */
  readonly speech: string;
  /** Present means the session stays open and this is said if the user is silent. */
  readonly reprompt?: string;
  /** Screen copy in plain text; never more than the last four digits of a number. */
  readonly card?: { readonly title: string; readonly lines: readonly string[] };
  /** The adapter shows its platform's account-linking prompt. */
  readonly linkAccount?: true;
  readonly endSession: boolean;
  /** State for the next turn; absent means none. */
  readonly session?: Record<string, unknown>;
  /** What was said, as platform-free data (facts.ts); voice adapters ignore it, MCP returns it. */
  readonly facts?: ReplyFacts;
}

/** What handlers may use; injected, never imported as module state. */
export interface Deps {
  readonly bank: BankClient;
  /** The one clock (deadlines, expiry stamps); `now` below is the same time in the user's zone. */
  readonly clock: Clock;
  /** Now, in the user's zone (dispatch sets the zone from the request). */
  readonly now: () => DateTime;
  readonly messages: Messages;
  readonly logger: Logger;
  /** Aborted when the turn's deadline passes; bank calls take it. */
  readonly signal?: AbortSignal | undefined;
  /** How far back the bank keeps transactions, in days. */
  readonly historyDays: number;
  /** Money movement; absent unless MONEY_MOVEMENT=on. */
  readonly movement?: MovementDeps;
  /** Remembers whom launch has greeted; absent when no state store is wired (then the greeting is neutral). */
  readonly greeter?: Greeter;
  /** Where customers do what the voice service does not (BANK_APP_NAME, BANK_PHONE); a default when absent. */
  readonly contact?: BankContact;
}

export type { BankContact } from './contact';

export type Handler = (req: BankingRequest, deps: Deps) => Promise<BankingReply>;
