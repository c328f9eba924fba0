import assert from 'node:assert/strict';
import { localeOf, timeZoneOf, toBankingRequest } from '../../skills/google/to-banking-request';
import { parseCount, parseLastFour } from '../../skills/google/parameters';
import { fixture, PERIODS } from './helpers';

const ZONE = 'America/New_York';

describe('Dialogflow request → BankingRequest', () => {
  it('reads intent, account, token, request id and a region-completed locale from a linked Assistant request', () => {
    const request = toBankingRequest(fixture('linked-assistant-balance'), ZONE, PERIODS);
    assert.deepEqual(request, {
      intent: 'getBalance',
      slots: { account: { name: 'checking' }, said: "what's my checking balance" },
      locale: 'en-US',
      timeZone: ZONE,
      accessToken: 'fdx-token-linked-user',
      linkVia: 'signIn',
      session: {},
      platform: 'google',
      requestId: '3f1c9a0e-5d2b-4c7e-9f4e-0a1b2c3d4e5f-e15c53b8',
      sessionId: 'projects/voicebank-demo/agent/sessions/ABwppHG1',
    });
  });

  it('keeps the words said for the merchant (merchant.original) when Dialogflow resolved them to another value', () => {
    const body = fixture('select-account-with-context');
    const context = {
      name: 'projects/voicebank-demo/agent/sessions/ABwppHG3/contexts/spending',
      parameters: { merchant: 'ADP', 'merchant.original': 'acme corp' },
    };
    const heard = toBankingRequest(
      {
        ...body,
        queryResult: { ...body.queryResult, parameters: { merchant: 'ADP' }, outputContexts: [context] },
      },
      ZONE,
      PERIODS,
    );
    assert.deepEqual(heard.slots, { merchant: 'ADP', merchantHeard: 'acme corp', said: 'the one ending in 4821' });
    const same = toBankingRequest(
      {
        ...body,
        queryResult: {
          ...body.queryResult,
          parameters: { merchant: 'ADP' },
          outputContexts: [{ ...context, parameters: { 'merchant.original': 'ADP' } }],
        },
      },
      ZONE,
      PERIODS,
    );
    assert.deepEqual(same.slots, { merchant: 'ADP', said: 'the one ending in 4821' });
  });

  it('leaves the token out when the Assistant user has not linked', () => {
    const request = toBankingRequest(fixture('unlinked-assistant-launch'), ZONE, PERIODS);
    assert.equal(request.intent, 'launch');
    assert.equal('accessToken' in request, false);
    assert.equal(request.locale, 'en-US');
  });

  it('treats the empty strings Dialogflow sends for unfilled parameters as absent', () => {
    assert.deepEqual(toBankingRequest(fixture('unlinked-messenger-balance'), ZONE, PERIODS).slots, {
      said: "what's my balance",
    });
  });

  it('reads the core state from the voicebank-session context and ignores the parameters Dialogflow merged into it', () => {
    const request = toBankingRequest(fixture('select-account-with-context'), ZONE, PERIODS);
    assert.equal(request.intent, 'selectAccount');
    assert.deepEqual(request.session, { pick: { intent: 'getBalance', ids: ['acc-checking-01', 'acc-checking-02'] } });
    assert.deepEqual(request.slots, { account: { lastFour: '4821' }, said: 'the one ending in 4821' });
  });

  it('keeps the leading zero of a spoken number sequence and reads a numeric count', () => {
    const request = toBankingRequest(fixture('recent-transactions-parameters'), ZONE, PERIODS);
    assert.deepEqual(request.slots, {
      account: { lastFour: '0042' },
      count: 5,
      said: 'what are my last 5 transactions on the account ending in 0042',
    });
  });

  it('maps an intent name the adapter does not know to fallback', () => {
    assert.equal(toBankingRequest(fixture('unknown-intent'), ZONE, PERIODS).intent, 'fallback');
  });

  it('maps the Assistant cancel event to stop even when its intent has another name', () => {
    assert.equal(toBankingRequest(fixture('assistant-cancel'), ZONE, PERIODS).intent, 'stop');
  });

  it('takes a valid IANA zone from the payload and the default for an invalid one', () => {
    assert.equal(toBankingRequest(fixture('select-account-with-context'), ZONE, PERIODS).timeZone, 'America/Chicago');
    assert.equal(
      toBankingRequest(fixture('recent-transactions-parameters'), ZONE, PERIODS).timeZone,
      'America/Los_Angeles',
    );
    assert.equal(toBankingRequest(fixture('unknown-intent'), ZONE, PERIODS).timeZone, ZONE);
    assert.equal(timeZoneOf({ user: { timezone: 'Europe/Paris' } }, ZONE), 'Europe/Paris');
  });

  it('falls back to a random request id when Dialogflow sent none', () => {
    const { responseId: _dropped, ...body } = fixture('unknown-intent');
    assert.match(toBankingRequest(body, ZONE, PERIODS).requestId, /^google-[0-9a-f-]{36}$/);
  });
});

describe('Dialogflow parameter parsing', () => {
  it('accepts exactly four digits for lastFour, as a string, a spaced sequence or a number', () => {
    assert.equal(parseLastFour('4821'), '4821');
    assert.equal(parseLastFour('4 8 2 1'), '4821');
    assert.equal(parseLastFour(4821), '4821');
    assert.equal(parseLastFour(['7710']), '7710');
  });

  it('refuses lastFour values that are not four digits', () => {
    for (const value of [42, '482', '48211', '12ab', '', undefined, null, { digits: '4821' }]) {
      assert.equal(parseLastFour(value), undefined, String(value));
    }
  });

  it('accepts a count from 1 to 99 as a number or numeric string', () => {
    assert.equal(parseCount(3), 3);
    assert.equal(parseCount('3'), 3);
    assert.equal(parseCount('10.0'), 10);
    assert.equal(parseCount(99), 99);
  });

  it('refuses counts that are zero, negative, fractional, huge or not numbers', () => {
    for (const value of [0, -2, 2.5, 100, 'three', '', undefined])
      assert.equal(parseCount(value), undefined, String(value));
  });

  it('turns Dialogflow language codes into the regional tags the catalogues use', () => {
    assert.equal(localeOf('en'), 'en-US');
    assert.equal(localeOf('en-gb'), 'en-GB');
    assert.equal(localeOf(undefined), 'en-US');
    assert.equal(localeOf('not a locale!'), 'en-US');
  });
});
