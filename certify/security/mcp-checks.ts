import type { RunContext } from '../context';
import { clip } from '../mask';
import { fail, notApplicable, pass } from '../runner';
import { startInProcess } from '../service/in-process';
import { behaviourEnv } from '../skill';
import type { CheckSpec, Outcome } from '../types';

/** What the MCP endpoint said to a request without a token, and what its metadata says. */
interface McpAnswers {
  readonly status: number;
  readonly challenge: string;
  readonly metadataUrl?: string;
  readonly metadata?: Record<string, unknown>;
}

const RESOURCE_METADATA = /\bresource_metadata="([^"]+)"/;

async function askWithoutToken(url: string): Promise<McpAnswers> {
  const answer = await fetch(`${url}/mcp`, {
    method: 'POST',
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    signal: AbortSignal.timeout(10_000),
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
  });
  await answer.text();
  const challenge = answer.headers.get('www-authenticate') ?? '';
  const metadataUrl = RESOURCE_METADATA.exec(challenge)?.[1];
  if (metadataUrl === undefined) return { status: answer.status, challenge };
  const metadata: unknown = await (await fetch(metadataUrl, { signal: AbortSignal.timeout(10_000) })).json();
  const record = typeof metadata === 'object' && metadata !== null ? Object.fromEntries(Object.entries(metadata)) : {};
  return { status: answer.status, challenge, metadataUrl, metadata: record };
}

/**
 * MCP (Alexa+, Gemini) as a protected resource: 401 with a pointer to its RFC 9728 metadata, which
 * names the bank's authorization server. Runs a service with BANK_AUTH_ISSUER set to the sandbox's
 * issuer (or the deployment's BANK_AUTH_ISSUER for a real bank).
 */
export async function mcpChecks(ctx: RunContext): Promise<CheckSpec[]> {
  const issuer = ctx.sandbox ? ctx.bankUrl : ctx.settings.env.BANK_AUTH_ISSUER;
  const spec = (name: string, run: (a: McpAnswers) => Outcome, answers?: McpAnswers): CheckSpec => ({
    name,
    area: 'security',
    level: 'required',
    run: async () =>
      answers === undefined
        ? notApplicable('no authorization server is known for this bank (set BANK_AUTH_ISSUER)')
        : run(answers),
  });
  let answers: McpAnswers | undefined;
  if (issuer) {
    const service = await startInProcess({
      env: { ...behaviourEnv(ctx.settings), BANK_AUTH_ISSUER: issuer },
      logger: ctx.capture.logger,
      bank: ctx.client,
      clock: ctx.settings.clock,
    });
    try {
      answers = await askWithoutToken(service.url);
    } finally {
      await service.close();
    }
  }
  return [
    spec(
      'an MCP request without a token gets 401 pointing at the protected-resource metadata',
      (a) => {
        const evidence = {
          request: 'POST /mcp tools/list, no Authorization header',
          response: `HTTP ${a.status}, WWW-Authenticate: ${clip(a.challenge, 200)}`,
        };
        return a.status === 401 && /^Bearer\b/.test(a.challenge) && a.metadataUrl !== undefined
          ? pass('HTTP 401 with a Bearer challenge and resource_metadata', evidence)
          : fail(`expected 401 with resource_metadata, got ${a.status}`, evidence);
      },
      answers,
    ),
    spec(
      "the MCP protected-resource metadata names the bank's authorization server",
      (a) => {
        const servers = a.metadata?.authorization_servers;
        const evidence = {
          request: 'GET the resource_metadata URL',
          response: clip(JSON.stringify(a.metadata ?? {}), 400),
        };
        return Array.isArray(servers) && servers.includes(issuer)
          ? pass('authorization_servers names the issuer', evidence)
          : fail('the metadata does not name the authorization server', evidence);
      },
      answers,
    ),
  ];
}
