import assert from 'node:assert/strict';
import nock from 'nock';
import { runReliability, type ReliabilityFigures } from '../../bench/reliability/run';
import { testClock } from '../support/clock';

/**
 * The short version of `npm run reliability`: the same parts with a few hundred requests. Its
 * figures must show no 5xx, no internal text, no malformed SSML and no full number; timing figures
 * are printed by the full run, not asserted here.
 */
describe('reliability run, short version', function () {
  this.timeout(180_000);
  let figures: ReliabilityFigures;
  // nock's interception of node:http would hide keep-alive from the SIGTERM part; all traffic is loopback.
  before(async () => {
    nock.restore();
    try {
      figures = await runReliability({
        fuzzPerEndpoint: 150,
        hostileRounds: 1,
        sigtermAfter: 60,
        clock: testClock(),
        seed: 1313,
      });
    } finally {
      nock.activate();
    }
  });

  it('answers every fuzzed, forged and faulty request without a 5xx or internal text, in well-formed SSML, with no full number', () => {
    const { total } = figures;
    assert.equal(total.requests >= 4 * 150, true);
    assert.deepEqual(
      {
        fiveXx: total.fiveXx,
        noAnswer: total.byStatus['0'] ?? 0,
        internal: total.internal,
        malformed: total.ssmlMalformed,
        leaks: total.leaks,
      },
      { fiveXx: 0, noAnswer: 0, internal: 0, malformed: 0, leaks: 0 },
      total.examples.join('\n'),
    );
    assert.ok(total.ssmlChecked > 100, 'fuzzed requests also reach the skill and its SSML');
  });

  it('refuses every forged Alexa request and wrong Dialogflow secret, and answers every bank fault with speech', () => {
    for (const part of [figures.forged, figures.secret, figures.faults])
      assert.equal(part.asExpected, part.total, part.failures.join('; '));
  });

  it('lets no PIN guess through after the limit across two instances sharing Redis', () => {
    assert.equal(figures.pin.balancesAfterLimit, 0);
    assert.ok(figures.pin.mostChecked <= figures.pin.maxAttempts);
  });

  it('answers the stacked worst case with the apology, and drains on SIGTERM without a reset', () => {
    assert.deepEqual([figures.stacked.status, figures.stacked.apologised], [200, true]);
    assert.deepEqual([figures.sigterm.resets, figures.sigterm.exitCode], [0, 0]);
    assert.ok(figures.sigterm.answeredAfterSignal > 0 && figures.sigterm.closedAfterSignal > 0);
  });
});
