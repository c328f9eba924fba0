import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import nock from 'nock';
import { createBankClient, type FdxBankClient } from '../../shared/bank';
import { loadConfig } from '../../shared/config';
import { silentLogger } from '../../shared/log/logger';
import { startSandbox, type RunningSandbox } from '../../sandbox';
import { createLambdaHandler, handler as exportedHandler, type AlexaLambdaHandler } from '../../skills/lambda';
import { testClock } from '../support/clock';

const FIXTURES = join(__dirname, '..', 'fixtures', 'alexa');
const SKILL_ID = 'amzn1.ask.skill.5f0e3c1a-9b7d-4e2f-8a6c-0d1b2c3e4f5a';

function fixture(name: string): RequestEnvelope {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as RequestEnvelope;
}

function ssmlOf(response: ResponseEnvelope): string {
  const speech = response.response.outputSpeech;
  return speech?.type === 'SSML' ? speech.ssml : '';
}

/** The device time-zone lookup the skill makes with the event's apiEndpoint, answered as Alexa would. */
function deviceZone(): nock.Scope {
  return nock('https://api.amazonalexa.com')
    .get('/v2/devices/amzn1.ask.device.AHXEXAMPLEDEVICEID42/settings/System.timeZone')
    .reply(200, '"America/Chicago"');
}

describe('The AWS Lambda handler', () => {
  const clock = testClock();
  let sandbox: RunningSandbox;
  let bank: FdxBankClient;
  let handler: AlexaLambdaHandler;
  before(async () => {
    sandbox = await startSandbox({ clock });
    const config = loadConfig(
      { NODE_ENV: 'production', BANK_API_URL: sandbox.url, ALEXA_SKILL_ID: SKILL_ID },
      { host: 'lambda' },
    );
    bank = createBankClient({ baseUrl: sandbox.url, timeoutMs: config.bankTimeoutMs, clock, logger: silentLogger() });
    handler = createLambdaHandler({ config, logger: silentLogger(), bank, clock });
  });
  after(async () => {
    bank.close();
    await sandbox.close();
  });

  it('answers a real LaunchRequest event with a prompt that keeps the session open', async () => {
    const scope = deviceZone();
    const response = await handler(fixture('launch-request.json'));
    assert.equal(response.version, '1.0');
    assert.ok(ssmlOf(response).length > 20);
    assert.equal(response.response.shouldEndSession, false);
    assert.ok(response.response.reprompt);
    scope.done();
  });

  it('answers a real GetBalanceIntent event with the sandbox checking balance', async () => {
    // The device's zone was looked up by the LaunchRequest and is cached for the device.
    const details = await bank.getAccount('demo-alex', 'acc-alex-chk');
    const available = details.kind === 'deposit' ? details.available : undefined;
    assert.ok(available, 'the sandbox checking account has an available balance');
    const response = await handler(fixture('get-balance-intent.json'));
    const ssml = ssmlOf(response);
    const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: available.currency }).format(
      available.minor / 100,
    );
    assert.ok(
      ssml.includes(`Everyday checking ending in <say-as interpret-as="digits">4821</say-as> has ${dollars} available`),
      ssml,
    );
  });

  it('refuses an event for another skill id', async () => {
    const event = fixture('launch-request.json');
    const other = {
      ...event,
      context: {
        ...event.context,
        System: {
          ...event.context.System,
          application: { applicationId: 'amzn1.ask.skill.00000000-0000-0000-0000-0000000000ff' },
        },
      },
    };
    await assert.rejects(handler(other), /applicationId|skill/i);
  });

  it("is the module's exported handler, found where ask-resources.json points", () => {
    const resources = JSON.parse(readFileSync(join(__dirname, '..', '..', 'ask-resources.json'), 'utf8')) as {
      profiles: Record<
        string,
        { code?: { default?: { src?: string } }; skillInfrastructure?: { userConfig?: { handler?: string } } }
      >;
    };
    const lambda = resources.profiles['lambda'];
    assert.equal(lambda?.skillInfrastructure?.userConfig?.handler, 'dist/skills/lambda.handler');
    assert.equal(lambda.code?.default?.src, './build/lambda');
    assert.equal(typeof exportedHandler, 'function');
  });
});
