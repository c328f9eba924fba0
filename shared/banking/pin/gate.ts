import { isTrivialPin } from '../../security';
import { isStateUnavailable, type CustomerKey, type JsonValue } from '../../state';
import type { BankingIntent, BankingReply, BankingRequest, Deps } from '../contract';
import { HANDLERS } from '../handlers';
import { linkedToken } from '../handlers/token';
import { failure } from '../error-reply';
import { ask, tell } from '../replies';
import type { PinFlow } from '../session';
import { pendingOf, replayOf } from './pending';
import type { PinService } from './service';
import { tryPin } from './try-pin';

/** Everything that says something about the customer's money or accounts. */
export const REVEALS: ReadonlySet<BankingIntent> = new Set<BankingIntent>([
  'listAccounts',
  'getBalance',
  'recentTransactions',
  'selectAccount',
  'yes',
  'spending',
  'transactionsInPeriod',
  'pendingTransactions',
  'cardDetails',
  'lastTransactionWith',
  'interestEarned',
  // Follow-ups re-ask a question that reveals data (issue 14).
  'followUp',
  'narrowSpending',
  'overdrawn',
  'cashAvailable',
  'purchasesInPeriod',
  'biggestPurchases',
]);

/** A PIN being answered: the PIN intent, or four bare digits (which Alexa hears as "ending in …"). */
export function spokenPin(req: BankingRequest): string | undefined {
  if (req.intent === 'pin') return req.slots.pin;
  const account = req.slots.account;
  return req.intent === 'selectAccount' && account?.lastFour && !account.name ? account.lastFour : undefined;
}

const minutes = (seconds: number): number => Math.max(1, Math.ceil(seconds / 60));
const pinAsk = (deps: Deps, speech: string, flow: PinFlow, attemptsLeft?: number): BankingReply =>
  ask(speech, deps.messages.pinAskReprompt(), {
    session: { pinFlow: flow },
    facts: { kind: 'pinRequired', stage: flow.stage, ...(attemptsLeft === undefined ? {} : { attemptsLeft }) },
  });
const locked = (deps: Deps, seconds: number): BankingReply =>
  tell(deps.messages.pinLocked(minutes(seconds)), { facts: failure('pinLocked', minutes(seconds)) });
/** This wrong PIN was the last one allowed: the same lock, said as starting now. */
const lockedNow = (deps: Deps, seconds: number): BankingReply =>
  tell(deps.messages.pinLockedNow(minutes(seconds)), { facts: failure('pinLocked', minutes(seconds)) });

