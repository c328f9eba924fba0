import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { type BankingReply, readSession, toPlainText } from '../../shared';
import { toContinuation } from './continuation';

/**
 * The core's reply → a tool result: its words without SSML, and its facts as structured content.
 * A reply that could not answer (bank down, not linked, locked, a period out of reach) is a tool
 * error, so the model tells the customer rather than guessing. A PIN prompt carries the
 * continuation `verify_pin` takes back; a proposed movement carries the handle `confirm_transfer`
 * takes (our transfer id: it names a record kept under the customer's key, useless to anyone else).
 */
export function toToolResult(reply: BankingReply): CallToolResult {
  const facts = reply.facts;
  const continuation =
    facts?.kind === 'pinRequired' && reply.session ? { continuation: toContinuation(reply.session) } : {};
  const waiting = facts?.kind === 'movementProposed' && reply.session ? readSession(reply.session).movement : undefined;
  const handle = waiting ? { handle: waiting.transferId } : {};
  const structured = facts ? { ...facts, ...continuation, ...handle } : undefined;
  return {
    content: [{ type: 'text', text: toPlainText(reply.speech) }],
    ...(structured ? { structuredContent: structured } : {}),
    ...(facts?.kind === 'failure' ? { isError: true } : {}),
  };
}
