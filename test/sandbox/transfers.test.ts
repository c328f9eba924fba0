import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { TODAY, useSandbox } from './helpers';

interface Answer {
  readonly status: number;
  readonly json: Record<string, unknown>;
}

async function call(
  base: string,
  method: string,
  path: string,
  token: string,
  body?: unknown,
  key?: string,
): Promise<Answer> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  if (key !== undefined) headers['idempotency-key'] = key;
  const response = await fetch(new URL(path, base), {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const transfer = (amount: number, from = 'acc-alex-chk', to = 'acc-alex-sav') => ({
  transferId: `t-${randomUUID()}`,
  fromAccountId: from,
  toAccountId: to,
  amount,
  memo: 'test',
});

async function balances(base: string, token: string, id: string): Promise<Record<string, unknown>> {
  return (await call(base, 'GET', `/accounts/${id}`, token)).json;
}

describe('sandbox Money Movement: POST /transfers, GET /transfers/{id}, GET /transfers', () => {
  const sandbox = useSandbox();

  it('moves money once: both balances change, both sides get a posted item, and the transfer reads back', async () => {
    const before = [
      await balances(sandbox.url, 'demo-alex', 'acc-alex-chk'),
      await balances(sandbox.url, 'demo-alex', 'acc-alex-sav'),
    ];
    const body = transfer(200.5);
    const created = await call(sandbox.url, 'POST', '/transfers', 'demo-alex', body, randomUUID());
    assert.equal(created.status, 200);
    assert.equal(created.json.status, 'PROCESSED');
    assert.equal(created.json.transferDate, TODAY);
    assert.match(String(created.json.referenceId), /^\d{10}$/);
    const after = [
      await balances(sandbox.url, 'demo-alex', 'acc-alex-chk'),
      await balances(sandbox.url, 'demo-alex', 'acc-alex-sav'),
    ];
    assert.equal(
      Math.round(Number(after[0]?.availableBalance) * 100),
      Math.round(Number(before[0]?.availableBalance) * 100) - 20_050,
    );
    assert.equal(
      Math.round(Number(after[1]?.currentBalance) * 100),
      Math.round(Number(before[1]?.currentBalance) * 100) + 20_050,
    );
    const items = await call(
      sandbox.url,
      'GET',
      `/accounts/acc-alex-sav/transactions?startTime=${TODAY}&endTime=${TODAY}`,
      'demo-alex',
    );
    const credited = (items.json.transactions as Array<Record<string, unknown>>).find((t) => t.amount === 200.5);
    assert.equal(credited?.debitCreditMemo, 'CREDIT');
    const read = await call(sandbox.url, 'GET', `/transfers/${body.transferId}`, 'demo-alex');
    assert.deepEqual(read.json, created.json);
    const search = await call(sandbox.url, 'GET', `/transfers?searchTransferIds=${body.transferId}`, 'demo-alex');
    assert.deepEqual(search.json.transfers, [created.json]);
  });

  it('answers the same key and body with the same result and moves nothing more', async () => {
    const key = randomUUID();
    const body = transfer(10);
    const first = await call(sandbox.url, 'POST', '/transfers', 'demo-alex', body, key);
    const middle = await balances(sandbox.url, 'demo-alex', 'acc-alex-chk');
    const second = await call(sandbox.url, 'POST', '/transfers', 'demo-alex', { ...body }, key);
    assert.deepEqual(second, first);
    assert.deepEqual(await balances(sandbox.url, 'demo-alex', 'acc-alex-chk'), middle);
  });

  it('refuses the same key with a different body (422, FDX 908) and a reused transferId (409, 908)', async () => {
    const key = randomUUID();
    const body = transfer(10);
    await call(sandbox.url, 'POST', '/transfers', 'demo-alex', body, key);
    const changed = await call(sandbox.url, 'POST', '/transfers', 'demo-alex', { ...body, amount: 11 }, key);
    assert.deepEqual([changed.status, changed.json.code], [422, '908']);
    const reused = await call(sandbox.url, 'POST', '/transfers', 'demo-alex', body, randomUUID());
    assert.deepEqual([reused.status, reused.json.code], [409, '908']);
  });

  it('requires the idempotency-key header', async () => {
    const missing = await call(sandbox.url, 'POST', '/transfers', 'demo-alex', transfer(1));
    assert.equal(missing.status, 400);
  });

  it('refuses insufficient funds with a 400 FDX 910 and moves nothing', async () => {
    const before = await balances(sandbox.url, 'demo-lee', 'acc-lee-chk');
    const refused = await call(
      sandbox.url,
      'POST',
      '/transfers',
      'demo-lee',
      transfer(500, 'acc-lee-chk', 'acc-lee-auto'),
      randomUUID(),
    );
    assert.deepEqual([refused.status, refused.json.code], [400, '910']);
    assert.deepEqual(await balances(sandbox.url, 'demo-lee', 'acc-lee-chk'), before);
  });

  it('refuses a closed account (409, 705), an unknown account (404, 901/904), a bad amount (404, 907) and the limit (422, 911)', async () => {
    const post = (body: unknown) => call(sandbox.url, 'POST', '/transfers', 'demo-lee', body, randomUUID());
    const codes = async (body: unknown): Promise<unknown[]> => {
      const answer = await post(body);
      return [answer.status, answer.json.code];
    };
    assert.deepEqual(await codes(transfer(5, 'acc-lee-chk', 'acc-lee-oldsav')), [409, '705']);
    assert.deepEqual(await codes(transfer(5, 'acc-alex-chk', 'acc-lee-auto')), [404, '901']);
    assert.deepEqual(await codes(transfer(5, 'acc-lee-chk', 'acc-alex-sav')), [404, '904']);
    assert.deepEqual(await codes(transfer(-5, 'acc-lee-chk', 'acc-lee-auto')), [404, '907']);
    assert.deepEqual(await codes(transfer(1.005, 'acc-lee-chk', 'acc-lee-auto')), [404, '907']);
    assert.deepEqual(await codes(transfer(20_000, 'acc-alex-sav', 'acc-alex-chk')), [404, '901']);
    const overLimit = await call(
      sandbox.url,
      'POST',
      '/transfers',
      'demo-alex',
      transfer(10_000.01, 'acc-alex-sav', 'acc-alex-chk'),
      randomUUID(),
    );
    assert.deepEqual([overLimit.status, overLimit.json.code], [422, '911']);
  });

  it('pays a loan: the principal goes down by the payment', async () => {
    const before = await balances(sandbox.url, 'demo-lee', 'acc-lee-auto');
    const paid = await call(
      sandbox.url,
      'POST',
      '/transfers',
      'demo-lee',
      transfer(389, 'acc-lee-chk', 'acc-lee-auto'),
      randomUUID(),
    );
    assert.equal(paid.status, 200);
    const after = await balances(sandbox.url, 'demo-lee', 'acc-lee-auto');
    assert.equal(
      Math.round(Number(after.principalBalance) * 100),
      Math.round(Number(before.principalBalance) * 100) - 38_900,
    );
  });

  it('answers GET /transfers/{id} for an unknown id with 404 FDX 950', async () => {
    const missing = await call(sandbox.url, 'GET', '/transfers/nope', 'demo-alex');
    assert.deepEqual([missing.status, missing.json.code], [404, '950']);
  });

  it('fault-transfer-500 fails the POST and moves nothing; fault-transfer-slow carries it out and answers late', async () => {
    const failed = transfer(3);
    const refused = await call(sandbox.url, 'POST', '/transfers', 'fault-transfer-500', failed, randomUUID());
    assert.equal(refused.status, 500);
    assert.equal((await call(sandbox.url, 'GET', `/transfers/${failed.transferId}`, 'demo-alex')).status, 404);
    const slow = transfer(4);
    const controller = new AbortController();
    const late = fetch(new URL('/transfers', sandbox.url), {
      method: 'POST',
      signal: controller.signal,
      body: JSON.stringify(slow),
      headers: {
        authorization: 'Bearer fault-transfer-slow-5000',
        'content-type': 'application/json',
        'idempotency-key': randomUUID(),
      },
    }).catch(() => 'gave up');
    let found = await call(sandbox.url, 'GET', `/transfers/${slow.transferId}`, 'demo-alex');
    while (found.status === 404) found = await call(sandbox.url, 'GET', `/transfers/${slow.transferId}`, 'demo-alex');
    assert.equal(found.json.status, 'PROCESSED');
    controller.abort();
    assert.equal(await late, 'gave up');
  });
});
