import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { grantedScope } from '../../sandbox/oauth/scopes';
import { ClientConfigError, DEFAULT_CLIENTS, parseClients } from '../../sandbox';
import { redirectAllowed } from '../../sandbox/oauth/redirect-uri';
import { LINKING_REDIRECTS } from '../../sandbox';

describe('Sandbox OAuth clients and redirect URIs', () => {
  it("allows Amazon's and Google's linking redirects and loopback on any port for the development client", () => {
    for (const uri of [
      'https://layla.amazon.com/api/skill/link/M2AAAAAAAAAAAA',
      'https://pitangui.amazon.com/api/skill/link/M2AAAAAAAAAAAA',
      'https://alexa.amazon.co.jp/api/skill/link/M2AAAAAAAAAAAA',
      'https://oauth-redirect.googleusercontent.com/r/my-project',
      'https://oauth-redirect-sandbox.googleusercontent.com/r/my-project',
      'http://127.0.0.1:53117/callback',
      'http://localhost:8080/cb',
    ])
      assert.ok(redirectAllowed(LINKING_REDIRECTS, uri), uri);
  });

  it('refuses look-alike hosts, extra path segments, fragments, userinfo and plain http elsewhere', () => {
    for (const uri of [
      'https://layla.amazon.com.evil.example/api/skill/link/X',
      'https://layla.amazon.com/api/skill/link/X/../../steal',
      'https://layla.amazon.com/api/skill/link/X/more',
      'https://layla.amazon.com/api/skill/link/X#frag',
      'https://user@layla.amazon.com/api/skill/link/X',
      'http://layla.amazon.com/api/skill/link/X',
      'not a url',
      'https://layla.amazon.com/api/skill/link/',
    ])
      assert.equal(redirectAllowed(LINKING_REDIRECTS, uri), false, uri);
  });

  it('reads SANDBOX_OAUTH_CLIENTS and falls back to the development clients when unset', () => {
    assert.equal(parseClients(undefined), DEFAULT_CLIENTS);
    const clients = parseClients(
      '[{"client_id":"my-skill","client_secret":"0123456789abcdef","redirect_uris":["https://layla.amazon.com/api/skill/link/*"]}]',
    );
    assert.deepEqual(clients, [
      {
        clientId: 'my-skill',
        clientSecret: '0123456789abcdef',
        redirectUris: ['https://layla.amazon.com/api/skill/link/*'],
      },
    ]);
  });

  it('refuses broken SANDBOX_OAUTH_CLIENTS with a message naming the entry and never the secret', () => {
    const bad = [
      'not json',
      '[]',
      '{}',
      '[{"client_id":"a","redirect_uris":[]}]',
      '[{"client_id":"a","client_secret":"short","redirect_uris":["https://x.test/cb"]}]',
      '[{"client_id":"a","redirect_uris":["http://x.test/cb"]}]',
      '[{"client_id":"a","redirect_uris":["https://x.test/cb"]},{"client_id":"a","redirect_uris":["https://x.test/cb"]}]',
    ];
    for (const text of bad) {
      assert.throws(
        () => parseClients(text),
        (error: unknown) => error instanceof ClientConfigError && !error.message.includes('short'),
        text,
      );
    }
  });
});

describe("The skill package's account linking", () => {
  it("names the sandbox's endpoints, a development client with its secret, and scopes the sandbox grants", () => {
    const file = join(__dirname, '..', '..', 'interaction-models', 'alexa', 'skill-package', 'accountLinking.json');
    const linking = (JSON.parse(readFileSync(file, 'utf8')) as { accountLinkingRequest: Record<string, unknown> })
      .accountLinkingRequest;
    assert.match(String(linking.authorizationUrl), /^https:\/\/[^/]+\/oauth\/authorize$/);
    assert.match(String(linking.accessTokenUrl), /^https:\/\/[^/]+\/oauth\/token$/);
    const client = DEFAULT_CLIENTS.find((c) => c.clientId === linking.clientId);
    assert.equal(client?.clientSecret, linking.clientSecret);
    assert.equal(linking.accessTokenScheme, 'HTTP_BASIC');
    assert.ok(grantedScope((linking.scopes as string[]).join(' ')));
  });
});
