import assert from 'node:assert/strict';
import { startSandbox, type RunningSandbox } from '../../sandbox';
import { testClock } from '../support/clock';
import {
  ALEXA_REDIRECT,
  authorizeUrl,
  basicAuth,
  consentFields,
  DEV_CLIENT,
  getUrl,
  obtainCode,
  pkcePair,
  postForm,
  PUBLIC_CLIENT,
  redirectParams,
  type Answer,
} from './helpers';

const DAY_MS = 86_400_000;

describe('The sandbox authorization server refuses every bad request with its RFC 6749 error', () => {
  const clock = testClock();
  let sandbox: RunningSandbox;
  let authorize: string;
  let token: string;
  before(async () => {
    sandbox = await startSandbox({ clock });
    authorize = `${sandbox.issuer}/oauth/authorize`;
    token = `${sandbox.issuer}/oauth/token`;
  });
  after(async () => sandbox.close());

  const exchange = (
    code: string,
    verifier: string,
    more: Array<[string, string]> = [],
    headers = basicAuth(DEV_CLIENT.id, DEV_CLIENT.secret),
  ): Promise<Answer> =>
    postForm(
      token,
      [
        ['grant_type', 'authorization_code'],
        ['code', code],
        ['redirect_uri', ALEXA_REDIRECT],
        ['code_verifier', verifier],
        ...more,
      ],
      headers,
    );

  const assertError = (reply: Answer, status: number, error: string): void => {
    assert.equal(reply.status, status);
    assert.equal(reply.json.error, error);
    assert.equal(typeof reply.json.error_description, 'string');
    assert.equal(reply.headers.get('cache-control'), 'no-store');
  };

  describe('at the token endpoint', () => {
    it('answers invalid_grant to an unknown code', async () => {
      assertError(await exchange('code-not-issued', pkcePair().verifier), 400, 'invalid_grant');
    });

    it('answers invalid_grant to a reused code and revokes what the first use issued', async () => {
      const { verifier, challenge } = pkcePair();
      const code = await obtainCode(authorize, { challenge });
      const first = await exchange(code, verifier);
      assert.equal(first.status, 200);
      assertError(await exchange(code, verifier), 400, 'invalid_grant');
      const accounts = await getUrl(`${sandbox.url}/accounts`, {
        authorization: `Bearer ${String(first.json.access_token)}`,
      });
      assert.equal(accounts.status, 401);
    });

    it('answers invalid_grant to a wrong or missing code_verifier', async () => {
      const { challenge } = pkcePair();
      assertError(
        await exchange(await obtainCode(authorize, { challenge }), pkcePair().verifier),
        400,
        'invalid_grant',
      );
      const code = await obtainCode(authorize, { challenge });
      assertError(
        await postForm(
          token,
          [
            ['grant_type', 'authorization_code'],
            ['code', code],
            ['redirect_uri', ALEXA_REDIRECT],
          ],
          basicAuth(DEV_CLIENT.id, DEV_CLIENT.secret),
        ),
        400,
        'invalid_grant',
      );
    });

    it('answers invalid_grant to a redirect_uri other than the one authorized', async () => {
      const { verifier, challenge } = pkcePair();
      const code = await obtainCode(authorize, { challenge });
      const reply = await postForm(
        token,
        [
          ['grant_type', 'authorization_code'],
          ['code', code],
          ['redirect_uri', 'https://layla.amazon.com/api/skill/link/M2AAAAAAAAAAAA'],
          ['code_verifier', verifier],
        ],
        basicAuth(DEV_CLIENT.id, DEV_CLIENT.secret),
      );
      assertError(reply, 400, 'invalid_grant');
    });

    it('answers invalid_grant to a code older than ten minutes', async () => {
      const { verifier, challenge } = pkcePair();
      const code = await obtainCode(authorize, { challenge });
      clock.advance(10 * 60_000);
      assertError(await exchange(code, verifier), 400, 'invalid_grant');
    });

    it('answers invalid_client with a Basic challenge to a wrong secret, basic or post', async () => {
      const { verifier, challenge } = pkcePair();
      const basic = await exchange(
        await obtainCode(authorize, { challenge }),
        verifier,
        [],
        basicAuth(DEV_CLIENT.id, 'wrong-secret-0123456789'),
      );
      assertError(basic, 401, 'invalid_client');
      assert.match(basic.headers.get('www-authenticate') ?? '', /^Basic /);
      const post = await exchange(
        await obtainCode(authorize, { challenge }),
        verifier,
        [
          ['client_id', DEV_CLIENT.id],
          ['client_secret', 'wrong'],
        ],
        {},
      );
      assertError(post, 401, 'invalid_client');
    });

    it('answers invalid_client to an unknown client, a missing one, and a confidential client without its secret', async () => {
      assertError(await exchange('x', 'y', [], basicAuth('nobody', 'secret-secret-secret')), 401, 'invalid_client');
      assertError(await exchange('x', 'y', [], {}), 401, 'invalid_client');
      assertError(await exchange('x', 'y', [['client_id', DEV_CLIENT.id]], {}), 401, 'invalid_client');
    });

    it('answers invalid_request to two authentication methods at once', async () => {
      assertError(await exchange('x', 'y', [['client_secret', DEV_CLIENT.secret]]), 400, 'invalid_request');
    });

    it('answers unsupported_grant_type, and invalid_request to a missing grant_type, code or refresh_token', async () => {
      const auth = basicAuth(DEV_CLIENT.id, DEV_CLIENT.secret);
      assertError(
        await postForm(
          token,
          [
            ['grant_type', 'password'],
            ['username', 'a'],
            ['password', 'b'],
          ],
          auth,
        ),
        400,
        'unsupported_grant_type',
      );
      assertError(await postForm(token, [['code', 'x']], auth), 400, 'invalid_request');
      assertError(await postForm(token, [['grant_type', 'authorization_code']], auth), 400, 'invalid_request');
      assertError(await postForm(token, [['grant_type', 'refresh_token']], auth), 400, 'invalid_request');
      assertError(
        await postForm(
          token,
          [
            ['grant_type', 'refresh_token'],
            ['grant_type', 'refresh_token'],
          ],
          auth,
        ),
        400,
        'invalid_request',
      );
    });

    it('answers invalid_request to a body that is not a form', async () => {
      const reply = await fetch(token, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"grant_type":"authorization_code"}',
      });
      assert.equal(reply.status, 400);
      assert.deepEqual(Object.keys((await reply.json()) as object), ['error', 'error_description']);
    });

    it('lets a public client redeem its code with client_id and PKCE only, and refuses it a code of another client', async () => {
      const { verifier, challenge } = pkcePair();
      const code = await obtainCode(authorize, { clientId: PUBLIC_CLIENT.id, challenge });
      const mine = await exchange(code, verifier, [['client_id', PUBLIC_CLIENT.id]], {});
      assert.equal(mine.status, 200);
      const other = await obtainCode(authorize, { challenge });
      assertError(await exchange(other, verifier, [['client_id', PUBLIC_CLIENT.id]], {}), 400, 'invalid_grant');
    });

    it('ends refresh tokens with the consent', async () => {
      const { verifier, challenge } = pkcePair();
      const issued = await exchange(await obtainCode(authorize, { challenge }, { days: '90' }), verifier);
      clock.advance(90 * DAY_MS);
      const reply = await postForm(
        token,
        [
          ['grant_type', 'refresh_token'],
          ['refresh_token', String(issued.json.refresh_token)],
        ],
        basicAuth(DEV_CLIENT.id, DEV_CLIENT.secret),
      );
      assertError(reply, 400, 'invalid_grant');
    });
  });

  describe('at the authorization endpoint', () => {
    it('shows an error page, never a redirect, for an unknown client or an unregistered redirect_uri', async () => {
      const unknown = await getUrl(authorizeUrl(authorize, { clientId: 'nobody', challenge: pkcePair().challenge }));
      assert.equal(unknown.status, 400);
      assert.equal(unknown.headers.get('location'), null);
      const elsewhere = await getUrl(
        authorizeUrl(authorize, { redirectUri: 'https://evil.example/cb', challenge: pkcePair().challenge }),
      );
      assert.equal(elsewhere.status, 400);
      assert.equal(elsewhere.headers.get('location'), null);
    });

    const redirectedError = async (url: string): Promise<URLSearchParams> => {
      const reply = await getUrl(url);
      assert.equal(reply.status, 302);
      const params = redirectParams(reply);
      assert.equal(params.get('state'), 'state-123');
      assert.equal(params.get('iss'), sandbox.issuer);
      return params;
    };

    it('sends invalid_request back when a public client omits PKCE or asks for plain', async () => {
      assert.equal(
        (await redirectedError(authorizeUrl(authorize, { clientId: PUBLIC_CLIENT.id }))).get('error'),
        'invalid_request',
      );
      const plain = authorizeUrl(authorize, {
        clientId: PUBLIC_CLIENT.id,
        extra: { code_challenge: pkcePair().challenge, code_challenge_method: 'plain' },
      });
      assert.equal((await redirectedError(plain)).get('error'), 'invalid_request');
    });

    it('sends unsupported_response_type and invalid_scope back', async () => {
      const implicit = authorizeUrl(authorize, { challenge: pkcePair().challenge, extra: { response_type: 'token' } });
      assert.equal((await redirectedError(implicit)).get('error'), 'unsupported_response_type');
      const scope = authorizeUrl(authorize, {
        challenge: pkcePair().challenge,
        extra: { scope: 'fdx:moneymovement:write' },
      });
      assert.equal((await redirectedError(scope)).get('error'), 'invalid_scope');
    });

    it('sends access_denied back when the customer denies', async () => {
      const reply = await postForm(
        authorizeUrl(authorize, { challenge: pkcePair().challenge }),
        consentFields({ decision: 'deny' }),
      );
      const params = redirectParams(reply);
      assert.equal(params.get('error'), 'access_denied');
      assert.equal(params.get('code'), null);
    });

    it("refuses a consent form with none of the chosen customer's accounts, a duration out of range, or no decision", async () => {
      const url = authorizeUrl(authorize, { challenge: pkcePair().challenge });
      for (const fields of [
        { accounts: ['acc-sam-chk'] },
        { accounts: [] },
        { days: '30' },
        { days: '366' },
        { decision: 'maybe' },
        { customer: 'cust-nobody' },
      ]) {
        const reply = await postForm(url, consentFields(fields));
        assert.equal(reply.status, 400, JSON.stringify(fields));
        assert.equal(reply.headers.get('location'), null);
      }
    });

    it("shares only the chosen customer's ticked accounts when the form also ticks another customer's", async () => {
      const { verifier, challenge } = pkcePair();
      const code = await obtainCode(
        authorize,
        { challenge },
        { customer: 'cust-sam', accounts: ['acc-alex-chk', 'acc-sam-chk'] },
      );
      const issued = await exchange(code, verifier);
      const accounts = await getUrl(`${sandbox.url}/accounts`, {
        authorization: `Bearer ${String(issued.json.access_token)}`,
      });
      assert.deepEqual(
        (accounts.json.accounts as Array<Record<string, unknown>>).map((a) => a.accountId),
        ['acc-sam-chk'],
      );
    });

    it('lets a confidential client go without PKCE, with client_secret_post', async () => {
      const code = redirectParams(await postForm(authorizeUrl(authorize, {}), consentFields())).get('code');
      const reply = await postForm(token, [
        ['grant_type', 'authorization_code'],
        ['code', code ?? ''],
        ['redirect_uri', ALEXA_REDIRECT],
        ['client_id', DEV_CLIENT.id],
        ['client_secret', DEV_CLIENT.secret],
      ]);
      assert.equal(reply.status, 200);
    });
  });
});
