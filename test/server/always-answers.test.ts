import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BankClient } from '../../shared/bank/types';
import { loadConfig } from '../../shared/config';
import { silentLogger } from '../../shared/log/logger';
import { createApp } from '../../skills/app';
import { startDevService as startService } from '../../dev/server';
import { alexaEnvelope } from '../support/alexa-requests';
import { postJson } from '../support/service';
import { testClock } from '../support/clock';

/** A bank client with a bug in it: what an unexpected exception deep in a handler looks like. */
const brokenBank: BankClient = {
  listAccounts: () => Promise.reject(new TypeError('Cannot read properties of undefined (reading demo-alex 4821)')),
  getAccount: () => Promise.reject(new TypeError('boom')),
  listTransactions: () => Promise.reject(new TypeError('boom')),
  getCustomerId: () => Promise.reject(new TypeError('boom')),
};

describe('the service always answers', () => {
  it('turns an unexpected exception into a spoken apology, not a 500 and not the error text', async () => {
    const app = createApp({
      config: loadConfig({ VERIFY_REQUESTS: 'false' }),
      logger: silentLogger(),
      bank: brokenBank,
      clock: testClock(),
    });
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const { port } = server.address() as AddressInfo;
      const { status, text } = await postJson(
        `http://127.0.0.1:${port}/alexa`,
        alexaEnvelope({ intent: 'getBalance', token: 'demo-alex' }),
      );
      assert.equal(status, 200);
      assert.match(text, /Sorry, something went wrong/);
      assert.doesNotMatch(text, /TypeError|Cannot read|4821/);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('finishes a request in flight when asked to stop, then closes', async () => {
    const service = await startService(loadConfig({ VERIFY_REQUESTS: 'false', PORT: '0' }), silentLogger());
    const inFlight = postJson(
      `${service.url}/alexa`,
      alexaEnvelope({ intent: 'getBalance', slots: { account: 'checking' }, token: 'fault-slow-300' }),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = service.close();
    const { status, text } = await inFlight;
    await closed;
    assert.equal(status, 200);
    assert.match(text, /Everyday checking/);
    await assert.rejects(fetch(`${service.url}/healthz`));
  });
});
