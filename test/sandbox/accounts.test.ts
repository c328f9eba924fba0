import assert from 'node:assert/strict';
import { startSandbox } from '../../sandbox';
import {
  allPages,
  body,
  get,
  TODAY,
  useSandbox,
  type AccountDetails,
  type AccountsPage,
  type ErrorBody,
  sandboxClock,
} from './helpers';

describe('sandbox accounts', () => {
  const sandbox = useSandbox();

  it("lists Alex's three accounts as v6 flat items with masked numbers and no next page", async () => {
    const reply = await get(sandbox.url, '/accounts', { token: 'demo-alex' });
    assert.equal(reply.status, 200);
    assert.match(String(reply.headers['content-type']), /^application\/json/);
    const page = body<AccountsPage>(reply);
    assert.deepEqual(page.page, { totalElements: 3 });
    assert.deepEqual(page.links, {});
    assert.deepEqual(
      page.accounts.map((a) => [
        a.accountId,
        a.accountCategory,
        a.accountType,
        a.accountNumberDisplay,
        a.nickname ?? a.productName,
      ]),
      [
        ['acc-alex-chk', 'DEPOSIT_ACCOUNT', 'CHECKING', '...4821', 'Everyday'],
        ['acc-alex-sav', 'DEPOSIT_ACCOUNT', 'SAVINGS', '...7710', 'Rainy Day'],
        ['acc-alex-card', 'LOC_ACCOUNT', 'CREDITCARD', '...9034', 'Rewards Card'],
      ],
    );
    assert.ok(page.accounts.every((a) => a.status === 'OPEN' && a.currency.currencyCode === 'USD'));
  });

  it("serves the card's balance, credit and a statement due after today", async () => {
    const card = body<AccountDetails>(await get(sandbox.url, '/accounts/acc-alex-card', { token: 'demo-alex' }));
    assert.equal(card.accountType, 'CREDITCARD');
    assert.equal(card.currentBalance, 1246.83);
    assert.equal(card.creditLine, 8000);
    assert.ok(card.availableCredit !== undefined && card.availableCredit < 8000 - 1246.83);
    const bill = card.bills?.[0];
    assert.ok(bill);
    assert.deepEqual([bill.statementBalance, bill.minimumPaymentDue], [982.4, 35]);
    assert.ok(bill.dueDate > TODAY, `due ${bill.dueDate}`);
  });

  it('answers 404 with FDX code 701 for an account the customer does not hold', async () => {
    for (const path of ['/accounts/acc-kim-sav', '/accounts/nope/transactions']) {
      const reply = await get(sandbox.url, path, { token: 'demo-alex' });
      assert.equal(reply.status, 404);
      assert.deepEqual(body<ErrorBody>(reply), { code: '701', message: 'Account not found' });
    }
  });

  it("pages Kim's seven accounts three at a time by following links.next", async () => {
    const pages = await allPages<AccountsPage>(sandbox.url, '/accounts', 'demo-kim');
    assert.deepEqual(
      pages.map((p) => p.accounts.length),
      [3, 3, 1],
    );
    assert.ok(pages.every((p) => p.page.totalElements === 7));
    assert.equal(pages[2]?.links.next, undefined);
    const ids = pages.flatMap((p) => p.accounts.map((a) => a.accountId));
    assert.equal(new Set(ids).size, 7);
  });

  it("pages Kim's accounts by sending back page.nextPageKey", async () => {
    const ids: string[] = [];
    let key: string | undefined;
    let requests = 0;
    do {
      const path = key === undefined ? '/accounts' : `/accounts?pageKey=${encodeURIComponent(key)}`;
      const page = body<AccountsPage>(await get(sandbox.url, path, { token: 'demo-kim' }));
      ids.push(...page.accounts.map((a) => a.accountId));
      key = page.page.nextPageKey;
      requests += 1;
    } while (key !== undefined && requests < 10);
    assert.equal(requests, 3);
    assert.deepEqual(ids, [
      'acc-kim-chk-household',
      'acc-kim-chk-personal',
      'acc-kim-sav',
      'acc-kim-card-travel',
      'acc-kim-card-cash',
      'acc-kim-mortgage',
      'acc-kim-heloc',
    ]);
  });

  it('accepts offset and limit, and refuses a malformed page key or limit with 400', async () => {
    const page = body<AccountsPage>(await get(sandbox.url, '/accounts?offset=5&limit=10', { token: 'demo-kim' }));
    assert.deepEqual(
      page.accounts.map((a) => a.accountId),
      ['acc-kim-mortgage', 'acc-kim-heloc'],
    );
    for (const query of ['pageKey=garbage', 'limit=0', 'offset=-1', 'limit=ten']) {
      assert.equal((await get(sandbox.url, `/accounts?${query}`, { token: 'demo-kim' })).status, 400, query);
    }
  });

  it("serves Kim's mortgage and line of credit with their own balance fields", async () => {
    const loan = body<AccountDetails>(await get(sandbox.url, '/accounts/acc-kim-mortgage', { token: 'demo-kim' }));
    assert.equal(loan.accountCategory, 'LOAN_ACCOUNT');
    assert.equal(loan.principalBalance, 312450.88);
    assert.equal(loan.nextPaymentAmount, 2145.67);
    assert.equal(loan.nextPaymentDate, '2025-04-01');
    const loc = body<AccountDetails>(await get(sandbox.url, '/accounts/acc-kim-heloc', { token: 'demo-kim' }));
    assert.deepEqual([loc.accountCategory, loc.accountType], ['LOC_ACCOUNT', 'LINEOFCREDIT']);
    assert.equal(loc.bills, undefined);
    assert.ok(loc.lastStmtBalance !== undefined && loc.minimumPaymentAmount !== undefined);
    assert.ok(loc.nextPaymentDate !== undefined && loc.nextPaymentDate > TODAY);
  });

  it('shows Sam overdrawn, with less available than posted', async () => {
    const checking = body<AccountDetails>(await get(sandbox.url, '/accounts/acc-sam-chk', { token: 'demo-sam' }));
    assert.equal(checking.currentBalance, -42.17);
    assert.ok(checking.availableBalance !== undefined && checking.availableBalance < checking.currentBalance);
  });

  it('serves the current customer', async () => {
    const reply = await get(sandbox.url, '/customers/current', { token: 'demo-kim' });
    assert.deepEqual(body(reply), { customerId: 'cust-kim', name: { first: 'Kim', last: 'Nguyen' } });
  });

  it('sends amounts as numbers with at most two decimals', async () => {
    for (const [token, id] of [
      ['demo-alex', 'acc-alex-card'],
      ['demo-alex', 'acc-alex-chk'],
      ['demo-sam', 'acc-sam-chk'],
    ] as const) {
      const texts = [
        (await get(sandbox.url, `/accounts/${id}`, { token })).text,
        (await get(sandbox.url, `/accounts/${id}/transactions?limit=500`, { token })).text,
      ];
      const numbers = texts.flatMap((t) => [
        ...t.matchAll(/"(?:amount|\w+Balance|\w+Credit|creditLine|\w+Due)":(-?[0-9.eE+]+)/g),
      ]);
      assert.ok(numbers.length > 10);
      for (const [, value] of numbers) assert.match(value ?? '', /^-?\d+(\.\d{1,2})?$/);
    }
  });

  it('gives byte-identical answers from another sandbox with the same clock', async () => {
    const other = await startSandbox({ clock: sandboxClock(), port: 0 });
    try {
      for (const path of [
        '/accounts?pageKey=b2Zmc2V0OjM',
        '/accounts/acc-kim-card-cash',
        '/accounts/acc-kim-chk-personal/transactions',
      ]) {
        const [a, b] = await Promise.all([
          get(sandbox.url, path, { token: 'demo-kim' }),
          get(other.url, path, { token: 'demo-kim' }),
        ]);
        assert.equal(a.status, 200);
        assert.equal(a.text, b.text);
      }
    } finally {
      await other.close();
    }
  });
});
