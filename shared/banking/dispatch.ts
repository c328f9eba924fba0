import { setMaxListeners } from 'node:events';
import { BankError } from '../bank/errors';
import { createRoundTrips, type RoundTripCounts } from '../bank/round-trips';
import type { BankClient } from '../bank/types';
import type { Clock } from '../clock';
import type { Logger } from '../log/logger';
import { messagesFor } from '../speech/catalogues';
import type { BankContact, BankingReply, BankingRequest, Deps } from './contract';
import { errorReply, linkReply, outcomeOf } from './error-reply';
import { HANDLERS, NEEDS_LINK } from './handlers';
import { limitSpeech } from './limits';
import { withHistoryCut } from './period';
import { answerPin, REVEALS, requirePin, spokenPin } from './pin/gate';
import type { PinService } from './pin/service';
import { ask } from './replies';
import { readSession } from './session';
import { questionOf } from './handlers/follow-ups';
import { createTurnBudget } from './turn-budget';
import type { MovementDeps } from './movement/deps';
import type { Greeter } from './greeting';
import { movementStep } from './movement/route';
import { turnBank } from './turn-bank';
import { dropsName, refusedAction } from './action-guard';
import { refusal } from './handlers/refusals';

/** What one turn cost, for logs and (once it exists) metrics. Carries no customer data. */
export interface TurnRecord extends RoundTripCounts {
  readonly intent: BankingRequest['intent'];
  readonly platform: BankingRequest['platform'];
  /** 'ok' or the error kind the turn was answered with. */
  readonly outcome: string;
  /** Wall time of the turn, milliseconds. */
  readonly ms: number;
}

export interface CoreOptions {
  readonly bank: BankClient;
  readonly logger: Logger;
  /** The one clock; the user's zone is applied per request. */
  readonly clock: Clock;
  /** Hard stop for one turn, well inside the platform deadline (Dialogflow 5 s, Alexa 8 s). */
  readonly turnDeadlineMs: number;
  /** How far back the bank keeps transactions, in days. */
  readonly historyDays: number;
  /** Voice-PIN step-up; absent when PIN_POLICY=off. */
  readonly pin?: PinService;
  /** Money movement; absent unless MONEY_MOVEMENT=on (then movement requests are refused plainly). */
  readonly movement?: MovementDeps;
  /** Remembers whom launch has greeted (a boolean per customer key in the state store). */
  readonly greeter?: Greeter;
  /** Where customers are sent for what cannot be done by voice (refusals). */
  readonly contact?: BankContact;
  /** Called once per turn with its counts (a /metrics counter hooks in here). */
  readonly onTurn?: (turn: TurnRecord) => void;
}

/** The banking core as adapters see it: one request in, one reply out, never a throw. */
export type Core = (req: BankingRequest) => Promise<BankingReply>;

/** Listeners one turn's abort signal may have before Node warns of a leak (one per bank call in flight). */
const MAX_CALLS_PER_TURN = 1000;

/**
 * The single error boundary. Every turn gets a reply within the deadline: bank errors and
 * bugs become polite speech; a bank that has not answered by the deadline is aborted.
 */

