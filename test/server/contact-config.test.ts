import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../shared/config';
import { TEST_SKILL_ID } from '../support/alexa-requests';

describe('where refusals send customers: BANK_APP_NAME and BANK_PHONE', () => {
  it('says "your bank\'s app" and no phone number when neither is set', () => {
    assert.deepEqual(loadConfig({}).contact, { appName: "your bank's app" });
  });

  it('reads an app name said after "in" and a phone number as people write one', () => {
    const config = loadConfig({ BANK_APP_NAME: ' the Harbor Bank app ', BANK_PHONE: '+1 (800) 555-0134' });
    assert.deepEqual(config.contact, { appName: 'the Harbor Bank app', phone: '+1 (800) 555-0134' });
  });

  it('refuses markup, overlong names and things that are not phone numbers, naming the variable', () => {
    for (const env of [
      { BANK_APP_NAME: '<speak>app</speak>' },
      { BANK_APP_NAME: 'x'.repeat(61) },
      { BANK_PHONE: 'call us' },
      { BANK_PHONE: '12' },
      { BANK_PHONE: '1'.repeat(16) },
    ]) {
      const name = Object.keys(env)[0] ?? '';
      assert.throws(
        () => loadConfig(env),
        (error: unknown) => error instanceof ConfigError && error.message.includes(name),
        JSON.stringify(env),
      );
    }
  });

  it('knows both variables in production, and refuses a placeholder there', () => {
    const production = {
      NODE_ENV: 'production',
      ALEXA_SKILL_ID: TEST_SKILL_ID,
      DIALOGFLOW_SECRET: 'a-secret-of-16-chars',
      BANK_API_URL: 'https://fdx.partnerbank.com/fdx/v6',
    };
    assert.doesNotThrow(() =>
      loadConfig({ ...production, BANK_APP_NAME: 'the Harbor Bank app', BANK_PHONE: '1-800-555-0134' }),
    );
    assert.throws(
      () => loadConfig({ ...production, BANK_APP_NAME: 'FILL-ME app name' }),
      /BANK_APP_NAME still holds a placeholder value/,
    );
  });
});
