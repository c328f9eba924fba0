import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { CallToolResultSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/** An MCP client session over the SDK's own Streamable HTTP client transport, with a bearer token. */
export interface McpSession {
  readonly client: Client;
  readonly transport: StreamableHTTPClientTransport;
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** The fetch the transport sends with (a test wraps the real one to see each HTTP answer). */
  readonly fetch?: typeof fetch;
}

export async function connect(serviceUrl: string, token: string, options: ConnectOptions = {}): Promise<McpSession> {
  const transport = new StreamableHTTPClientTransport(new URL(`${serviceUrl}/mcp`), {
    requestInit: { headers: { Authorization: `Bearer ${token}` } },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const client = new Client({ name: 'voicebank-test', version: '1.0.0' });
  await client.connect(transport);
  return {
    client,
    transport,
    call: async (name, args = {}) => CallToolResultSchema.parse(await client.callTool({ name, arguments: args })),
    close: () => client.close(),
  };
}

/** The text of a tool result. */
export function textOf(result: CallToolResult): string {
  return result.content.map((part) => (part.type === 'text' ? part.text : '')).join(' ');
}

type Json = Readonly<Record<string, unknown>>;

/** The structured content, or a failed assertion's worth of nothing. */
export function factsOf(result: CallToolResult): Json {
  return result.structuredContent ?? {};
}

/** "$1,254.30" from a fact's decimal string, the way the voice answers write amounts. */
export function spoken(amount: unknown): string {
  if (typeof amount !== 'string' || !/^-?\d+\.\d{2}$/.test(amount))
    throw new Error(`not a decimal amount: ${String(amount)}`);
  const [whole = '0', cents = '00'] = amount.replace('-', '').split('.');
  return `$${Number(whole).toLocaleString('en-US')}.${cents}`;
}