export function createCore(options: CoreOptions): Core {
  const budget = createTurnBudget(options.turnDeadlineMs, options.clock);
  return async (req) => {
    const started = options.clock.monotonicMs();
    const messages = messagesFor(req.locale);
    const controller = new AbortController();
    // Every bank call of the turn listens on its signal; a windowed fetch makes dozens at once.
    setMaxListeners(MAX_CALLS_PER_TURN, controller.signal);
    const roundTrips = createRoundTrips();
    const deps: Deps = {
      bank: turnBank(options.bank, controller.signal, roundTrips),
      messages,
      logger: options.logger,
      signal: controller.signal,
      historyDays: options.historyDays,
      clock: options.clock,
      now: () => options.clock.now().setZone(req.timeZone),
      ...(options.movement ? { movement: options.movement } : {}),
      ...(options.greeter ? { greeter: options.greeter } : {}),
      ...(options.contact ? { contact: options.contact } : {}),
    };
    let outcome = 'ok';
    const answer = async (): Promise<BankingReply> => {
      const turnReq = withHistoryCut(req, deps);
      // What we do not do is refused before anything else, without a bank call (issue 14).
      // Only a movement really in progress, with movement on, may take words the guard would refuse ("my savings").
      const moving = options.movement !== undefined && readSession(turnReq.session).movement !== undefined;
      const refused = moving ? undefined : refusedAction(turnReq, options.movement !== undefined);
      if (refused) return refusal(refused, deps);
      if (!moving && dropsName(turnReq)) return ask(messages.fallback(), messages.whatElse());
      const moved = await movementStep(turnReq, deps);
      if (moved) return moved;
      if (NEEDS_LINK.has(turnReq.intent) && !turnReq.accessToken)
        return ((outcome = 'unlinked'), linkReply(messages, turnReq.linkVia));
      const stepUp = options.pin ? await pinStep(turnReq, deps, options.pin) : undefined;
      return stepUp ?? HANDLERS[turnReq.intent](turnReq, deps);
    };
    const reply = await withDeadline(answer(), budget.remainingMs(req.receivedAt), controller).catch(
      (error: unknown) => {
        outcome = outcomeOf(error);
        if (outcome === 'internal')
          options.logger.error({ requestId: req.requestId, err: safeError(error) }, 'handler failed');
        return errorReply(error, messages, req.linkVia);
      },
    );
    const remembered = outcome === 'ok' ? rememberQuestion(req, reply) : reply;
    const counts = roundTrips.counts();
    const turn: TurnRecord = {
      intent: req.intent,
      platform: req.platform,
      outcome,
      ms: Math.round(options.clock.monotonicMs() - started),
      ...counts,
    };
    options.logger.info(
      {
        requestId: req.requestId,
        intent: turn.intent,
        platform: turn.platform,
        outcome,
        ms: turn.ms,
        bankCalls: counts.calls,
        criticalPath: counts.criticalPath,
        ...(counts.partial ? { partial: true } : {}),
      },
      'turn',
    );
    options.onTurn?.(turn);
    // A handler that said which part it read (issue 12's cut lists) needs no second, general warning.
    const warn = counts.partial && outcome === 'ok' && !messages.saysPartial(remembered.speech);
    return limitSpeech(
      warn ? { ...remembered, speech: `${messages.partialHistory()} ${remembered.speech}` } : remembered,
    );
  };
}

/**
 * Keeps the last question in the session for follow-ups (issue 14): the question this turn asked,
 * else the one a handler recorded, else the one carried in. Only the user's words and calendar days.
 */
function rememberQuestion(req: BankingRequest, reply: BankingReply): BankingReply {
  if (reply.endSession || reply.session?.last !== undefined) return reply;
  const last = questionOf(req) ?? readSession(req.session).last;
  return last ? { ...reply, session: { ...(reply.session ?? {}), last } } : reply;
}

/** A PIN answer, or the PIN prompt before a question that reveals account data; undefined to go on. */
async function pinStep(req: BankingRequest, deps: Deps, pin: PinService): Promise<BankingReply | undefined> {
  const flow = readSession(req.session).pinFlow;
  const digits = spokenPin(req);
  if (flow && digits) return answerPin(req, deps, pin, digits, flow);
  if (flow && req.intent === 'pin')
    return ask(deps.messages.pinAskReprompt(), deps.messages.pinAskReprompt(), { session: { pinFlow: flow } });
  return REVEALS.has(req.intent) ? requirePin(req, deps, pin, flow) : undefined;
}

/** Rejects with a bank timeout when the deadline passes, after aborting the bank calls. */
function withDeadline<T>(work: Promise<T>, ms: number, controller: AbortController): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      controller.abort();
      reject(new BankError('timeout', 'turn deadline passed'));
    }, ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** Only the error's class and stack frames, never its message (it may echo bank data). */
function safeError(error: unknown): { type: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error };
  return {
    type: error.constructor.name,
    ...(error.stack ? { stack: error.stack.split('\n').slice(1, 6).join('\n') } : {}),
  };
}
