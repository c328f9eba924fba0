import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { CallToolResult, ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import { apologyReply, type Core, type Logger, type PeriodContext } from '../../shared';
import { toBankingRequest, type ToolArgs } from './to-banking-request';
import { toToolResult } from './to-tool-result';
import { MOVEMENT_TOOLS, type MovementToolName } from './movement-tools';
import { TOOLS, type ToolName } from './tools';

export interface McpOptions {
  readonly core: Core;
  readonly logger: Logger;
  readonly periods: PeriodContext;
  /** MCP clients send no device zone: the configured default. */
  readonly defaultTimeZone: string;
  /** MONEY_MOVEMENT=on: the movement tools are listed too (the core refuses movement otherwise). */
  readonly moneyMovement?: boolean;
}

/** What one request's server reports back to its route. */
export interface CallObserver {
  /** The bank refused the token: the route answers 401 invalid_token instead of the result. */
  onTokenRejected(): void;
}

const INSTRUCTIONS =
  "answers about the signed-in customer's own bank accounts: balances, transactions, " +
  'spending, pending items, card payments, interest. When a result asks for the PIN, ask the customer for it and call verify_pin ' +
  'with it and the continuation from that result. Account numbers are never shown beyond their last four digits.';

const MOVEMENT_INSTRUCTIONS =
  " Money can also be moved between the customer's own accounts, today only: a prepare_* tool " +
  '(after the voice PIN) returns a confirmation text and a handle. Read the confirmation to the customer word for word and call ' +
  'confirm_transfer with decision "confirm" only after a clear yes; for anything else call it with "cancel". Never confirm on the customer\'s behalf.';

/** One tool call through the core; the core never throws, and neither does this. */
async function callTool(
  options: McpOptions,
  observer: CallObserver,
  tool: ToolName | MovementToolName,
  args: ToolArgs,
  token: string | undefined,
): Promise<CallToolResult> {
  try {
    // The route refuses requests without a token; this only guards the type.
    if (!token) return toToolResult(apologyReply('en-US'));
    const request = toBankingRequest({
      tool,
      args,
      token,
      timeZone: options.defaultTimeZone,
      periods: options.periods,
    });
    const reply = await options.core(request);
    if (reply.facts?.kind === 'failure' && reply.facts.reason === 'unauthorized') observer.onTokenRejected();
    return toToolResult(reply);
  } catch (error) {
    options.logger.error({ tool, type: error instanceof Error ? error.name : typeof error }, 'mcp translation failed');
    return toToolResult(apologyReply('en-US'));
  }
}

type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/**
 * A server with one tool per question of the banking core, and with MONEY_MOVEMENT=on the
 * movement tools (not read-only); stateless, so one per HTTP request.
 */
export function createMcpServer(options: McpOptions, observer: CallObserver): McpServer {
  const instructions = options.moneyMovement
    ? `Answers ${INSTRUCTIONS}${MOVEMENT_INSTRUCTIONS}`
    : `Read-only ${INSTRUCTIONS}`;
  const server = new McpServer({ name: 'voicebank', title: 'Voice banking', version: '1.0.0' }, { instructions });
  for (const name of Object.keys(TOOLS) as ToolName[]) {
    const tool = TOOLS[name];
    server.registerTool(
      name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.input,
        annotations: {
          title: tool.title,
          readOnlyHint: name !== 'verify_pin',
          destructiveHint: false,
          idempotentHint: name !== 'verify_pin',
          openWorldHint: false,
        },
      },
      async (args: ToolArgs, extra: Extra) => callTool(options, observer, name, args, extra.authInfo?.token),
    );
  }
  if (!options.moneyMovement) return server;
  for (const name of Object.keys(MOVEMENT_TOOLS) as MovementToolName[]) {
    const tool = MOVEMENT_TOOLS[name];
    server.registerTool(
      name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.input,
        annotations: { title: tool.title, ...tool.annotations },
      },
      async (args: ToolArgs, extra: Extra) => callTool(options, observer, name, args, extra.authInfo?.token),
    );
  }
  return server;
}
