import type { Handler } from '../contract';
import { ask, tell } from '../replies';

/** Handlers that never touch the bank: the platform certification behaviours. */

/** A first-time customer hears what the skill does; a returning one, "Welcome back". */
export const launch: Handler = async (req, { messages, greeter, signal }) => {
  const visit =
    greeter && req.accessToken ? await greeter.visit(req.accessToken, { ...(signal ? { signal } : {}) }) : 'unknown';
  const words =
    visit === 'first' ? messages.welcomeFirst() : visit === 'returning' ? messages.welcome() : messages.welcomeHello();
  return ask(words, messages.whatElse());
};

export const help: Handler = async (_req, { messages }) => ask(messages.help(), messages.whatElse());

export const stop: Handler = async (_req, { messages }) => tell(messages.goodbye());

export const fallback: Handler = async (_req, { messages }) => ask(messages.fallback(), messages.whatElse());

/** The platform closed the session: nothing may be said. */
export const sessionEnded: Handler = async () => ({ speech: '', endSession: true });

export const no: Handler = async (_req, { messages }) => tell(messages.goodbye());
