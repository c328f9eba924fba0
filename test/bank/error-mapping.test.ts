import assert from 'node:assert/strict';
import nock from 'nock';
import type { BankErrorKind } from '../../shared/bank';
import { dayRange, JSON_HEADERS, makeClient, ORIGIN, PREFIX, rejectsWithKind, TOKEN } from './helpers';

const ACCOUNT = `${PREFIX}/accounts/acc-1`;
const BANK_MESSAGE = 'Account 1234567890 for John Smith balance 9999.99';

function fdxBody(code: string | number): string {
  return JSON.stringify({ code, message: BANK_MESSAGE, debugMessage: `token ${TOKEN}` });
}

describe('bank error mapping', () => {
  const byStatus: Array<[number, BankErrorKind]> = [
    [400, 'badRequest'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [409, 'accountClosed'],
    [429, 'unavailable'],
    [500, 'unavailable'],
    [503, 'unavailable'],
    [418, 'badRequest'],
    [302, 'invalidResponse'],
  ];
  for (const [status, kind] of byStatus) {
    it(`maps HTTP ${status} to '${kind}' and keeps the bank's message out of the error`, async () => {
      const scope = nock(ORIGIN).get(ACCOUNT).reply(status, fdxBody(500), JSON_HEADERS);
      const error = await rejectsWithKind(makeClient({ maxRetries: 0 }).getAccount(TOKEN, 'acc-1'), kind);
      scope.done();
      assert.equal(error.details.status, status);
      assert.equal(error.details.fdxCode, '500');
      for (const secret of ['John', '1234567890', '9999', TOKEN, 'acc-1'])
        assert.ok(!error.message.includes(secret), secret);
    });
  }

  const byCode: Array<[string | number, BankErrorKind]> = [
    [701, 'notFound'],
    ['703', 'badRequest'],
    ['705', 'accountClosed'],
    [706, 'forbidden'],
  ];
  for (const [code, kind] of byCode) {
    it(`maps FDX code ${JSON.stringify(code)} to '${kind}' when the status does not decide`, async () => {
      const scope = nock(ORIGIN).get(ACCOUNT).reply(422, fdxBody(code), JSON_HEADERS);
      const error = await rejectsWithKind(makeClient().getAccount(TOKEN, 'acc-1'), kind);
      scope.done();
      assert.equal(error.details.fdxCode, String(code));
    });
  }

  it('lets the HTTP status win over a contradicting FDX code', async () => {
    const scope = nock(ORIGIN).get(ACCOUNT).reply(404, fdxBody(705), JSON_HEADERS);
    await rejectsWithKind(makeClient().getAccount(TOKEN, 'acc-1'), 'notFound');
    scope.done();
  });

  it('maps 401 with a WWW-Authenticate invalid_token challenge to unauthorized', async () => {
    const scope = nock(ORIGIN).get(ACCOUNT).reply(401, '', { 'www-authenticate': 'Bearer error="invalid_token"' });
    const error = await rejectsWithKind(makeClient().getAccount(TOKEN, 'acc-1'), 'unauthorized');
    scope.done();
    assert.equal(error.details.fdxCode, undefined);
  });

  it('ignores an FDX code that is not a short token', async () => {
    const scope = nock(ORIGIN).get(ACCOUNT).reply(403, fdxBody('code with spaces and a name John Smith'), JSON_HEADERS);
    const error = await rejectsWithKind(makeClient().getAccount(TOKEN, 'acc-1'), 'forbidden');
    scope.done();
    assert.equal(error.details.fdxCode, undefined);
  });

  it('records the interaction id the bank echoed', async () => {
    const scope = nock(ORIGIN).get(ACCOUNT).reply(404, fdxBody(701), { 'x-fapi-interaction-id': 'echo-123' });
    const error = await rejectsWithKind(makeClient().getAccount(TOKEN, 'acc-1'), 'notFound');
    scope.done();
    assert.equal(error.details.interactionId, 'echo-123');
  });

  it('maps a 200 with broken JSON to invalidResponse', async () => {
    const scope = nock(ORIGIN).get(ACCOUNT).reply(200, '{"accountId": "acc-1", ', JSON_HEADERS);
    const error = await rejectsWithKind(makeClient().getAccount(TOKEN, 'acc-1'), 'invalidResponse');
    scope.done();
    assert.equal(error.details.status, 200);
  });

  it('maps a 200 with an empty body to invalidResponse', async () => {
    const scope = nock(ORIGIN).get(ACCOUNT).reply(200, '');
    await rejectsWithKind(makeClient().getAccount(TOKEN, 'acc-1'), 'invalidResponse');
    scope.done();
  });

  it('maps a 204 to invalidResponse, since only 200 and 206 carry data', async () => {
    const scope = nock(ORIGIN).get(ACCOUNT).reply(204);
    await rejectsWithKind(makeClient().getAccount(TOKEN, 'acc-1'), 'invalidResponse');
    scope.done();
  });

  it('maps an error status with a non-JSON body by status alone', async () => {
    const scope = nock(ORIGIN).get(ACCOUNT).reply(409, '<html>closed</html>');
    const error = await rejectsWithKind(makeClient().getAccount(TOKEN, 'acc-1'), 'accountClosed');
    scope.done();
    assert.equal(error.details.fdxCode, undefined);
  });

  it('gives an error message that names the endpoint template, not the account id', async () => {
    const scope = nock(ORIGIN).get(`${PREFIX}/accounts/secret-id-77/transactions`).query(true).reply(400, fdxBody(703));
    const error = await rejectsWithKind(
      makeClient().listTransactions(TOKEN, 'secret-id-77', dayRange('2026-03-01', '2026-03-31')),
      'badRequest',
    );
    scope.done();
    assert.match(error.message, /\/accounts\/\{id\}\/transactions/);
    assert.ok(!error.message.includes('secret-id-77'));
  });
});
