import assert from 'node:assert/strict';
import { LATEST_PROTOCOL_VERSION } from '@modelcontextprotocol/sdk/types.js';
import { alexa, type Ask } from '../contract/platforms';
import { testClock } from '../support/clock';
import { startTestService, type TestService } from '../support/service';
import { connect, factsOf, spoken, textOf, type McpSession } from './client';

const ZONE = 'America/New_York';

/** Every `{ amount, currency }` anywhere in a tool's structured content, as the voice writes it. */
function amountsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => amountsIn(item, found));
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.amount === 'string' && typeof record.currency === 'string') found.push(spoken(record.amount));
    else Object.values(record).forEach((item) => amountsIn(item, found));
  }
  return found;
}

const dollarsIn = (text: string): string[] => text.match(/\$[\d,]+\.\d{2}/g) ?? [];

describe('the MCP adapter, through the SDK client over Streamable HTTP against the sandbox', function () {
  this.timeout(30_000);
  let service: TestService;
  let mcp: McpSession;
  const now = testClock().now().setZone(ZONE);
  const lastMonth = now.minus({ months: 1 });

  before(async () => {
    service = await startTestService();
    mcp = await connect(service.url, 'demo-alex');
  });
  after(async () => {
    await mcp.close();
    await service.close();
  });

  it('initializes on protocol 2025-11-25 as the voicebank server, without a session id', () => {
    assert.equal(LATEST_PROTOCOL_VERSION, '2025-11-25');
    assert.equal(mcp.transport.protocolVersion, '2025-11-25');
    assert.equal(mcp.client.getServerVersion()?.name, 'voicebank');
    assert.equal(mcp.transport.sessionId, undefined);
  });

  it('lists every question of the core as a tool with an object schema, a description and read-only hints', async () => {
    const { tools } = await mcp.client.listTools();
    assert.deepEqual(tools.map((tool) => tool.name).sort(), [
      'card_details',
      'get_balance',
      'interest_earned',
      'last_transaction',
      'list_accounts',
      'pending_transactions',
      'recent_transactions',
      'spending',
      'transactions_in_period',
      'verify_pin',
    ]);
    for (const tool of tools) {
      assert.equal(tool.inputSchema.type, 'object', tool.name);
      assert.ok((tool.description ?? '').length > 20 && (tool.description ?? '').length < 200, tool.name);
      assert.equal(tool.annotations?.readOnlyHint, tool.name !== 'verify_pin', tool.name);
      assert.equal(tool.annotations.destructiveHint, false, tool.name);
    }
    const spending = tools.find((tool) => tool.name === 'spending');
    assert.deepEqual(Object.keys(spending?.inputSchema.properties ?? {}).sort(), [
      'account',
      'category',
      'from',
      'last_four',
      'merchant',
      'period',
      'to',
    ]);
  });

  const cases: readonly { tool: string; args: Record<string, unknown>; voice: () => Ask; kind: string }[] = [
    { tool: 'list_accounts', args: {}, voice: () => ({ intent: 'listAccounts' }), kind: 'accounts' },
    {
      tool: 'get_balance',
      args: { account: 'checking' },
      voice: () => ({ intent: 'getBalance', account: 'checking' }),
      kind: 'balances',
    },
    {
      tool: 'get_balance',
      args: { last_four: '9034' },
      voice: () => ({ intent: 'getBalance', lastFour: '9034' }),
      kind: 'balances',
    },
    {
      tool: 'recent_transactions',
      args: { count: 5 },
      voice: () => ({ intent: 'recentTransactions', count: 5 }),
      kind: 'transactions',
    },
    {
      tool: 'transactions_in_period',
      args: { period: 'last_week' },
      voice: () => ({ intent: 'transactionsInPeriod', date: now.minus({ weeks: 1 }).toFormat("kkkk-'W'WW") }),
      kind: 'transactions',
    },
    {
      tool: 'spending',
      args: { merchant: 'starbucks', period: 'last_month' },
      voice: () => ({ intent: 'spending', merchant: 'starbucks', date: lastMonth.toFormat('yyyy-MM') }),
      kind: 'spending',
    },
    {
      tool: 'spending',
      args: {
        category: 'groceries',
        from: lastMonth.startOf('month').toISODate(),
        to: lastMonth.endOf('month').toISODate(),
      },
      voice: () => ({ intent: 'spending', category: 'groceries', date: lastMonth.toFormat('yyyy-MM') }),
      kind: 'spending',
    },
    { tool: 'pending_transactions', args: {}, voice: () => ({ intent: 'pendingTransactions' }), kind: 'pending' },
    { tool: 'card_details', args: {}, voice: () => ({ intent: 'cardDetails' }), kind: 'card' },
    {
      tool: 'last_transaction',
      args: { merchant: 'netflix' },
      voice: () => ({ intent: 'lastTransactionWith', merchant: 'netflix' }),
      kind: 'lastTransaction',
    },
    { tool: 'last_transaction', args: {}, voice: () => ({ intent: 'lastTransactionWith' }), kind: 'lastTransaction' },
    { tool: 'interest_earned', args: {}, voice: () => ({ intent: 'interestEarned' }), kind: 'interest' },
    {
      tool: 'interest_earned',
      args: { period: 'last_month' },
      voice: () => ({ intent: 'interestEarned', date: lastMonth.toFormat('yyyy-MM') }),
      kind: 'interest',
    },
  ];

  for (const { tool, args, voice, kind } of cases) {
    it(`${tool} ${JSON.stringify(args)} says what Alexa says, with the same amounts in its facts`, async () => {
      const result = await mcp.call(tool, args);
      const heard = await alexa.start(service.url, 'demo-alex').say(voice());
      assert.equal(result.isError, undefined);
      assert.equal(textOf(result), heard.text);
      assert.doesNotMatch(textOf(result), /<|&amp;/);
      const facts = factsOf(result);
      assert.equal(facts.kind, kind);
      const amounts = amountsIn(facts);
      for (const said of dollarsIn(heard.text))
        assert.ok(amounts.includes(said), `${said} is in the facts: ${amounts.join(', ')}`);
      if (kind !== 'accounts') assert.ok(amounts.length > 0, 'the facts carry amounts');
    });
  }

  it('asks which one when a name fits two accounts, listing them by name and last four digits', async () => {
    const kim = await connect(service.url, 'demo-kim');
    try {
      const result = await kim.call('get_balance', { account: 'checking' });
      assert.equal(result.isError, undefined);
      const facts = factsOf(result);
      assert.equal(facts.kind, 'chooseAccount');
      assert.deepEqual((facts.accounts as { lastFour: string }[]).map((account) => account.lastFour).sort(), [
        '2231',
        '5567',
      ]);
      const chosen = await kim.call('get_balance', { account: 'checking', last_four: '5567' });
      assert.equal(factsOf(chosen).kind, 'balances');
    } finally {
      await kim.close();
    }
  });

  it('gives facts with decimal amounts, ISO dates and only the last four digits', async () => {
    const result = await mcp.call('transactions_in_period', {
      from: now.minus({ days: 20 }).toISODate(),
      to: now.toISODate(),
    });
    const facts = factsOf(result);
    assert.deepEqual(facts.account, { name: 'Everyday checking', type: 'CHECKING', lastFour: '4821', currency: 'USD' });
    assert.deepEqual(facts.period, { start: now.minus({ days: 20 }).toISODate(), end: now.toISODate() });
    const items = facts.transactions as { date: string; amount: { amount: string; currency: string } }[];
    assert.equal(items.length, facts.count);
    for (const item of items) {
      assert.match(item.date, /^\d{4}-\d{2}-\d{2}$/);
      assert.match(item.amount.amount, /^-?\d+\.\d{2}$/);
    }
    const json = JSON.stringify(result.structuredContent);
    assert.doesNotMatch(json, /\d{5,}|demo-alex|acc-/);
  });
});
