import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../shared/config';
import { TEST_SKILL_ID } from '../support/alexa-requests';

describe('money movement configuration', () => {
  it('is off by default, with limits of $2,500 a movement and $5,000 a day and the embedded audit file', () => {
    const config = loadConfig({});
    assert.deepEqual(
      [config.moneyMovement, config.transferMaxMinor, config.transferDailyMaxMinor, config.auditDatabaseUrl],
      [false, 250_000, 500_000, undefined],
    );
    assert.equal(config.auditSqlitePath, 'voicebank-audit.sqlite');
  });

  it('reads MONEY_MOVEMENT, limits in dollars with cents, and a PostgreSQL audit URL', () => {
    const config = loadConfig({
      MONEY_MOVEMENT: 'on',
      TRANSFER_MAX: '100.50',
      TRANSFER_DAILY_MAX: '200',
      AUDIT_DATABASE_URL: 'postgres://127.0.0.1/audit',
    });
    assert.deepEqual(
      [config.moneyMovement, config.transferMaxMinor, config.transferDailyMaxMinor, config.auditDatabaseUrl],
      [true, 10_050, 20_000, 'postgres://127.0.0.1/audit'],
    );
  });

  it('refuses unusable values with a message a person can act on', () => {
    for (const env of [
      { MONEY_MOVEMENT: 'yes' },
      { TRANSFER_MAX: '-5' },
      { TRANSFER_MAX: '1.001' },
      { TRANSFER_MAX: '500', TRANSFER_DAILY_MAX: '100' },
      { AUDIT_DATABASE_URL: 'mysql://x' },
    ]) {
      assert.throws(() => loadConfig(env), ConfigError, JSON.stringify(env));
    }
  });

  it('needs a shared store and a key secret for movement in production, whatever PIN_POLICY says', () => {
    const production = {
      NODE_ENV: 'production',
      ALEXA_SKILL_ID: TEST_SKILL_ID,
      DIALOGFLOW_SECRET: 'a-secret-of-16-chars',
      BANK_API_URL: 'https://fdx.partnerbank.com/fdx/v6',
    };
    assert.throws(() => loadConfig({ ...production, MONEY_MOVEMENT: 'on' }), /STATE_STORE=memory is refused/);
    assert.throws(
      () => loadConfig({ ...production, MONEY_MOVEMENT: 'on', STATE_STORE: 'redis://127.0.0.1:6379' }),
      /STATE_KEY_SECRET is required/,
    );
    assert.doesNotThrow(() => loadConfig(production));
  });
});
