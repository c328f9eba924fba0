import { hashPin, isTrivialPin, verifyPin } from '../../security';
import { isStateUnavailable, type CustomerKey, type JsonValue } from '../../state';
import type { BankingIntent, BankingReply, BankingRequest, Deps } from '../contract';
import { HANDLERS } from '../handlers';
import { linkedToken } from '../handlers/token';
import { failure } from '../error-reply';
import { ask, tell } from '../replies';
import type { PinFlow } from '../session';
import { pendingOf, replayOf } from './pending';
import type { PinService } from './service';

/** Everything that says something about the customer's money or accounts. */
export const REVEALS: ReadonlySet<BankingIntent> = new Set<BankingIntent>([
  'listAccounts', 'getBalance', 'recentTransactions', 'selectAccount', 'yes',
  'spending', 'transactionsInPeriod', 'pendingTransactions', 'cardDetails', 'lastTransactionWith', 'interestEarned',
]);

/** A PIN being answered: the PIN intent, or four bare digits (which Alexa hears as "ending in …"). */
export function spokenPin(req: BankingRequest): string | undefined {
  if (req.intent === 'pin') return req.slots.pin;
  const account = req.slots.account;
  return req.intent === 'selectAccount' && account?.lastFour && !account.name ? account.lastFour : undefined;
}

const minutes = (seconds: number): number => Math.max(1, Math.ceil(seconds / 60));
const pinAsk = (deps: Deps, speech: string, flow: PinFlow, attemptsLeft?: number): BankingReply => ask(speech, deps.messages.pinAskReprompt(), {
  session: { pinFlow: flow }, facts: { kind: 'pinRequired', stage: flow.stage, ...(attemptsLeft === undefined ? {} : { attemptsLeft }) },
});
const locked = (deps: Deps, seconds: number): BankingReply => tell(deps.messages.pinLocked(minutes(seconds)), { facts: failure('pinLocked', minutes(seconds)) });

/** Runs a PIN step; a store that cannot answer means no account data (fail closed). */
async function failClosed(deps: Deps, step: () => Promise<BankingReply | undefined>): Promise<BankingReply | undefined> {
  try {
    return await step();
  } catch (error) {
    if (isStateUnavailable(error)) return tell(deps.messages.pinUnavailable(), { facts: failure('pinUnavailable') });
    throw error;
  }
}

/**
 * Before a question that reveals account data: undefined to go on, or the PIN prompt / lock reply.
 * Asked while a PIN prompt is open, "yes" or "the savings one" keep the question first asked.
 */
export function requirePin(req: BankingRequest, deps: Deps, pin: PinService, open?: PinFlow): Promise<BankingReply | undefined> {
  return failClosed(deps, async () => {
    const key = await pin.keyFor(linkedToken(req), { signal: deps.signal });
    // A customer with no accounts has nothing to reveal: the handler says so.
    if (!key) return undefined;
    const lock = await pin.guard.check(key);
    if (lock.locked) return locked(deps, lock.retryAfterSeconds);
    if (pin.policy === 'session' && await pin.store.touchPinSession(key, req.sessionId)) return undefined;
    const pending = open && (req.intent === 'yes' || req.intent === 'selectAccount') ? open.pending
      : { ...pendingOf(req), ...(open?.pending.resume ? { resume: open.pending.resume } : {}) };
    if (!await pin.store.getPinHash(key)) return pinAsk(deps, deps.messages.pinEnrolOffer(), { stage: 'enrol', pending });
    return pinAsk(deps, deps.messages.pinAsk(), { stage: 'verify', pending });
  });
}

/** The PIN was right (or just set): remember it for the session and answer what was asked. */
async function proceed(req: BankingRequest, deps: Deps, pin: PinService, key: CustomerKey, flow: PinFlow, prefix = ''): Promise<BankingReply> {
  if (pin.policy === 'session') await pin.store.markPinVerified(key, req.sessionId, pin.idleSeconds);
  const replay = replayOf(req, flow.pending);
  const reply = await HANDLERS[replay.intent](replay, deps);
  return prefix ? { ...reply, speech: `${prefix} ${reply.speech}` } : reply;
}

async function verify(req: BankingRequest, deps: Deps, pin: PinService, key: CustomerKey, digits: string, flow: PinFlow): Promise<BankingReply> {
  const lock = await pin.guard.check(key);
  if (lock.locked) return locked(deps, lock.retryAfterSeconds);
  const hash = await pin.store.getPinHash(key);
  if (!hash) return pinAsk(deps, deps.messages.pinEnrolOffer(), { stage: 'enrol', pending: flow.pending });
  if (await verifyPin(digits, hash)) {
    await pin.guard.recordSuccess(key);
    return proceed(req, deps, pin, key, flow);
  }
  const failed = await pin.guard.recordFailure(key);
  if (failed.locked) return locked(deps, failed.retryAfterSeconds ?? pin.lockSeconds);
  return pinAsk(deps, deps.messages.pinWrong(failed.attemptsLeft), flow, failed.attemptsLeft);
}

/** A chosen PIN waits, hashed, for its confirmation this long. */
const CANDIDATE_MS = 5 * 60_000;

/** The hash of the PIN chosen a moment ago, if it is still fresh. */
function freshCandidate(stored: JsonValue | undefined, nowMs: number): string | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  const { hash, at } = stored as { readonly [key: string]: JsonValue };
  return typeof hash === 'string' && typeof at === 'number' && nowMs - at < CANDIDATE_MS ? hash : undefined;
}

async function enrol(req: BankingRequest, deps: Deps, pin: PinService, key: CustomerKey, digits: string, flow: PinFlow): Promise<BankingReply> {
  // A stale or forged enrolment must never replace an existing PIN or step around a lock.
  if (await pin.store.getPinHash(key)) return verify(req, deps, pin, key, digits, { stage: 'verify', pending: flow.pending });
  const lock = await pin.guard.check(key);
  if (lock.locked) return locked(deps, lock.retryAfterSeconds);
  if (flow.stage === 'enrol') {
    if (isTrivialPin(digits)) return pinAsk(deps, deps.messages.pinTrivial(), flow);
    await pin.store.setPreference(key, 'pin-candidate', { hash: await hashPin(digits), at: deps.clock.epochMs() });
    return pinAsk(deps, deps.messages.pinConfirm(), { stage: 'confirm', pending: flow.pending });
  }
  const candidate = freshCandidate(await pin.store.getPreference(key, 'pin-candidate'), deps.clock.epochMs());
  await pin.store.setPreference(key, 'pin-candidate', null);
  if (!candidate || !await verifyPin(digits, candidate)) {
    return pinAsk(deps, deps.messages.pinMismatch(), { stage: 'enrol', pending: flow.pending });
  }
  await pin.store.setPinHash(key, candidate);
  return proceed(req, deps, pin, key, flow, deps.messages.pinSet());
}

/** The user answered a PIN prompt: check it, or take it as the new PIN, then answer the pending question. */
export async function answerPin(req: BankingRequest, deps: Deps, pin: PinService, digits: string, flow: PinFlow): Promise<BankingReply> {
  const reply = await failClosed(deps, async () => {
    const key = await pin.keyFor(linkedToken(req), { signal: deps.signal });
    if (!key) return HANDLERS[flow.pending.intent](replayOf(req, flow.pending), deps);
    return flow.stage === 'verify' ? verify(req, deps, pin, key, digits, flow) : enrol(req, deps, pin, key, digits, flow);
  });
  return reply ?? tell(deps.messages.somethingWentWrong());
}
