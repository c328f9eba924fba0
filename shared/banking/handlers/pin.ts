import type { Handler } from '../contract';
import { ask } from '../replies';

/** A PIN said when none was asked for: nothing to check, so say so and carry on. */
export const pin: Handler = async (_req, { messages }) => ask(messages.pinNotNeeded(), messages.whatElse());
