import assert from 'node:assert/strict';
import nock from 'nock';
import type { RequestEnvelope } from 'ask-sdk-model';
import { createTimeZoneLookup } from '../../skills/alexa/time-zone';
import { alexaEnvelope, alexaLaunch } from '../../simulator/platforms/requests';
import { testClock } from '../support/clock';

const API = 'https://api.amazonalexa.com';
const PATH = '/v2/devices/device-1/settings/System.timeZone';

function envelope(deviceId = 'device-1'): RequestEnvelope {
  // The builder's JSON is Alexa's envelope; ask-sdk-model types what the adapter receives.
  return alexaEnvelope({
    request: alexaLaunch(),
    skillId: 'a',
    timestamp: '2026-11-29T00:00:00Z',
    requestId: 'r',
    userId: 'u',
    deviceId,
    system: { apiEndpoint: API, apiAccessToken: 'api-token' },
  }) as unknown as RequestEnvelope;
}

describe('device time zone from the Alexa Settings API', () => {
  it('asks the Settings API with the request token and remembers the answer per device', async () => {
    const scope = nock(API, { reqheaders: { authorization: 'Bearer api-token' } })
      .get(PATH)
      .once()
      .reply(200, '"America/Los_Angeles"');
    const lookup = createTimeZoneLookup({ defaultZone: 'America/New_York', clock: testClock() });
    assert.equal(await lookup(envelope()), 'America/Los_Angeles');
    assert.equal(await lookup(envelope()), 'America/Los_Angeles');
    scope.done();
  });

  it('asks again once the remembered zone is older than its time to live', async () => {
    const clock = testClock({ ticking: false });
    const scope = nock(API).get(PATH).twice().reply(200, '"Europe/Berlin"');
    const lookup = createTimeZoneLookup({ defaultZone: 'America/New_York', ttlMs: 1000, clock });
    await lookup(envelope());
    clock.advance(1001);
    await lookup(envelope());
    scope.done();
  });

  it('falls back to the default zone when the API fails, answers garbage, or is slow', async () => {
    const lookup = createTimeZoneLookup({ defaultZone: 'America/Chicago', timeoutMs: 100, clock: testClock() });
    const failing = nock(API).get(PATH).reply(500);
    assert.equal(await lookup(envelope()), 'America/Chicago');
    failing.done();
    const garbage = nock(API).get('/v2/devices/device-2/settings/System.timeZone').reply(200, '"Mars/Olympus_Mons"');
    assert.equal(await lookup(envelope('device-2')), 'America/Chicago');
    garbage.done();
    const slow = nock(API)
      .get('/v2/devices/device-3/settings/System.timeZone')
      .delay(1000)
      .reply(200, '"Europe/Paris"');
    assert.equal(await lookup(envelope('device-3')), 'America/Chicago');
    slow.done();
  });

  it('uses the default zone without any call when the request has no API endpoint', async () => {
    const lookup = createTimeZoneLookup({ defaultZone: 'America/Denver', clock: testClock() });
    const full = envelope();
    const bare: RequestEnvelope = { ...full, context: { System: { ...full.context.System, apiEndpoint: '' } } };
    assert.equal(await lookup(bare), 'America/Denver');
  });

  it('keeps at most the configured number of devices', async () => {
    nock(API)
      .get(/settings/)
      .times(3)
      .reply(200, '"Asia/Tokyo"');
    const lookup = createTimeZoneLookup({ defaultZone: 'America/New_York', maxDevices: 2, clock: testClock() });
    for (const id of ['a', 'b', 'c']) await lookup(envelope(id));
    const again = nock(API).get('/v2/devices/a/settings/System.timeZone').reply(200, '"Asia/Tokyo"');
    await lookup(envelope('a'));
    again.done();
  });
});
