import assert from 'node:assert/strict';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { BankError, type FdxBankClient, type TransferClient } from '../../shared/bank';
import { factsOf, type McpSession } from './client';

/** The voice PIN the movement tests choose. */
export const PIN = '4826';

/** What reached the bank's Money Movement API through the service's transfer client. */
export interface BankCounts {
  posts: number;
  reads: number;
}

/**
 * Counts every POST and GET the service's transfer client makes (the client never repeats a POST
 * itself, so this is the number of POST /transfers the bank received). `losePosts` drops that many
 * POSTs on the way to the bank (the bank never sees them) and answers as a timeout would.
 */
export function countingBank(
  counts: BankCounts,
  options: { losePosts?: number; loseAnswers?: boolean } = {},
): (bank: FdxBankClient) => TransferClient {
  let lose = options.losePosts ?? 0;
  return (bank) => ({
    async createTransfer(token, order, callOptions) {
      if (lose > 0) {
        lose -= 1;
        throw new BankError('timeout', 'lost on the way to the bank');
      }
      counts.posts += 1;
      const receipt = await bank.createTransfer(token, order, callOptions);
      if (options.loseAnswers) throw new BankError('timeout', 'answer lost after the bank received the transfer');
      return receipt;
    },
    getTransfer(token, id, callOptions) {
      counts.reads += 1;
      return bank.getTransfer(token, id, callOptions);
    },
  });
}

/** Answers every PIN prompt of a result with PIN (choose, repeat, or verify) and returns what was waiting. */
export async function throughPin(mcp: McpSession, result: CallToolResult): Promise<CallToolResult> {
  let current = result;
  for (let step = 0; step < 3 && factsOf(current).kind === 'pinRequired'; step += 1) {
    current = await mcp.call('verify_pin', { pin: PIN, continuation: String(factsOf(current).continuation) });
  }
  return current;
}

/** A prepare_* call through the PIN to its confirmation; returns the result and its handle. */
export async function prepared(
  mcp: McpSession,
  tool: string,
  args: Record<string, unknown>,
): Promise<{ result: CallToolResult; handle: string }> {
  const result = await throughPin(mcp, await mcp.call(tool, args));
  const facts = factsOf(result);
  assert.equal(facts.kind, 'movementProposed', JSON.stringify(result));
  assert.match(String(facts.handle), /^vb-[0-9a-f-]{36}$/);
  return { result, handle: String(facts.handle) };
}

/** The transfers the sandbox bank holds for the customer behind `token`. */
export async function transfersAtBank(bankUrl: string, token: string): Promise<unknown[]> {
  const response = await fetch(`${bankUrl}/transfers`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await response.json()) as { transfers?: unknown[] };
  return body.transfers ?? [];
}
