import assert from 'node:assert/strict';
import { ACCESS_TOKEN_SECONDS } from '../../sandbox';
import { testClock } from '../support/clock';
import { alexaEnvelope } from '../support/alexa-requests';
import { postJson, startTestService, type TestService } from '../support/service';
import { ALEXA_REDIRECT, basicAuth, DEV_CLIENT, getUrl, obtainCode, pkcePair, postForm, type Answer } from './helpers';

type Json = Record<string, unknown>;

function speechOf(body: unknown): string {
  const response = (body as Json).response as Json | undefined;
  return String((response?.outputSpeech as Json | undefined)?.ssml ?? '');
}

function dollars(amount: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);
}

function fdx(base: string, path: string, token: string): Promise<Answer> {
  return getUrl(`${base}${path}`, { authorization: `Bearer ${token}` });
}

describe('Linking a sandbox customer through the authorization server, end to end over HTTP', () => {
  const clock = testClock();
  let service: TestService;
  before(async () => {
    service = await startTestService({ clock });
  });
  after(async () => service.close());

  it('goes from metadata to a spoken balance, refreshes, expires, and asks to link again', async () => {
    const metadata = (await getUrl(service.sandbox.metadataUrl)).json;
    assert.equal(metadata.issuer, service.sandbox.issuer);
    assert.deepEqual(metadata.code_challenge_methods_supported, ['S256']);
    const authorize = String(metadata.authorization_endpoint);
    const tokenUrl = String(metadata.token_endpoint);

    const { verifier, challenge } = pkcePair();
    const page = await getUrl(
      `${authorize}?response_type=code&client_id=${DEV_CLIENT.id}&redirect_uri=${encodeURIComponent(ALEXA_REDIRECT)}&state=s1&code_challenge=${challenge}&code_challenge_method=S256`,
    );
    assert.equal(page.status, 200);
    assert.match(page.text, /name="customer" value="cust-alex"/);
    assert.match(page.text, /name="account" value="acc-alex-chk"/);

    const code = await obtainCode(authorize, { challenge, state: 's1' }, { accounts: ['acc-alex-chk'], days: '90' });
    const issued = await postForm(
      tokenUrl,
      [
        ['grant_type', 'authorization_code'],
        ['code', code],
        ['redirect_uri', ALEXA_REDIRECT],
        ['code_verifier', verifier],
      ],
      basicAuth(DEV_CLIENT.id, DEV_CLIENT.secret),
    );
    assert.equal(issued.status, 200);
    assert.equal(issued.json.token_type, 'Bearer');
    assert.equal(issued.json.expires_in, ACCESS_TOKEN_SECONDS);
    assert.equal(issued.headers.get('cache-control'), 'no-store');
    const accessToken = String(issued.json.access_token);

    const accounts = await fdx(service.bankUrl, '/accounts', accessToken);
    assert.equal(accounts.status, 200);
    assert.deepEqual(
      (accounts.json.accounts as Json[]).map((a) => a.accountId),
      ['acc-alex-chk'],
    );
    assert.equal((await fdx(service.bankUrl, '/accounts/acc-alex-sav', accessToken)).status, 404);
    const available = Number((await fdx(service.bankUrl, '/accounts/acc-alex-chk', accessToken)).json.availableBalance);

    const balance = await postJson(`${service.url}/alexa`, alexaEnvelope({ intent: 'getBalance', token: accessToken }));
    assert.equal(balance.status, 200);
    assert.match(speechOf(balance.body), /ending in <say-as interpret-as="digits">4821<\/say-as>/);
    assert.ok(
      speechOf(balance.body).includes(dollars(available)),
      'the spoken balance is the one the FDX API returned',
    );

    const refreshed = await postForm(
      tokenUrl,
      [
        ['grant_type', 'refresh_token'],
        ['refresh_token', String(issued.json.refresh_token)],
      ],
      basicAuth(DEV_CLIENT.id, DEV_CLIENT.secret),
    );
    assert.equal(refreshed.status, 200);
    assert.notEqual(refreshed.json.refresh_token, issued.json.refresh_token, 'refresh tokens rotate');

    const fresh = String(refreshed.json.access_token);
    assert.equal((await fdx(service.bankUrl, '/accounts', fresh)).status, 200);
    clock.advance(ACCESS_TOKEN_SECONDS * 1000);
    const expired = await fdx(service.bankUrl, '/accounts', fresh);
    assert.equal(expired.status, 401);
    assert.equal(expired.headers.get('www-authenticate'), 'Bearer error="invalid_token"');
    assert.equal(expired.json.code, '602'); // FDX Error.code is a string

    const prompt = await postJson(`${service.url}/alexa`, alexaEnvelope({ intent: 'getBalance', token: fresh }));
    const response = (prompt.body as Json).response as Json;
    assert.equal((response.card as Json | undefined)?.type, 'LinkAccount');

    // The refresh token still works after the access token expired, with the customer's consent.
    const later = await postForm(tokenUrl, [
      ['grant_type', 'refresh_token'],
      ['refresh_token', String(refreshed.json.refresh_token)],
      ['client_id', DEV_CLIENT.id],
      ['client_secret', DEV_CLIENT.secret],
    ]);
    assert.equal(later.status, 200);
    assert.equal((await fdx(service.bankUrl, '/accounts', String(later.json.access_token))).status, 200);
    // A replayed (rotated-out) refresh token is refused and ends the whole grant (RFC 9700 §4.14).
    const replayed = await postForm(tokenUrl, [
      ['grant_type', 'refresh_token'],
      ['refresh_token', String(issued.json.refresh_token)],
      ['client_id', DEV_CLIENT.id],
      ['client_secret', DEV_CLIENT.secret],
    ]);
    assert.equal(replayed.status, 400);
    assert.equal(replayed.json.error, 'invalid_grant');
    const afterReplay = await postForm(
      tokenUrl,
      [
        ['grant_type', 'refresh_token'],
        ['refresh_token', String(later.json.refresh_token)],
      ],
      basicAuth(DEV_CLIENT.id, DEV_CLIENT.secret),
    );
    assert.equal(afterReplay.json.error, 'invalid_grant');
    assert.equal((await fdx(service.bankUrl, '/accounts', String(later.json.access_token))).status, 401);
  });
});
