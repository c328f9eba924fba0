import assert from 'node:assert/strict';
import { runSimulator } from '../../simulator/main';
import { loadCustomer } from '../fdx-shapes/corpus';
import { testClock } from '../support/clock';
import { startFixtureBank, type FixtureBank } from '../support/fixture-bank';

async function simulate(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runSimulator(argv, env, (text) => lines.push(text));
  return { code, out: lines.join('\n') };
}

describe('npm run simulate against any FDX bank', () => {
  let bank: FixtureBank;
  before(async () => {
    bank = await startFixtureBank({ 'bank-token': loadCustomer('v6-flat', testClock().now()) });
  });
  after(async () => bank.close());

  it('talks to the bank at --bank-url with --token instead of the sandbox', async () => {
    const { code, out } = await simulate([
      '--bank-url',
      bank.url,
      '--token',
      'bank-token',
      "what's my checking balance",
    ]);
    assert.equal(code, 0, out);
    assert.match(out, /^Everyday Checking ending in 1188 has \$1,490\.40 available\./);
  });

  it('takes the bank from BANK_API_URL too', async () => {
    const { code, out } = await simulate(['--token', 'bank-token', "what's my checking balance"], {
      BANK_API_URL: bank.url,
    });
    assert.equal(code, 0, out);
    assert.match(out, /ending in 1188/);
  });

  it('refuses a --bank-url that is not http(s), and --bank-url with --url', async () => {
    assert.notEqual((await simulate(['--bank-url', 'ftp://bank', 'hi'])).code, 0);
    assert.notEqual((await simulate(['--bank-url', bank.url, '--url', 'http://127.0.0.1:1', 'hi'])).code, 0);
  });
});
