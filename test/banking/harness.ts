import type { DateTime } from 'luxon';
import type { BankClient } from '../../shared/bank/types';
import type { BankingIntent, BankingReply, BankingRequest, BankingSlots } from '../../shared/banking/contract';
import { createCore, type Core, type TurnRecord } from '../../shared/banking/dispatch';
import type { ReplyFacts } from '../../shared/banking/facts';
import { createPinService, type PinPolicy, type PinService } from '../../shared/banking/pin/service';
import type { SettableClock } from '../../shared/clock';
import { createLogger, type Logger } from '../../shared/log/logger';
import { toPlainText } from '../../shared/speech/ssml';
import { createStateStore, type StateStore } from '../../shared/state';
import { testClock } from '../support/clock';
import { fdxCustomers } from '../support/memory-bank-data';
import { memoryBank, type MemoryBank } from '../support/memory-bank';

/** The user's zone in these tests. */
export const ZONE = 'America/New_York';
export const DEADLINE_MS = 2500;
export const HISTORY_DAYS = 90;
export const PIN_SECRET = 'unit-test-secret-0123456789abcdef01234';

/** One core over the in-memory bank at a standing clock, with everything it logged and counted. */
export interface Setup {
  readonly core: Core;
  readonly bank: MemoryBank;
  readonly clock: SettableClock;
  readonly today: DateTime;
  readonly turns: TurnRecord[];
  /** Log lines as parsed JSON. */
  readonly logs: Record<string, unknown>[];
  readonly store?: StateStore;
  readonly pin?: PinService;
}

export interface SetupOptions {
  readonly turnDeadlineMs?: number;
  readonly pinPolicy?: PinPolicy;
  /** Wraps the bank the core sees (a bank that throws something unexpected). */
  readonly wrapBank?: (bank: MemoryBank) => BankClient;
}

function capturingLogger(lines: Record<string, unknown>[]): Logger {
  return createLogger({
    level: 'debug',
    destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  });
}

/** A fresh core, bank and (with `pinPolicy`) memory state store, at TEST_NOW with the clock standing still. */
export function setup(options: SetupOptions = {}): Setup {
  const clock = testClock({ ticking: false });
  const today = clock.now().setZone(ZONE);
  const bank = memoryBank(fdxCustomers(today));
  const turns: TurnRecord[] = [];
  const logs: Record<string, unknown>[] = [];
  const store = options.pinPolicy ? createStateStore('memory', capturingLogger(logs), { clock }) : undefined;
  const pin =
    options.pinPolicy && store
      ? createPinService({
          policy: options.pinPolicy,
          store,
          bank,
          keySecret: PIN_SECRET,
          maxAttempts: 3,
          lockSeconds: 900,
          idleSeconds: 300,
          clock,
        })
      : undefined;
  const core = createCore({
    bank: options.wrapBank ? options.wrapBank(bank) : bank,
    logger: capturingLogger(logs),
    clock,
    turnDeadlineMs: options.turnDeadlineMs ?? DEADLINE_MS,
    historyDays: HISTORY_DAYS,
    onTurn: (turn) => turns.push(turn),
    ...(pin ? { pin } : {}),
  });
  return { core, bank, clock, today, turns, logs, ...(store ? { store } : {}), ...(pin ? { pin } : {}) };
}

export interface AskOptions {
  readonly token?: string | null;
  readonly session?: Readonly<Record<string, unknown>>;
  readonly sessionId?: string;
  readonly receivedAt?: number;
}

let serial = 0;

/** A BankingRequest as an adapter makes one. `token: null` means not linked. */
export function request(
  intent: BankingIntent,
  slots: BankingSlots,
  token: string | null,
  options: AskOptions = {},
): BankingRequest {
  serial += 1;
  return {
    intent,
    slots,
    locale: 'en-US',
    timeZone: ZONE,
    ...(token === null ? {} : { accessToken: token }),
    session: options.session ?? {},
    platform: 'alexa',
    requestId: `req-${serial}`,
    sessionId: options.sessionId ?? 'session-1',
    ...(options.receivedAt === undefined ? {} : { receivedAt: options.receivedAt }),
  };
}

/** A conversation: the session each reply writes is what the platform sends back next turn. */
export interface Dialog {
  say(intent: BankingIntent, slots?: BankingSlots): Promise<BankingReply>;
  /** The user comes back later: a new platform session, nothing carried over. */
  restart(): void;
}

export function dialog(target: Setup, token: string): Dialog {
  let session: Record<string, unknown> = {};
  let sessionId = `session-${(serial += 1)}`;
  return {
    async say(intent, slots = {}) {
      const reply = await target.core(request(intent, slots, token, { session, sessionId }));
      session = reply.session ?? {};
      return reply;
    },
    restart() {
      session = {};
      sessionId = `session-${(serial += 1)}`;
    },
  };
}

/** The speech as a listener hears it: tags gone, entities decoded. */
export const heard = (reply: BankingReply): string => toPlainText(reply.speech);

/** The reply's facts, narrowed to the kind the test expects (a failed assertion names the kind it got). */
export function factsOf<K extends ReplyFacts['kind']>(reply: BankingReply, kind: K): Extract<ReplyFacts, { kind: K }> {
  if (reply.facts?.kind !== kind)
    throw new Error(`expected ${kind} facts, got ${reply.facts?.kind ?? 'none'}: ${heard(reply)}`);
  return reply.facts as Extract<ReplyFacts, { kind: K }>;
}
