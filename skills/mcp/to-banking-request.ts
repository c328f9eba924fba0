import { createHash, randomUUID } from 'node:crypto';
import { type AccountRef, type BankingRequest, type BankingSlots, periodClock, type PeriodContext } from '../../shared';
import { fromContinuation } from './continuation';
import { isMovementTool, movementCall, type MovementArgs, type MovementToolName } from './movement-tools';
import { periodOf, type PeriodKeyword } from './period';
import { TOOLS, type ToolName } from './tools';

/** Every argument any tool takes, after the SDK validated it against that tool's schema. */
export interface ToolArgs extends MovementArgs {
  readonly account?: string | undefined;
  readonly last_four?: string | undefined;
  readonly count?: number | undefined;
  readonly merchant?: string | undefined;
  readonly category?: string | undefined;
  readonly period?: PeriodKeyword | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly pin?: string | undefined;
  readonly continuation?: string | undefined;
}

export interface McpCall {
  readonly tool: ToolName | MovementToolName;
  readonly args: ToolArgs;
  /** The bearer token the client sent; passed to the bank as the other adapters pass theirs. */
  readonly token: string;
  readonly timeZone: string;
  readonly periods: PeriodContext;
}

function slotsOf(args: ToolArgs, call: McpCall): BankingSlots {
  const name = args.account?.trim();
  const account: AccountRef | undefined =
    name || args.last_four
      ? { ...(name ? { name } : {}), ...(args.last_four ? { lastFour: args.last_four } : {}) }
      : undefined;
  const period = periodOf(args, () => periodClock(call.periods, call.timeZone));
  return {
    ...(account ? { account } : {}),
    ...(args.count ? { count: args.count } : {}),
    ...(args.merchant?.trim() ? { merchant: args.merchant.trim() } : {}),
    ...(args.category?.trim() ? { category: args.category.trim() } : {}),
    ...(args.pin ? { pin: args.pin } : {}),
    ...(period ? { period } : {}),
  };
}

/**
 * A tool call → the core's request. The PIN "session" of a stateless client is its token: a hash
 * of it (never the token) names the session, so a verified PIN holds while the token does.
 */
export function toBankingRequest(call: McpCall): BankingRequest {
  const requestId = `mcp-${randomUUID()}`;
  const { tool } = call;
  const asked = isMovementTool(tool)
    ? movementCall(tool, call.args)
    : {
        intent: TOOLS[tool].intent,
        slots: slotsOf(call.args, call),
        session: tool === 'verify_pin' ? fromContinuation(call.args.continuation) : {},
      };
  return {
    ...asked,
    locale: 'en-US',
    timeZone: call.timeZone,
    accessToken: call.token,
    linkVia: 'signIn',
    platform: 'mcp',
    requestId,
    sessionId: `mcp-${createHash('sha256').update(call.token).digest('base64url')}`,
  };
}
