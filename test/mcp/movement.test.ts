import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { openSqliteAudit } from '../../shared/audit/sqlite-audit';
import type { AuditLog } from '../../shared/audit';
import { loadConfig } from '../../shared/config';
import { tokensFromSandbox } from '../oauth/helpers';
import { testClock } from '../support/clock';
import { startTestService, type TestService } from '../support/service';
import { MOVEMENT_ENV } from '../movement/scenarios';
import { connect, factsOf, textOf, type McpSession } from './client';
import { countingBank, prepared, throughPin, transfersAtBank, type BankCounts } from './movement-support';

const MOVEMENT_TOOLS = [
  'prepare_transfer',
  'prepare_card_payment',
  'prepare_loan_payment',
  'confirm_transfer',
  'transfer_status',
];
const CHK = 'Everyday checking ending in 4821';
const SAV = 'Rainy Day savings ending in 7710';
const nothing = /No money was moved|no money was moved/;
/** The first movement of a customer sets the PIN, and its confirmation follows the "set" words. */
const PIN_SET = '(?:Your voice PIN is set\\. )?';
/** A call the SDK refuses: an error result (unknown tool, arguments that fail the schema) or a protocol error. */
async function refused(call: Promise<CallToolResult>): Promise<boolean> {
  try {
    const result = await call;
    return result.isError === true && !/Done|To confirm/.test(textOf(result));
  } catch (error) {
    return error instanceof Error;
  }
}
const today = () => testClock().now().setZone(loadConfig({}).defaultTimeZone);

