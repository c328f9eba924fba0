import assert from 'node:assert/strict';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { startSandbox, type RunningSandbox } from '../../sandbox';
import { DEMO_TOKENS } from '../../sandbox/tokens';
import { accountDetails, accountsPage } from './fdx-schemas/accounts';
import { customer, fdxError, type Schema } from './fdx-schemas/common';
import { transactionsPage } from './fdx-schemas/transactions';
import { body, get, sandboxClock, TODAY, type Reply } from './helpers';

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const compile = (schema: Schema): ValidateFunction => ajv.compile(schema);
const VALIDATE = {
  accounts: compile(accountsPage),
  details: compile(accountDetails),
  transactions: compile(transactionsPage),
  customer: compile(customer),
  error: compile(fdxError),
};

/** Every violation of one answer, as readable lines. */
function violations(name: string, validate: ValidateFunction, reply: Reply): string[] {
  if (validate(body(reply))) return [];
  return (validate.errors ?? []).map(
    (e) => `${name}: ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}

interface Listed {
  readonly accounts: readonly { readonly accountId: string }[];
  readonly links?: { readonly next?: { readonly href: string } };
}

/** Follows `links.next` from `first` and returns every page's reply. */
async function allPages(base: string, first: string, token: string): Promise<Reply[]> {
  const replies: Reply[] = [];
  for (let next: string | undefined = first; next !== undefined; ) {
    const reply = await get(base, next, { token });
    assert.equal(reply.status, 200, next);
    replies.push(reply);
    next = body<{ links?: { next?: { href: string } } }>(reply).links?.next?.href;
  }
  return replies;
}

describe('every sandbox route and error validates against the FDX 6.4 schemas written here', () => {
  let sandbox: RunningSandbox;
  before(async () => {
    sandbox = await startSandbox({ port: 0, clock: sandboxClock() });
  });
  after(async () => sandbox.close());

  for (const token of Object.keys(DEMO_TOKENS)) {
    it(`${token}: accounts, every account's details and every page of its transactions, and the customer`, async () => {
      const found: string[] = [];
      const accountPages = await allPages(sandbox.url, '/accounts', token);
      for (const page of accountPages) found.push(...violations('/accounts', VALIDATE.accounts, page));
      const ids = accountPages.flatMap((page) => body<Listed>(page).accounts.map((a) => a.accountId));
      assert.ok(ids.length > 0);
      for (const id of ids) {
        const details = await get(sandbox.url, `/accounts/${id}`, { token });
        found.push(...violations(`/accounts/${id}`, VALIDATE.details, details));
        const from = '2024-12-01';
        for (const page of await allPages(
          sandbox.url,
          `/accounts/${id}/transactions?startTime=${from}&endTime=${TODAY}`,
          token,
        )) {
          found.push(...violations(`/accounts/${id}/transactions`, VALIDATE.transactions, page));
        }
      }
      found.push(
        ...violations('/customers/current', VALIDATE.customer, await get(sandbox.url, '/customers/current', { token })),
      );
      assert.deepEqual(found, []);
    });
  }

  const ERRORS: ReadonlyArray<readonly [string, string, string | undefined, number, string]> = [
    ['no token', '/accounts', undefined, 401, '602'],
    ['an expired token', '/accounts', 'fault-expired', 401, '602'],
    ['an unknown account', '/accounts/nope', 'demo-alex', 404, '701'],
    ['an unknown route', '/nowhere', 'demo-alex', 404, '404'],
    [
      'a malformed date',
      '/accounts/acc-alex-chk/transactions?startTime=2025-02-30&endTime=2025-03-01',
      'demo-alex',
      400,
      '702',
    ],
    [
      'a reversed range',
      '/accounts/acc-alex-chk/transactions?startTime=2025-03-10&endTime=2025-03-01',
      'demo-alex',
      400,
      '703',
    ],
    ['a bad page key', '/accounts?pageKey=%%%', 'demo-alex', 400, '400'],
    ['a bank failure', '/accounts', 'fault-500', 500, '500'],
    ['too many requests', '/accounts', 'fault-429', 429, '429'],
    ['an unknown transfer', '/transfers/nope', 'demo-alex', 404, '950'],
    ['a malformed transfer search date', '/transfers?searchStartTransferDate=2025-3-1', 'demo-alex', 400, '702'],
    [
      'a reversed transfer search range',
      '/transfers?searchStartTransferDate=2025-03-10&searchEndTransferDate=2025-03-01',
      'demo-alex',
      400,
      '703',
    ],
  ];
  for (const [what, path, token, status, code] of ERRORS) {
    it(`answers ${what} with an FDX Error (HTTP ${status}, code "${code}")`, async () => {
      const reply = await get(sandbox.url, path, token === undefined ? {} : { token });
      assert.equal(reply.status, status);
      assert.deepEqual(violations(what, VALIDATE.error, reply), []);
      assert.equal(body<{ code: string }>(reply).code, code);
    });
  }

  it('refuses a field FDX does not define (the schemas can fail)', () => {
    const item = {
      accountCategory: 'DEPOSIT_ACCOUNT',
      transactionId: 't',
      transactionTimestamp: '2025-03-01T10:00:00-05:00',
      description: 'x',
      debitCreditMemo: 'DEBIT',
      status: 'POSTED',
      amount: 1,
      merchantCategoryCode: 5411,
    };
    assert.equal(VALIDATE.transactions({ transactions: [item] }), false);
    assert.equal(VALIDATE.error({ code: 701, message: 'Account not found' }), false);
  });
});
