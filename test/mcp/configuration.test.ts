import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BankClient } from '../../shared/bank/types';
import { ConfigError, loadConfig } from '../../shared/config';
import { silentLogger } from '../../shared/log/logger';
import { toDecimalString } from '../../shared/money/money';
import { createApp, type AppParts } from '../../skills/app';
import { startDevService as startService } from '../../dev/server';
import { testClock } from '../support/clock';
import { TEST_SKILL_ID } from '../support/alexa-requests';

/** The app never reaches the bank in these tests: metadata and refusals need none. */
const noBank: BankClient = {
  listAccounts: () => Promise.reject(new Error('no bank in this test')),
  getAccount: () => Promise.reject(new Error('no bank in this test')),
  listTransactions: () => Promise.reject(new Error('no bank in this test')),
  getCustomerId: () => Promise.reject(new Error('no bank in this test')),
};

async function withApp(
  env: Record<string, string>,
  extra: Partial<AppParts>,
  check: (url: string) => Promise<void>,
): Promise<void> {
  const app = createApp({
    config: loadConfig({ VERIFY_REQUESTS: 'false', ...env }),
    logger: silentLogger(),
    bank: noBank,
    clock: testClock(),
    ...extra,
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  try {
    await check(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

describe('MCP configuration: the authorization server and the resource id', () => {
  it('reads BANK_AUTH_ISSUER and MCP_RESOURCE_URL as URLs, https in production', () => {
    const config = loadConfig({
      BANK_AUTH_ISSUER: 'https://auth.bank.example/',
      MCP_RESOURCE_URL: 'https://voice.bank.example/mcp',
    });
    assert.equal(config.bankAuthIssuer, 'https://auth.bank.example');
    assert.equal(config.mcpResourceUrl, 'https://voice.bank.example/mcp');
    assert.equal(loadConfig({}).bankAuthIssuer, undefined);
    assert.throws(
      () => loadConfig({ BANK_AUTH_ISSUER: 'not a url' }),
      (error: Error) => error instanceof ConfigError && /BANK_AUTH_ISSUER/.test(error.message),
    );
    const production = {
      NODE_ENV: 'production',
      BANK_API_URL: 'https://fdx.partnerbank.com/fdx/v6',
      ALEXA_SKILL_ID: TEST_SKILL_ID,
      DIALOGFLOW_SECRET: 'a-long-enough-secret',
    };
    assert.throws(
      () => loadConfig({ ...production, BANK_AUTH_ISSUER: 'http://auth.partnerbank.com' }),
      /BANK_AUTH_ISSUER must use https in production/,
    );
    assert.doesNotThrow(() => loadConfig(production));
  });

  it('names BANK_AUTH_ISSUER and the configured resource in the RFC 9728 metadata, and in the challenge', async () => {
    const env = {
      BANK_API_URL: 'https://bank.example/fdx',
      BANK_AUTH_ISSUER: 'https://auth.bank.example',
      MCP_RESOURCE_URL: 'https://voice.bank.example/mcp',
    };
    await withApp(env, {}, async (url) => {
      const metadata = await (await fetch(`${url}/.well-known/oauth-protected-resource/mcp`)).json();
      assert.deepEqual(metadata, {
        resource: 'https://voice.bank.example/mcp',
        authorization_servers: ['https://auth.bank.example'],
        bearer_methods_supported: ['header'],
        resource_name: 'voicebank',
      });
      const refused = await fetch(`${url}/mcp`, { method: 'POST' });
      assert.equal(refused.status, 401);
      assert.equal(
        refused.headers.get('www-authenticate'),
        'Bearer resource_metadata="https://voice.bank.example/.well-known/oauth-protected-resource/mcp"',
      );
    });
  });

  it("prefers BANK_AUTH_ISSUER to the embedded sandbox's server", async () => {
    await withApp(
      { BANK_AUTH_ISSUER: 'https://auth.bank.example' },
      { authIssuer: 'http://127.0.0.1:4000' },
      async (url) => {
        const metadata = (await (await fetch(`${url}/.well-known/oauth-protected-resource`)).json()) as {
          authorization_servers: string[];
        };
        assert.deepEqual(metadata.authorization_servers, ['https://auth.bank.example']);
      },
    );
  });

  it('started with the embedded sandbox, names the sandbox as the authorization server', async () => {
    const service = await startService(loadConfig({ VERIFY_REQUESTS: 'false', PORT: '0' }), silentLogger(), {
      clock: testClock(),
      drain: { graceMs: 0 },
    });
    try {
      const metadata = (await (await fetch(`${service.url}/.well-known/oauth-protected-resource/mcp`)).json()) as {
        authorization_servers: string[];
      };
      assert.deepEqual(metadata.authorization_servers, [service.bankUrl]);
    } finally {
      await service.close();
    }
  });

  it('serves no /mcp at all when no authorization server is known', async () => {
    await withApp({ BANK_API_URL: 'https://bank.example/fdx' }, {}, async (url) => {
      assert.equal((await fetch(`${url}/mcp`, { method: 'POST', headers: { authorization: 'Bearer x' } })).status, 404);
      assert.equal((await fetch(`${url}/.well-known/oauth-protected-resource`)).status, 404);
    });
  });

  it('writes amounts for data channels as exact decimal strings from minor units', () => {
    assert.equal(toDecimalString({ minor: 125430, currency: 'USD' }), '1254.30');
    assert.equal(toDecimalString({ minor: -5, currency: 'USD' }), '-0.05');
    assert.equal(toDecimalString({ minor: 0, currency: 'EUR' }), '0.00');
    assert.equal(toDecimalString({ minor: 1200, currency: 'JPY' }), '1200');
    assert.equal(toDecimalString({ minor: 1234, currency: 'KWD' }), '1.234');
  });
});
