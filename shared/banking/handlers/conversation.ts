import type { Handler } from '../contract';
import { ask, tell } from '../replies';

/** Handlers that never touch the bank: the platform certification behaviours. */

export const launch: Handler = async (_req, { messages }) => ask(messages.welcome(), messages.whatElse());

export const help: Handler = async (_req, { messages }) => ask(messages.help(), messages.whatElse());

export const stop: Handler = async (_req, { messages }) => tell(messages.goodbye());

export const fallback: Handler = async (_req, { messages }) => ask(messages.fallback(), messages.whatElse());

/** The platform closed the session: nothing may be said. */
export const sessionEnded: Handler = async () => ({ speech: '', endSession: true });

export const no: Handler = async (_req, { messages }) => tell(messages.goodbye());
