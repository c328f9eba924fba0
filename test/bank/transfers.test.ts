import assert from 'node:assert/strict';
import nock from 'nock';
import type { TransferOrder } from '../../shared/bank';
import { BASE_URL, JSON_HEADERS, ORIGIN, PREFIX, TOKEN, makeClient, rejectsWithKind } from './helpers';

const ORDER: TransferOrder = {
  transferId: 'vb-t-1',
  idempotencyKey: 'key-1',
  fromAccountId: 'acc-chk',
  toAccountId: 'acc-sav',
  amount: { minor: 20_050, currency: 'USD' },
  memo: 'Voice transfer',
};
const TRANSFER = {
  transferId: 'vb-t-1',
  fromAccountId: 'acc-chk',
  toAccountId: 'acc-sav',
  amount: 200.5,
  referenceId: '0004417731',
  status: 'PROCESSED',
  transferDate: '2026-06-17',
};

describe('bank client: Money Movement transfers', () => {
  it('POSTs the TransferForCreate body with the idempotency key and reads the Transfer answer', async () => {
    const scope = nock(ORIGIN, {
      reqheaders: { 'idempotency-key': 'key-1', authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    })
      .post(`${PREFIX}/transfers`, {
        transferId: 'vb-t-1',
        fromAccountId: 'acc-chk',
        toAccountId: 'acc-sav',
        amount: 200.5,
        memo: 'Voice transfer',
      })
      .reply(200, TRANSFER, JSON_HEADERS);
    const receipt = await makeClient().createTransfer(TOKEN, ORDER);
    assert.deepEqual(receipt, {
      transferId: 'vb-t-1',
      status: 'PROCESSED',
      amount: { minor: 20_050, currency: 'USD' },
      referenceId: '0004417731',
      transferDate: '2026-06-17',
    });
    scope.done();
  });

  it('maps FDX 910 to insufficientFunds, 908 to duplicateTransfer, 705 to accountClosed and 911 to limitExceeded, without a retry', async () => {
    const cases = [
      [400, 910, 'insufficientFunds'],
      [422, 908, 'duplicateTransfer'],
      [409, 705, 'accountClosed'],
      [422, 911, 'limitExceeded'],
    ] as const;
    for (const [status, code, kind] of cases) {
      const scope = nock(BASE_URL).post('/transfers').once().reply(status, { code, message: 'x' }, JSON_HEADERS);
      await rejectsWithKind(makeClient().createTransfer(TOKEN, ORDER), kind);
      scope.done();
    }
  });

  it('never sends the POST twice: after a timeout it reads the transfer back and returns what the bank has', async () => {
    const scope = nock(BASE_URL)
      .post('/transfers')
      .once()
      .delay(1_000)
      .reply(200, TRANSFER, JSON_HEADERS)
      .get('/transfers/vb-t-1')
      .once()
      .reply(200, TRANSFER, JSON_HEADERS);
    const receipt = await makeClient({ timeoutMs: 900 }).createTransfer(TOKEN, ORDER);
    assert.equal(receipt.referenceId, '0004417731');
    scope.done();
  });

  it('says the outcome is unknown (timeout) when the read-back finds nothing after a lost answer', async () => {
    const scope = nock(BASE_URL)
      .post('/transfers')
      .once()
      .replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      .get('/transfers/vb-t-1')
      .once()
      .reply(404, { code: 950, message: 'Transfer not found' }, JSON_HEADERS);
    await rejectsWithKind(makeClient({ timeoutMs: 900 }).createTransfer(TOKEN, ORDER), 'timeout');
    scope.done();
  });

  it('says nothing moved (unavailable) when the bank answered 500 and has no such transfer', async () => {
    const scope = nock(BASE_URL)
      .post('/transfers')
      .once()
      .reply(500, { code: 500, message: 'x' }, JSON_HEADERS)
      .get('/transfers/vb-t-1')
      .once()
      .reply(404, { code: 950, message: 'Transfer not found' }, JSON_HEADERS);
    await rejectsWithKind(makeClient({ timeoutMs: 900 }).createTransfer(TOKEN, ORDER), 'unavailable');
    scope.done();
  });

  it('reads a transfer back, and undefined for one the bank does not have', async () => {
    const scope = nock(BASE_URL)
      .get('/transfers/vb-t-1')
      .reply(200, TRANSFER, JSON_HEADERS)
      .get('/transfers/other')
      .reply(404, { code: 950, message: 'Transfer not found' }, JSON_HEADERS);
    const client = makeClient();
    assert.equal((await client.getTransfer(TOKEN, 'vb-t-1'))?.status, 'PROCESSED');
    assert.equal(await client.getTransfer(TOKEN, 'other'), undefined);
    scope.done();
  });

  it('refuses a Transfer body with an unknown status as invalid', async () => {
    const scope = nock(BASE_URL)
      .get('/transfers/vb-t-1')
      .once()
      .reply(200, { ...TRANSFER, status: 'DONE' }, JSON_HEADERS);
    await rejectsWithKind(makeClient().getTransfer(TOKEN, 'vb-t-1'), 'invalidResponse');
    scope.done();
  });
});
