import assert from 'node:assert/strict';
import nock from 'nock';
import { createAlexaVerifiers, VerificationError, type VerificationReason } from '../../skills/alexa/verification';
import { alexaHeaders, CERT_HOST, CERT_PATH, launchBody, NOW, SKILL_ID } from './signed-request';
import { testPki } from './test-ca';
import { DateTime } from 'luxon';
import { anchoredClock } from '../../shared/clock';
import { testClock, TEST_NOW_MS } from '../support/clock';

type Verifiers = ReturnType<typeof createAlexaVerifiers>;

/** Runs every verifier the way the adapter does and collects the reasons for rejection. */
async function reasons(
  verifiers: Verifiers,
  body: string,
  headers = alexaHeaders(body),
): Promise<VerificationReason[]> {
  const results = await Promise.allSettled(verifiers.map((v) => v.verify(body, headers)));
  return results.flatMap((r) =>
    r.status === 'rejected' && r.reason instanceof VerificationError ? [r.reason.reason] : [],
  );
}

describe('createAlexaVerifiers', () => {
  before(() => {
    testPki();
  });

  it('passes a signed, fresh request for the configured skill through all three checks', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).reply(200, testPki().goodChain);
    const verifiers = createAlexaVerifiers({
      skillId: SKILL_ID,
      trustedRoots: [testPki().rootPem],
      clock: testClock(),
    });
    assert.equal(verifiers.length, 3);
    assert.deepEqual(await reasons(verifiers, launchBody()), []);
    scope.done();
  });

  it('reports every failing check, judging time by the injected clock', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).reply(200, testPki().goodChain);
    // Certificates start a day before the real now and the body is stamped now: a clock a week
    // behind sees neither as valid, which shows every verifier reads the injected clock.
    const weekAgo = anchoredClock(DateTime.fromMillis(TEST_NOW_MS - 7 * 86_400_000), { ticking: false });
    const verifiers = createAlexaVerifiers({ skillId: SKILL_ID, trustedRoots: [testPki().rootPem], clock: weekAgo });
    const body = launchBody({ applicationId: 'amzn1.ask.skill.other' });
    assert.deepEqual((await reasons(verifiers, body)).sort(), ['application-id', 'cert-expired', 'timestamp']);
    scope.done();
  });

  it('checks only the application id when signature and timestamp checks are switched off', async () => {
    const verifiers = createAlexaVerifiers({
      skillId: SKILL_ID,
      signature: false,
      timestamp: false,
      clock: anchoredClock(DateTime.fromMillis(NOW), { ticking: false }),
    });
    assert.equal(verifiers.length, 1);
    assert.deepEqual(await reasons(verifiers, launchBody({ timestamp: '2020-01-01T00:00:00Z' }), {}), []);
    assert.deepEqual(await reasons(verifiers, launchBody({ applicationId: 'amzn1.ask.skill.other' }), {}), [
      'application-id',
    ]);
  });

  it('refuses to build verifiers without a skill id', () => {
    assert.throws(() => createAlexaVerifiers({ skillId: ' ', clock: testClock() }), /skillId/);
  });
});