/** Runs a PIN step; a store that cannot answer means no account data (fail closed). */
async function failClosed(
  deps: Deps,
  step: () => Promise<BankingReply | undefined>,
): Promise<BankingReply | undefined> {
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
export function requirePin(
  req: BankingRequest,
  deps: Deps,
  pin: PinService,
  open?: PinFlow,
): Promise<BankingReply | undefined> {
  return failClosed(deps, async () => {
    const key = await pin.keyFor(linkedToken(req), { signal: deps.signal });
    // A customer with no accounts has nothing to reveal: the handler says so.
    if (!key) return undefined;
    const lock = await pin.guard.check(key);
    if (lock.locked) return locked(deps, lock.retryAfterSeconds);
    if (pin.policy === 'session' && (await pin.store.touchPinSession(key, req.sessionId))) return undefined;
    const pending =
      open && (req.intent === 'yes' || req.intent === 'selectAccount')
        ? open.pending
        : { ...pendingOf(req), ...(open?.pending.resume ? { resume: open.pending.resume } : {}) };
    if (!(await pin.store.getPinHash(key)))
      return pinAsk(deps, deps.messages.pinEnrolOffer(), { stage: 'enrol', pending });
    return pinAsk(deps, deps.messages.pinAsk(), { stage: 'verify', pending });
  });
}

/** The PIN was right (or just set): remember it for the session and answer what was asked. */
async function proceed(
  req: BankingRequest,
  deps: Deps,
  pin: PinService,
  key: CustomerKey,
  flow: PinFlow,
  prefix = '',
): Promise<BankingReply> {
  if (pin.policy === 'session') await pin.store.markPinVerified(key, req.sessionId, pin.idleSeconds);
  const replay = replayOf(req, flow.pending);
  const reply = await HANDLERS[replay.intent](replay, deps);
  return prefix ? { ...reply, speech: `${prefix} ${reply.speech}` } : reply;
}

async function verify(
  req: BankingRequest,
  deps: Deps,
  pin: PinService,
  key: CustomerKey,
  digits: string,
  flow: PinFlow,
): Promise<BankingReply> {
  // The service's own guard as it stands (hosts may wrap it to count outcomes).
  const check = await tryPin(pin, key, digits);
  switch (check.outcome) {
    case 'right':
      return proceed(req, deps, pin, key, flow);
    case 'noPin':
      return pinAsk(deps, deps.messages.pinEnrolOffer(), { stage: 'enrol', pending: flow.pending });
    case 'locked':
      return check.startedNow ? lockedNow(deps, check.retryAfterSeconds) : locked(deps, check.retryAfterSeconds);
    case 'wrong':
      return pinAsk(deps, deps.messages.pinWrong(check.attemptsLeft), flow, check.attemptsLeft);
  }
}

/** A chosen PIN waits, hashed, for its confirmation this long; the store itself forgets it after. */
const CANDIDATE_SECONDS = 5 * 60;
const CANDIDATE = 'pin-candidate';

/** The hash of the PIN chosen a moment ago (the store expires it). */
function candidateHash(stored: JsonValue | undefined): string | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  const { hash } = stored as { readonly [key: string]: JsonValue };
  return typeof hash === 'string' ? hash : undefined;
}

async function enrol(
  req: BankingRequest,
  deps: Deps,
  pin: PinService,
  key: CustomerKey,
  digits: string,
  flow: PinFlow,
): Promise<BankingReply> {
  // A stale or forged enrolment must never replace an existing PIN or step around a lock.
  if (await pin.store.getPinHash(key))
    return verify(req, deps, pin, key, digits, { stage: 'verify', pending: flow.pending });
  const lock = await pin.guard.check(key);
  if (lock.locked) return locked(deps, lock.retryAfterSeconds);
  if (flow.stage === 'enrol') {
    if (isTrivialPin(digits)) return pinAsk(deps, deps.messages.pinTrivial(), flow);
    await pin.store.setPreference(key, CANDIDATE, { hash: await pin.hashPin(digits) }, CANDIDATE_SECONDS);
    return pinAsk(deps, deps.messages.pinConfirm(), { stage: 'confirm', pending: flow.pending });
  }
  const candidate = candidateHash(await pin.store.getPreference(key, CANDIDATE));
  await pin.store.deletePreference(key, CANDIDATE);
  if (!candidate || !(await pin.matchesHash(digits, candidate))) {
    return pinAsk(deps, deps.messages.pinMismatch(), { stage: 'enrol', pending: flow.pending });
  }
  await pin.store.setPinHash(key, candidate);
  return proceed(req, deps, pin, key, flow, deps.messages.pinSet());
}

/** The user answered a PIN prompt: check it, or take it as the new PIN, then answer the pending question. */
export async function answerPin(
  req: BankingRequest,
  deps: Deps,
  pin: PinService,
  digits: string,
  flow: PinFlow,
): Promise<BankingReply> {
  const reply = await failClosed(deps, async () => {
    const key = await pin.keyFor(linkedToken(req), { signal: deps.signal });
    if (!key) return HANDLERS[flow.pending.intent](replayOf(req, flow.pending), deps);
    return flow.stage === 'verify'
      ? verify(req, deps, pin, key, digits, flow)
      : enrol(req, deps, pin, key, digits, flow);
  });
  return reply ?? tell(deps.messages.somethingWentWrong());
}
