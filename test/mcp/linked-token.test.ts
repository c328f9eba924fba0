import assert from 'node:assert/strict';
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ACCESS_TOKEN_SECONDS } from '../../sandbox';
import { loadConfig } from '../../shared/config';
import { testClock } from '../support/clock';
import { startTestService, type TestService } from '../support/service';
import { tokensFromSandbox } from '../oauth/helpers';
import { connect, factsOf, textOf, type McpSession } from './client';

/** Alex Rivera's accounts at the sandbox bank (the customer behind the demo token `demo-alex`). */
const ALEX = { customer: 'cust-alex', accounts: ['acc-alex-chk', 'acc-alex-sav', 'acc-alex-card'] } as const;

const lastFours = (result: Awaited<ReturnType<McpSession['call']>>): string[] =>
  ((factsOf(result).accounts ?? []) as { lastFour: string }[]).map((account) => account.lastFour).sort();

describe('the MCP adapter with a token from the sandbox authorization server, through the SDK client over HTTP', function () {
  this.timeout(30_000);
  // Standing still, so the demo and the linked answers are given at the very same instant.
  const clock = testClock({ ticking: false });
  let service: TestService;
  let demo: McpSession;
  const sessions: McpSession[] = [];

  const linked = async (accounts: readonly string[]): Promise<McpSession> => {
    const { accessToken } = await tokensFromSandbox(service.sandbox.metadataUrl, { customer: ALEX.customer, accounts });
    const session = await connect(service.url, accessToken);
    sessions.push(session);
    return session;
  };

  before(async () => {
    service = await startTestService({ clock });
    demo = await connect(service.url, 'demo-alex');
  });
  after(async () => {
    for (const session of sessions) await session.close();
    await demo.close();
    await service.close();
  });

  for (const [tool, args, kind] of [
    ['list_accounts', {}, 'accounts'],
    ['get_balance', { account: 'checking' }, 'balances'],
    ['get_balance', { last_four: '9034' }, 'balances'],
  ] as const) {
    it(`${tool} ${JSON.stringify(args)} with a token for all of Alex's accounts answers exactly as with the demo token`, async () => {
      const mcp = await linked(ALEX.accounts);
      const withToken = await mcp.call(tool, args);
      const withDemo = await demo.call(tool, args);
      assert.equal(withToken.isError, undefined, textOf(withToken));
      assert.equal(factsOf(withToken).kind, kind);
      assert.deepEqual(withToken.structuredContent, withDemo.structuredContent);
      assert.equal(textOf(withToken), textOf(withDemo));
    });
  }

  it("lists all three of Alex's accounts with a token for all of them, the same three as the demo token", async () => {
    const mcp = await linked(ALEX.accounts);
    assert.deepEqual(lastFours(await mcp.call('list_accounts')), ['4821', '7710', '9034']);
    assert.deepEqual(lastFours(await demo.call('list_accounts')), ['4821', '7710', '9034']);
  });

  it('shows only the checking account when the customer consented to share only that one', async () => {
    const mcp = await linked(['acc-alex-chk']);
    const list = await mcp.call('list_accounts');
    assert.equal(factsOf(list).kind, 'accounts');
    assert.deepEqual(lastFours(list), ['4821']);
    assert.doesNotMatch(textOf(list), /7710|9034|savings|card/i);

    const checking = await mcp.call('get_balance', { account: 'checking' });
    assert.deepEqual(
      checking.structuredContent,
      (await demo.call('get_balance', { account: 'checking' })).structuredContent,
    );

    for (const args of [{ last_four: '9034' }, { account: 'savings' }]) {
      const hidden = await mcp.call('get_balance', args);
      assert.notEqual(factsOf(hidden).kind, 'balances', JSON.stringify(args));
      assert.doesNotMatch(JSON.stringify(hidden), /"7710"|"9034"/, JSON.stringify(args));
      assert.equal(
        factsOf(await demo.call('get_balance', args)).kind,
        'balances',
        `the demo token sees ${JSON.stringify(args)}`,
      );
    }
  });
});

describe('the MCP adapter when the sandbox access token expires', function () {
  this.timeout(30_000);
  const clock = testClock({ ticking: false });
  let service: TestService;
  let mcp: McpSession | undefined;
  const answers: Response[] = [];
  /** The real fetch, keeping each answer so the test can read the status and headers the SDK got. */
  const watching: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    answers.push(response);
    return response;
  };

  before(async () => {
    service = await startTestService({ clock });
  });
  after(async () => {
    await mcp?.close();
    await service.close();
  });

  it('answers the tool call with 401 and the resource-metadata pointer once 15 minutes have passed', async () => {
    const { accessToken, expiresIn } = await tokensFromSandbox(service.sandbox.metadataUrl, {
      customer: ALEX.customer,
      accounts: ALEX.accounts,
    });
    assert.equal(expiresIn, ACCESS_TOKEN_SECONDS);
    assert.equal(ACCESS_TOKEN_SECONDS, 15 * 60);
    mcp = await connect(service.url, accessToken, { fetch: watching });
    const session = mcp;

    clock.advance(ACCESS_TOKEN_SECONDS * 1000 - 1);
    const justInTime = await session.call('get_balance', { account: 'checking' });
    assert.equal(factsOf(justInTime).kind, 'balances', 'a millisecond before expiry the token still works');
    assert.equal(answers.at(-1)?.status, 200);

    clock.advance(1);
    await assert.rejects(session.call('get_balance', { account: 'checking' }), (error: unknown) => {
      assert.ok(error instanceof StreamableHTTPError, String(error));
      assert.equal(error.code, 401);
      return true;
    });
    const refused = answers.at(-1);
    assert.equal(refused?.status, 401);
    assert.equal(
      refused.headers.get('www-authenticate'),
      `Bearer error="invalid_token", resource_metadata="${service.url}/.well-known/oauth-protected-resource/mcp"`,
    );

    const metadata = await fetch(`${service.url}/.well-known/oauth-protected-resource/mcp`);
    assert.deepEqual(((await metadata.json()) as { authorization_servers: string[] }).authorization_servers, [
      service.sandbox.issuer,
    ]);

    // The core reuses a token's account list for ACCOUNT_CACHE_SECONDS (shared/bank/account-list-cache.ts),
    // so list_accounts, which needs nothing else, is refused once that window has passed as well.
    clock.advance(loadConfig({}).accountCacheSeconds * 1000);
    await assert.rejects(
      session.call('list_accounts'),
      (error: unknown) => error instanceof StreamableHTTPError && error.code === 401,
    );
    assert.equal(answers.at(-1)?.status, 401);
    assert.match(
      answers.at(-1)?.headers.get('www-authenticate') ?? '',
      /resource_metadata="[^"]+\/\.well-known\/oauth-protected-resource\/mcp"$/,
    );
  });

  it('keeps answering the demo token after the same 15 minutes, so the 401 is the expiry and not the service', async () => {
    const demo = await connect(service.url, 'demo-alex');
    try {
      clock.advance(ACCESS_TOKEN_SECONDS * 1000);
      assert.equal(factsOf(await demo.call('get_balance', { account: 'checking' })).kind, 'balances');
    } finally {
      await demo.close();
    }
  });
});
