import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { type BankingReply, toPlainText } from '../../shared';
import { toContinuation } from './continuation';

/**
 * The core's reply → a tool result: its words without SSML, and its facts as structured content.
 * A reply that could not answer (bank down, not linked, locked, a period out of reach) is a tool
 * error, so the model tells the customer rather than guessing. A PIN prompt carries the
 * continuation `verify_pin` takes back.
 */
export function toToolResult(reply: BankingReply): CallToolResult {
  const facts = reply.facts;
  const continuation = facts?.kind === 'pinRequired' && reply.session ? { continuation: toContinuation(reply.session) } : {};
  const structured = facts ? { ...facts, ...continuation } : undefined;
  return {
    content: [{ type: 'text', text: toPlainText(reply.speech) }],
    ...(structured ? { structuredContent: structured } : {}),
    ...(facts?.kind === 'failure' ? { isError: true } : {}),
  };
}
