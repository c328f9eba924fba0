import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { CallToolResult, ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import { apologyReply, type Core, type Logger, type PeriodContext } from '../../shared';
import { toBankingRequest, type ToolArgs } from './to-banking-request';
import { toToolResult } from './to-tool-result';
import { TOOLS, type ToolName } from './tools';

export interface McpOptions {
  readonly core: Core;
  readonly logger: Logger;
  readonly periods: PeriodContext;
  /** MCP clients send no device zone: the configured default. */
  readonly defaultTimeZone: string;
}

/** What one request's server reports back to its route. */
export interface CallObserver {
  /** The bank refused the token: the route answers 401 invalid_token instead of the result. */
  onTokenRejected(): void;
}

const INSTRUCTIONS = 'Read-only answers about the signed-in customer\'s own bank accounts: balances, transactions, '
  + 'spending, pending items, card payments, interest. When a result asks for the PIN, ask the customer for it and call verify_pin '
  + 'with it and the continuation from that result. Account numbers are never shown beyond their last four digits.';

/** One tool call through the core; the core never throws, and neither does this. */
async function callTool(options: McpOptions, observer: CallObserver, tool: ToolName, args: ToolArgs, token: string | undefined): Promise<CallToolResult> {
  try {
    // The route refuses requests without a token; this only guards the type.
    if (!token) return toToolResult(apologyReply('en-US'));
    const request = toBankingRequest({ tool, args, token, timeZone: options.defaultTimeZone, periods: options.periods });
    const reply = await options.core(request);
    if (reply.facts?.kind === 'failure' && reply.facts.reason === 'unauthorized') observer.onTokenRejected();
    return toToolResult(reply);
  } catch (error) {
    options.logger.error({ tool, type: error instanceof Error ? error.name : typeof error }, 'mcp translation failed');
    return toToolResult(apologyReply('en-US'));
  }
}

/** A server with one tool per question of the banking core; stateless, so one per HTTP request. */
export function createMcpServer(options: McpOptions, observer: CallObserver): McpServer {
  const server = new McpServer({ name: 'voicebank', title: 'Voice banking', version: '1.0.0' }, { instructions: INSTRUCTIONS });
  for (const name of Object.keys(TOOLS) as ToolName[]) {
    const tool = TOOLS[name];
    server.registerTool(name, {
      title: tool.title, description: tool.description, inputSchema: tool.input,
      annotations: { title: tool.title, readOnlyHint: name !== 'verify_pin', destructiveHint: false, idempotentHint: name !== 'verify_pin', openWorldHint: false },
    }, async (args: ToolArgs, extra: RequestHandlerExtra<ServerRequest, ServerNotification>) => callTool(options, observer, name, args, extra.authInfo?.token));
  }
  return server;
}
