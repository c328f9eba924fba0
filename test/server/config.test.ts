import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../shared/config';
import { TEST_SKILL_ID } from '../support/alexa-requests';

describe('configuration', () => {
  it('starts with safe defaults on a fresh machine: verification on, sandbox bank, New York time', () => {
    const config = loadConfig({});
    assert.equal(config.verifyRequests, true);
    assert.equal(config.bankApiUrl, undefined);
    assert.equal(config.port, 3000);
    assert.equal(config.defaultTimeZone, 'America/New_York');
  });

  it("caps bank calls in flight at one wave of the busiest question by default, and takes a bank's own limits", () => {
    assert.deepEqual(loadConfig({}).bankConcurrency, { perCustomer: 300, perBank: 1200 });
    assert.deepEqual(loadConfig({ BANK_MAX_CONCURRENT_PER_CUSTOMER: '8', BANK_MAX_CONCURRENT: '50' }).bankConcurrency, {
      perCustomer: 8,
      perBank: 50,
    });
    assert.throws(() => loadConfig({ BANK_MAX_CONCURRENT_PER_CUSTOMER: '0' }), /BANK_MAX_CONCURRENT_PER_CUSTOMER/);
    assert.throws(
      () => loadConfig({ BANK_MAX_CONCURRENT_PER_CUSTOMER: '100', BANK_MAX_CONCURRENT: '50' }),
      /must not exceed BANK_MAX_CONCURRENT/,
    );
  });

  it('refuses VERIFY_REQUESTS=false in production', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production', VERIFY_REQUESTS: 'false' }), ConfigError);
  });

  it('refuses production without a bank, a skill id or a Dialogflow secret, naming what is missing', () => {
    const full = {
      NODE_ENV: 'production',
      BANK_API_URL: 'https://fdx.partnerbank.com/fdx/v6',
      ALEXA_SKILL_ID: TEST_SKILL_ID,
      DIALOGFLOW_SECRET: 'a-long-enough-secret',
    };
    assert.doesNotThrow(() => loadConfig(full));
    for (const missing of ['BANK_API_URL', 'ALEXA_SKILL_ID', 'DIALOGFLOW_SECRET'] as const) {
      assert.throws(() => loadConfig({ ...full, [missing]: '' }), new RegExp(missing));
    }
  });

  it('refuses a plain-http bank in production (except on this machine), and a bank budget longer than the turn', () => {
    const full = { NODE_ENV: 'production', ALEXA_SKILL_ID: TEST_SKILL_ID, DIALOGFLOW_SECRET: 'a-long-enough-secret' };
    assert.throws(() => loadConfig({ ...full, BANK_API_URL: 'http://fdx.partnerbank.com/fdx' }), /https in production/);
    assert.doesNotThrow(() => loadConfig({ ...full, BANK_API_URL: 'http://127.0.0.1:4000' }));
    assert.throws(
      () => loadConfig({ BANK_API_URL: 'http://user:secret@[broken' }),
      (error: Error) => !error.message.includes('secret'),
    );
    assert.throws(
      () => loadConfig({ BANK_TIMEOUT_MS: '3000', TURN_DEADLINE_MS: '3000' }),
      /shorter than TURN_DEADLINE_MS/,
    );
  });

  it('refuses a PIN policy on a memory store in production, and Redis without a key secret', () => {
    const full = {
      NODE_ENV: 'production',
      BANK_API_URL: 'https://fdx.partnerbank.com',
      ALEXA_SKILL_ID: TEST_SKILL_ID,
      DIALOGFLOW_SECRET: 'a-long-enough-secret',
      PIN_POLICY: 'session',
    };
    assert.throws(() => loadConfig({ ...full, STATE_KEY_SECRET: 'k'.repeat(32) }), /STATE_STORE=memory is refused/);
    assert.throws(() => loadConfig({ ...full, STATE_STORE: 'redis://127.0.0.1:6379' }), /STATE_KEY_SECRET is required/);
    assert.equal(
      loadConfig({ ...full, STATE_STORE: 'redis://127.0.0.1:6379', STATE_KEY_SECRET: 'k'.repeat(32) }).pinPolicy,
      'session',
    );
    assert.throws(() => loadConfig({ PIN_POLICY: 'sometimes' }), /PIN_POLICY/);
    assert.throws(() => loadConfig({ STATE_STORE: 'postgres://x' }), /STATE_STORE/);
    assert.throws(() => loadConfig({ STATE_KEY_SECRET: 'short' }), /STATE_KEY_SECRET/);
    assert.equal(loadConfig({ PIN_POLICY: 'session' }).stateKeySecretGenerated, true);
  });

  it('names the bad value: port, flag, URL, zone, timeouts, log level, short secret', () => {
    const cases: Array<[string, string]> = [
      ['PORT', '70000'],
      ['VERIFY_REQUESTS', 'maybe'],
      ['BANK_API_URL', 'ftp://x'],
      ['DEFAULT_TIME_ZONE', 'Mars/Base'],
      ['BANK_TIMEOUT_MS', '12.5'],
      ['TURN_DEADLINE_MS', '5000'],
      ['LOG_LEVEL', 'loud'],
      ['DIALOGFLOW_SECRET', 'short'],
    ];
    for (const [name, value] of cases) assert.throws(() => loadConfig({ [name]: value }), new RegExp(name), name);
  });

  const production = {
    NODE_ENV: 'production',
    BANK_API_URL: 'https://fdx.partnerbank.com/fdx/v6',
    ALEXA_SKILL_ID: TEST_SKILL_ID,
    DIALOGFLOW_SECRET: 'a-long-enough-secret',
  };
  const problemsOf = (env: Record<string, string>): readonly string[] => {
    try {
      loadConfig(env);
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    return [];
  };

  it('reports every missing and invalid variable at once', () => {
    const problems = problemsOf({ NODE_ENV: 'production', PORT: 'x', LOG_LEVEL: 'loud', PIN_POLICY: 'sometimes' });
    for (const name of ['ALEXA_SKILL_ID', 'DIALOGFLOW_SECRET', 'BANK_API_URL', 'PORT', 'LOG_LEVEL', 'PIN_POLICY']) {
      assert.ok(
        problems.some((p) => p.includes(name)),
        `${name} in ${problems.join(' | ')}`,
      );
    }
  });

  it('refuses a skill id that is not amzn1.ask.skill.<uuid>', () => {
    for (const id of ['my-skill', 'amzn1.ask.skill.x', `${TEST_SKILL_ID}0`])
      assert.throws(() => loadConfig({ ALEXA_SKILL_ID: id }), /ALEXA_SKILL_ID must be amzn1\.ask\.skill\.<uuid>/, id);
  });

  it('refuses placeholders and example hosts in production without echoing the value', () => {
    const cases: Array<[string, string]> = [
      ['DIALOGFLOW_SECRET', 'FILL-ME-with-the-console-secret'],
      ['STATE_KEY_SECRET', `changeme${'x'.repeat(30)}`],
      ['BANK_API_URL', 'https://api.bank.example.com/fdx/v6'],
      ['BANK_API_URL', 'https://fdx.bank.example/fdx/v6'],
    ];
    for (const [name, value] of cases) {
      const problems = problemsOf({ ...production, [name]: value });
      assert.ok(
        problems.some((p) => p.startsWith(name)),
        `${name}=${value}: ${problems.join(' | ')}`,
      );
      assert.ok(problems.every((p) => !p.includes(value)));
    }
  });

  it('refuses unknown voicebank-style and known misspelled variables in production, naming them and what was meant', () => {
    const problems = problemsOf({
      ...production,
      BANK_URL: 'https://fdx.partnerbank.com',
      VOICEBANK_MODE: 'fast',
      ALEXA_SKIL_ID: TEST_SKILL_ID,
      TZ: 'UTC',
      HOME: '/home/app',
    });
    assert.deepEqual(problems, [
      'ALEXA_SKIL_ID is not a voicebank variable (did you mean ALEXA_SKILL_ID?)',
      'BANK_URL is not a voicebank variable (did you mean BANK_API_URL?)',
      'VOICEBANK_MODE is not a voicebank variable',
    ]);
    assert.doesNotThrow(() => loadConfig(production));
    const kubernetes = {
      VOICEBANK_SERVICE_HOST: '10.0.0.1',
      VOICEBANK_PORT: 'tcp://10.0.0.1:3000',
      SANDBOX_BANK_PORT_4000_TCP_ADDR: '10.0.0.2',
    };
    assert.doesNotThrow(
      () => loadConfig({ ...production, ...kubernetes }),
      'Kubernetes service links are not settings',
    );
  });

  it('reads the sandbox authorization server settings and refuses clients that are not JSON', () => {
    const config = loadConfig({ SANDBOX_PUBLIC_URL: 'https://abc.ngrok.app/', SANDBOX_OAUTH_CLIENTS: '[]' });
    assert.equal(config.sandboxPublicUrl, 'https://abc.ngrok.app');
    assert.equal(config.sandboxOauthClients, '[]');
    assert.throws(() => loadConfig({ SANDBOX_OAUTH_CLIENTS: '{nope' }), /SANDBOX_OAUTH_CLIENTS/);
    assert.throws(() => loadConfig({ SANDBOX_PUBLIC_URL: 'ftp://x' }), /SANDBOX_PUBLIC_URL/);
  });
});
