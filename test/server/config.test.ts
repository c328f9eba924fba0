import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../shared/config';

describe('configuration', () => {
  it('starts with safe defaults on a fresh machine: verification on, sandbox bank, New York time', () => {
    const config = loadConfig({});
    assert.equal(config.verifyRequests, true);
    assert.equal(config.bankApiUrl, undefined);
    assert.equal(config.port, 3000);
    assert.equal(config.defaultTimeZone, 'America/New_York');
  });

  it('refuses VERIFY_REQUESTS=false in production', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production', VERIFY_REQUESTS: 'false' }), ConfigError);
  });

  it('refuses production without a bank, a skill id or a Dialogflow secret, naming what is missing', () => {
    const full = { NODE_ENV: 'production', BANK_API_URL: 'https://bank.example/fdx/v6', ALEXA_SKILL_ID: 'amzn1.ask.skill.x', DIALOGFLOW_SECRET: 'a-long-enough-secret' };
    assert.doesNotThrow(() => loadConfig(full));
    for (const missing of ['BANK_API_URL', 'ALEXA_SKILL_ID', 'DIALOGFLOW_SECRET'] as const) {
      assert.throws(() => loadConfig({ ...full, [missing]: '' }), new RegExp(missing));
    }
  });

  it('refuses a plain-http bank in production (except on this machine), and a bank budget longer than the turn', () => {
    const full = { NODE_ENV: 'production', ALEXA_SKILL_ID: 'amzn1.ask.skill.x', DIALOGFLOW_SECRET: 'a-long-enough-secret' };
    assert.throws(() => loadConfig({ ...full, BANK_API_URL: 'http://bank.example/fdx' }), /https in production/);
    assert.doesNotThrow(() => loadConfig({ ...full, BANK_API_URL: 'http://127.0.0.1:4000' }));
    assert.throws(() => loadConfig({ BANK_API_URL: 'http://user:secret@[broken' }), (error: Error) => !error.message.includes('secret'));
    assert.throws(() => loadConfig({ BANK_TIMEOUT_MS: '3000', TURN_DEADLINE_MS: '3000' }), /shorter than TURN_DEADLINE_MS/);
  });

  it('refuses a PIN policy on a memory store in production, and Redis without a key secret', () => {
    const full = { NODE_ENV: 'production', BANK_API_URL: 'https://bank.example', ALEXA_SKILL_ID: 'amzn1.ask.skill.x', DIALOGFLOW_SECRET: 'a-long-enough-secret', PIN_POLICY: 'session' };
    assert.throws(() => loadConfig({ ...full, STATE_KEY_SECRET: 'k'.repeat(32) }), /STATE_STORE=memory is refused/);
    assert.throws(() => loadConfig({ ...full, STATE_STORE: 'redis://127.0.0.1:6379' }), /STATE_KEY_SECRET is required/);
    assert.equal(loadConfig({ ...full, STATE_STORE: 'redis://127.0.0.1:6379', STATE_KEY_SECRET: 'k'.repeat(32) }).pinPolicy, 'session');
    assert.throws(() => loadConfig({ PIN_POLICY: 'sometimes' }), /PIN_POLICY/);
    assert.throws(() => loadConfig({ STATE_STORE: 'postgres://x' }), /STATE_STORE/);
    assert.throws(() => loadConfig({ STATE_KEY_SECRET: 'short' }), /STATE_KEY_SECRET/);
    assert.equal(loadConfig({ PIN_POLICY: 'session' }).stateKeySecretGenerated, true);
  });

  it('names the bad value: port, flag, URL, zone, timeouts, log level, short secret', () => {
    const cases: Array<[string, string]> = [['PORT', '70000'], ['VERIFY_REQUESTS', 'maybe'], ['BANK_API_URL', 'ftp://x'],
      ['DEFAULT_TIME_ZONE', 'Mars/Base'], ['BANK_TIMEOUT_MS', '12.5'], ['TURN_DEADLINE_MS', '5000'], ['LOG_LEVEL', 'loud'], ['DIALOGFLOW_SECRET', 'short']];
    for (const [name, value] of cases) assert.throws(() => loadConfig({ [name]: value }), new RegExp(name), name);
  });
});