describe('money movement over MCP, through the SDK client over Streamable HTTP', function () {
  this.timeout(60_000);
  const folder = mkdtempSync(join(tmpdir(), 'voicebank-mcp-movement-'));
  const open: { service: TestService; audit: AuditLog; sessions: McpSession[] }[] = [];
  let counts: BankCounts;

  /** A fresh service, sandbox, store and audit: every customer starts with no PIN and no transfers. */
  async function start(
    env: Record<string, string> = MOVEMENT_ENV,
    options: { clock?: ReturnType<typeof testClock>; losePosts?: number } = {},
  ) {
    counts = { posts: 0, reads: 0 };
    const audit = openSqliteAudit(join(folder, `${randomUUID()}.sqlite`));
    const service = await startTestService({
      env,
      audit,
      transfers: countingBank(counts, { losePosts: options.losePosts ?? 0 }),
      ...(options.clock ? { clock: options.clock } : {}),
    });
    const sessions: McpSession[] = [];
    open.push({ service, audit, sessions });
    const client = async (token: string): Promise<McpSession> => {
      const session = await connect(service.url, token);
      sessions.push(session);
      return session;
    };
    return { service, audit, client };
  }

  afterEach(async () => {
    for (const { service, audit, sessions } of open.splice(0)) {
      await Promise.all(sessions.map((s) => s.close()));
      await service.close();
      await audit.close();
    }
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('lists no movement tool when MONEY_MOVEMENT is off, and refuses a call to one', async () => {
    const { client } = await start({});
    const mcp = await client('demo-alex');
    const names = (await mcp.client.listTools()).tools.map((tool) => tool.name);
    assert.ok(names.includes('get_balance'));
    for (const name of MOVEMENT_TOOLS) assert.ok(!names.includes(name), name);
    assert.ok(
      await refused(mcp.call('prepare_transfer', { amount: '200', from_account: 'checking', to_account: 'savings' })),
    );
    assert.equal(counts.posts, 0);
  });

  it('lists the movement tools when on, none of them read-only, confirm and status marked destructive and idempotent', async () => {
    const { client } = await start();
    const tools = new Map(
      (await (await client('demo-alex')).client.listTools()).tools.map((tool) => [tool.name, tool]),
    );
    for (const name of MOVEMENT_TOOLS) {
      const annotations = tools.get(name)?.annotations;
      assert.equal(annotations?.readOnlyHint, false, name);
      const moves = name === 'confirm_transfer' || name === 'transfer_status';
      assert.equal(annotations?.destructiveHint, moves, name);
      assert.equal(annotations?.idempotentHint, moves, name);
    }
    assert.equal(tools.get('get_balance')?.annotations?.readOnlyHint, true);
  });

  it('happy path: PIN through verify_pin, a confirmation with amount, both accounts and the date, one POST on "confirm"', async () => {
    const { service, audit, client } = await start();
    const mcp = await client('demo-alex');
    const asked = await mcp.call('prepare_transfer', {
      amount: '200',
      from_account: 'checking',
      to_account: 'savings',
    });
    assert.equal(factsOf(asked).kind, 'pinRequired');
    assert.doesNotMatch(textOf(asked), /\$200|4821/);
    const { result, handle } = await prepared(mcp, 'prepare_transfer', {
      amount: '200',
      from_account: 'checking',
      to_account: 'savings',
    });
    const day = today();
    assert.match(
      textOf(result),
      new RegExp(
        `^${PIN_SET}To confirm: move \\$200\\.00 from ${CHK} to ${SAV}, today, ${day.setLocale('en-US').toFormat('LLLL d')}\\. Should I go ahead\\?`,
      ),
    );
    assert.deepEqual(
      { ...factsOf(result), handle: undefined },
      {
        kind: 'movementProposed',
        amount: { amount: '200.00', currency: 'USD' },
        handle: undefined,
        date: day.toISODate(),
        from: { name: 'Everyday checking', type: 'CHECKING', lastFour: '4821', currency: 'USD' },
        to: { name: 'Rainy Day savings', type: 'SAVINGS', lastFour: '7710', currency: 'USD' },
      },
    );
    assert.equal(counts.posts, 0, 'preparing sends nothing');
    const done = await mcp.call('confirm_transfer', { handle, decision: 'confirm' });
    assert.match(
      textOf(done),
      new RegExp(`^Done: \\$200\\.00 from ${CHK} to ${SAV}\\. Your bank's reference ends in \\d{4}\\.`),
    );
    assert.equal(factsOf(done).kind, 'movementResult');
    assert.equal(factsOf(done).outcome, 'moved');
    assert.equal(factsOf(done).moved, true);
    assert.match(String(factsOf(done).referenceLastFour), /^\d{4}$/);
    assert.equal(counts.posts, 1);
    assert.equal((await transfersAtBank(service.bankUrl, 'demo-alex')).length, 1);
    // A repeated confirm (a client retry) hears the recorded answer and sends nothing.
    assert.match(textOf(await mcp.call('confirm_transfer', { handle, decision: 'confirm' })), /^Done: \$200\.00/);
    assert.match(textOf(await mcp.call('transfer_status')), /^Done: \$200\.00/);
    assert.equal(counts.posts, 1);
    assert.deepEqual(
      (await audit.linesFor(handle)).map((line) => line.outcome),
      ['moved'],
    );
  });

  it('without the PIN nothing is prepared and nothing is posted, whatever PIN_POLICY says', async () => {
    const { service, client } = await start({ ...MOVEMENT_ENV, PIN_POLICY: 'off' });
    const mcp = await client('demo-alex');
    for (const [tool, args] of [
      ['prepare_transfer', { amount: '200', to_account: 'savings' }],
      ['prepare_card_payment', { pay: 'minimum' }],
      ['prepare_loan_payment', {}],
    ] as const) {
      const asked = await mcp.call(tool, args);
      assert.equal(factsOf(asked).kind, 'pinRequired', tool);
      assert.equal(factsOf(asked).handle, undefined);
    }
    // Once a PIN is set, another session (another token) is asked again, and a wrong PIN prepares nothing.
    const { handle } = await prepared(mcp, 'prepare_transfer', { amount: '20', to_account: 'savings' });
    await mcp.call('confirm_transfer', { handle, decision: 'cancel' });
    const { accessToken } = await tokensFromSandbox(service.sandbox.metadataUrl, {
      customer: 'cust-alex',
      accounts: ['acc-alex-chk', 'acc-alex-sav'],
    });
    const other = await client(accessToken);
    const asked = await other.call('prepare_transfer', { amount: '200', to_account: 'savings' });
    assert.equal(factsOf(asked).stage, 'verify', 'another token is another session: the PIN is asked again');
    const wrong = await other.call('verify_pin', { pin: '9173', continuation: String(factsOf(asked).continuation) });
    assert.match(textOf(wrong), /That PIN isn't right/);
    assert.equal(factsOf(wrong).handle, undefined);
    assert.equal(counts.posts, 0);
  });

  it('a handle confirmed from another session (another token of the same customer) is refused, and nothing moves', async () => {
    const { service, client } = await start();
    const mcp = await client('demo-alex');
    const { handle } = await prepared(mcp, 'prepare_transfer', { amount: '200', to_account: 'savings' });
    const { accessToken } = await tokensFromSandbox(service.sandbox.metadataUrl, {
      customer: 'cust-alex',
      accounts: ['acc-alex-chk', 'acc-alex-sav'],
    });
    const other = await client(accessToken);
    const refused = await other.call('confirm_transfer', { handle, decision: 'confirm' });
    assert.match(textOf(refused), /I need your voice PIN first\. No money was moved/);
    assert.equal(factsOf(refused).moved, false);
    // The handle is spent: the session that prepared it cannot confirm it now either.
    assert.match(textOf(await mcp.call('confirm_transfer', { handle, decision: 'confirm' })), nothing);
    assert.equal(counts.posts, 0);
    assert.equal((await transfersAtBank(service.bankUrl, 'demo-alex')).length, 0);
  });

  it("confirm_transfer without a handle, with a malformed or unknown one, or with another customer's, moves nothing", async () => {
    const { client } = await start();
    const alex = await client('demo-alex');
    const { handle } = await prepared(alex, 'prepare_transfer', { amount: '200', to_account: 'savings' });
    assert.ok(
      await refused(alex.call('confirm_transfer', { decision: 'confirm' })),
      'a missing handle fails the schema',
    );
    assert.ok(
      await refused(alex.call('confirm_transfer', { handle: 'anything', decision: 'confirm' })),
      'a malformed handle fails the schema',
    );
    const unknown = await alex.call('confirm_transfer', { handle: `vb-${randomUUID()}`, decision: 'confirm' });
    assert.match(textOf(unknown), /There's no transfer waiting for your yes\. No money was moved/);
    const lee = await client('demo-lee');
    await throughPin(lee, await lee.call('prepare_transfer', { amount: '20', to_account: 'car loan' }));
    assert.match(
      textOf(await lee.call('confirm_transfer', { handle, decision: 'confirm' })),
      /There's no transfer waiting/,
    );
    assert.equal(counts.posts, 0);
    // Alex's own handle is still good.
    assert.match(textOf(await alex.call('confirm_transfer', { handle, decision: 'confirm' })), /^Done: \$200\.00/);
    assert.equal(counts.posts, 1);
  });

  it('a handle confirmed after the confirmation window has expired: cancelled, nothing moved', async () => {
    const clock = testClock();
    const { audit, client } = await start(MOVEMENT_ENV, { clock });
    const mcp = await client('demo-alex');
    const { handle } = await prepared(mcp, 'prepare_transfer', { amount: '200', to_account: 'savings' });
    clock.advance(5 * 60_000 + 1000);
    const late = await mcp.call('confirm_transfer', { handle, decision: 'confirm' });
    assert.match(textOf(late), /waited too long for a yes, so I've cancelled it\. No money was moved/);
    assert.equal(factsOf(late).outcome, 'expired');
    assert.equal(counts.posts, 0);
    assert.deepEqual(
      (await audit.linesFor(handle)).map((line) => line.outcome),
      ['expired'],
    );
  });

  it('anything but "confirm" cancels: nothing moved, and the handle cannot be confirmed afterwards', async () => {
    const { service, client } = await start();
    const mcp = await client('demo-alex');
    for (const decision of ['cancel', 'yes please', 'CONFIRM?']) {
      const { handle } = await prepared(mcp, 'prepare_transfer', { amount: '200', to_account: 'savings' });
      const declined = await mcp.call('confirm_transfer', { handle, decision });
      assert.match(textOf(declined), /^Okay, I've cancelled that\. No money was moved\./, decision);
      assert.equal(factsOf(declined).outcome, 'cancelled');
      assert.match(textOf(await mcp.call('confirm_transfer', { handle, decision: 'confirm' })), nothing);
    }
    assert.equal(counts.posts, 0);
    assert.equal((await transfersAtBank(service.bankUrl, 'demo-alex')).length, 0);
    assert.match(textOf(await mcp.call('transfer_status')), nothing);
  });

  it('insufficient funds (NOFUNDS) is explained and nothing is moved', async () => {
    const { client } = await start();
    const mcp = await client('demo-lee');
    const { result, handle } = await prepared(mcp, 'prepare_transfer', { amount: '500', to_account: 'car loan' });
    assert.match(
      textOf(result),
      new RegExp(
        `^${PIN_SET}To confirm: move \\$500\\.00 from Basic Checking ending in 6120 to Car loan ending in 3391`,
      ),
    );
    const declined = await mcp.call('confirm_transfer', { handle, decision: 'confirm' });
    assert.match(
      textOf(declined),
      /Your bank declined it: there isn't enough money in Basic Checking ending in 6120\. No money was moved\./,
    );
    assert.equal(factsOf(declined).outcome, 'noFunds');
    assert.equal(factsOf(declined).moved, false);
    assert.equal(counts.posts, 1);
  });

  it('over TRANSFER_MAX no handle is given; over TRANSFER_DAILY_MAX the second one says what is left', async () => {
    const { client } = await start();
    const mcp = await client('demo-alex');
    const tooMuch = await throughPin(
      mcp,
      await mcp.call('prepare_transfer', { amount: '3000', to_account: 'savings' }),
    );
    assert.match(
      textOf(tooMuch),
      /That's more than the \$2,500\.00 I can move in one go by voice\. No money was moved\./,
    );
    assert.equal(factsOf(tooMuch).handle, undefined);
    const { handle } = await prepared(mcp, 'prepare_transfer', { amount: '2000', to_account: 'savings' });
    assert.match(textOf(await mcp.call('confirm_transfer', { handle, decision: 'confirm' })), /^Done: \$2,000\.00/);
    const over = await mcp.call('prepare_transfer', { amount: '1500.50', to_account: 'savings' });
    assert.match(
      textOf(over),
      /over today's voice limit of \$3,000\.00; you can still move \$1,000\.00 today\. No money was moved\./,
    );
    assert.equal(factsOf(over).handle, undefined);
    assert.equal(counts.posts, 1);
  });

  it('card and loan payments: the minimum on the card, the next loan payment, each confirmed once', async () => {
    const { client } = await start();
    const alex = await client('demo-alex');
    const choice = await throughPin(alex, await alex.call('prepare_card_payment', {}));
    assert.match(textOf(choice), /statement balance is \$982\.40 and the minimum payment is \$35\.00/);
    const card = await prepared(alex, 'prepare_card_payment', { pay: 'minimum' });
    assert.match(
      textOf(card.result),
      new RegExp(`^${PIN_SET}To confirm: move \\$35\\.00 from ${CHK} to Rewards Card ending in 9034`),
    );
    assert.match(
      textOf(await alex.call('confirm_transfer', { handle: card.handle, decision: 'confirm' })),
      /^Done: \$35\.00/,
    );
    const lee = await client('demo-lee');
    const loan = await prepared(lee, 'prepare_loan_payment', {});
    assert.match(
      textOf(loan.result),
      new RegExp(
        `^${PIN_SET}To confirm: move \\$389\\.00 from Basic Checking ending in 6120 to Car loan ending in 3391`,
      ),
    );
    assert.match(
      textOf(await lee.call('confirm_transfer', { handle: loan.handle, decision: 'confirm' })),
      /^Done: \$389\.00/,
    );
    assert.equal(counts.posts, 2);
  });

  it('a POST lost on the way to the bank: transfer_status reads back, finds nothing, and sends the same order once', async () => {
    const { service, audit, client } = await start(MOVEMENT_ENV, { losePosts: 1 });
    const mcp = await client('demo-alex');
    const { handle } = await prepared(mcp, 'prepare_transfer', { amount: '200', to_account: 'savings' });
    const lost = await mcp.call('confirm_transfer', { handle, decision: 'confirm' });
    assert.match(textOf(lost), /hasn't confirmed the transfer yet, and I won't send it twice/);
    assert.equal(factsOf(lost).moved, undefined, 'unknown is neither moved nor not moved');
    assert.equal(counts.posts, 0);
    const status = await mcp.call('transfer_status');
    assert.match(textOf(status), new RegExp(`^Done: \\$200\\.00 from ${CHK} to ${SAV}`));
    assert.equal(counts.posts, 1);
    assert.equal((await transfersAtBank(service.bankUrl, 'demo-alex')).length, 1);
    assert.match(textOf(await mcp.call('transfer_status')), /^Done: \$200\.00/);
    assert.equal(counts.posts, 1);
    assert.deepEqual(
      (await audit.linesFor(handle)).map((line) => line.outcome),
      ['unknown', 'moved'],
    );
  });
});
