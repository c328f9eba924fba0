import { isStateUnavailable } from '../../state';
import type { BankingIntent, BankingReply, BankingRequest, Deps } from '../contract';
import { HANDLERS } from '../handlers';
import { answerPin, requirePin, spokenPin } from '../pin/gate';
import { ask, tell } from '../replies';
import { readSession } from '../session';
import { cancel, confirm } from './confirm';
import type { MovementDeps } from './deps';

/** Every money-movement intent. */
export const MOVES: ReadonlySet<BankingIntent> = new Set<BankingIntent>([
  'transfer',
  'payCard',
  'payLoan',
  'paymentAmount',
  'transferStatus',
]);
/** Those that lead to a confirmation, and so need the PIN in this session first. */
const PROPOSES: ReadonlySet<BankingIntent> = new Set<BankingIntent>([
  'transfer',
  'payCard',
  'payLoan',
  'paymentAmount',
]);

const silent: BankingReply = { speech: '', endSession: true };

/** The turn while a movement waits for its yes, or for its PIN: nothing but the awaited answer goes on. */
async function awaited(req: BankingRequest, deps: Deps, m: MovementDeps): Promise<BankingReply | undefined> {
  const session = readSession(req.session);
  if (session.movement) {
    if (req.intent === 'yes') return confirm(req, deps, m, session.movement.transferId);
    const cancelled = await cancel(req, deps, m, session.movement.transferId);
    return req.intent === 'sessionEnded' ? silent : cancelled;
  }
  const flow = session.pinFlow;
  if (!flow || !MOVES.has(flow.pending.intent)) return undefined;
  const digits = spokenPin(req);
  if (digits) return answerPin(req, deps, m.pin, digits, flow);
  return req.intent === 'sessionEnded' ? silent : tell(deps.messages.movementCancelled());
}

/**
 * The money-movement part of a turn, before anything else: refused plainly (no bank call) when
 * movement is off; otherwise the pending yes or PIN, the PIN before any proposal, then the handler.
 * Undefined: not a movement turn. A state store that cannot answer moves nothing (fail closed).
 */
export async function movementStep(req: BankingRequest, deps: Deps): Promise<BankingReply | undefined> {
  const m = deps.movement;
  if (!m) return MOVES.has(req.intent) ? ask(deps.messages.movementOff(), deps.messages.whatElse()) : undefined;
  try {
    const waiting = await awaited(req, deps, m);
    if (waiting) return waiting;
    if (!MOVES.has(req.intent)) return undefined;
    if (!req.accessToken) return undefined;
    if (PROPOSES.has(req.intent)) {
      const gate = await requirePin(req, deps, m.pin);
      if (gate) return gate;
    }
    return await HANDLERS[req.intent](req, deps);
  } catch (error) {
    if (isStateUnavailable(error)) return tell(deps.messages.movementStoreDown());
    throw error;
  }
}
