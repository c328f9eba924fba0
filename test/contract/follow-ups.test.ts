import assert from 'node:assert/strict';
import { postJson, startTestService, TEST_DIALOGFLOW_SECRET, type TestService } from '../support/service';
import { testClock } from '../support/clock';
import { PLATFORMS } from './runner';

/**
 * Issue 14's table rows (follow-ups, words, linking, greeting) through both adapters over HTTP,
 * checked across turns: a narrowed total is never more than the total it narrows.
 */
const ZONE = 'America/New_York';
const lastMonth = (): string => testClock().now().setZone(ZONE).minus({ months: 1 }).toFormat('yyyy-LL');
const monthName = (): string => testClock().now().setZone(ZONE).minus({ months: 1 }).toFormat('LLLL');
const dollars = (text: string): number => Number((/\$([\d,]+\.\d\d)/.exec(text)?.[1] ?? 'NaN').replace(/,/g, ''));

describe('follow-ups, words and linking (issue 14) through both adapters', () => {
  let service: TestService;
  before(async () => {
    service = await startTestService();
  });
  after(async () => service.close());

  for (const platform of PLATFORMS) {
    describe(platform.name, () => {
      it('"recent transactions" then "more" reads the next items, never "nothing more"', async () => {
        const talk = platform.start(service.url, 'demo-alex');
        const first = await talk.say({ intent: 'recentTransactions' });
        assert.match(first.text, /Would you like to hear more\?$/);
        const more = await talk.say({ intent: 'yes' });
        assert.doesNotMatch(more.text, /nothing more/);
        assert.match(more.text, /^[A-Z][a-z]+( \d+)?, (an? )?\$[\d,]+\.\d\d/);
      });

      it('"Starbucks last month" then "how much of that was at restaurants" is the part, never more than the whole', async () => {
        const talk = platform.start(service.url, 'demo-alex');
        const whole = await talk.say({ intent: 'spending', merchant: 'starbucks', date: lastMonth() });
        const part = await talk.say({ intent: 'narrowSpending', category: 'restaurants' });
        if (/I didn't find/.test(whole.text)) {
          assert.match(part.text, /^None of it was at restaurants\./);
          return;
        }
        // Starbucks is a coffee shop, and coffee counts as restaurants: all of it.
        assert.match(part.text, /^All of it, \$[\d,]+\.\d\d, was at restaurants\./);
        assert.equal(dollars(part.text), dollars(whole.text));
        const none = await talk.say({ intent: 'narrowSpending', category: 'groceries' });
        assert.match(none.text, /^None of it was on groceries\./);
      });

      it('"what about last month" keeps the merchant and changes the period', async () => {
        const talk = platform.start(service.url, 'demo-alex');
        await talk.say({ intent: 'spending', merchant: 'starbucks' });
        const changed = await talk.say({ intent: 'followUp', date: lastMonth() });
        assert.match(
          changed.text,
          new RegExp(
            `^(Last month, in ${monthName()}, you spent \\$[\\d,.]+ at Starbucks|I didn't find any purchases at Starbucks last month)`,
          ),
        );
      });

      it('"and savings?" keeps the question and changes the account', async () => {
        const talk = platform.start(service.url, 'demo-alex');
        await talk.say({ intent: 'getBalance', account: 'checking' });
        const savings = await talk.say({ intent: 'followUp', account: 'savings' });
        assert.match(savings.text, /^Rainy Day savings ending in 7710 has \$[\d,]+\.\d\d available\./);
        const viaSelect = await talk.say({ intent: 'selectAccount', account: 'credit card' });
        assert.match(viaSelect.text, /^On your Rewards Card ending in 9034, you owe/);
      });

      it('"what about last month" with no question before it asks what about it, reading no data', async () => {
        const heard = await platform.start(service.url, 'demo-alex').say({ intent: 'followUp', date: lastMonth() });
        assert.match(heard.text, /^What would you like to know about that\?/);
        assert.doesNotMatch(heard.text, /\$/);
      });

      it('categories are spoken as categories: "on coffee"', async () => {
        const heard = await platform
          .start(service.url, 'demo-alex')
          .say({ intent: 'spending', category: 'coffee', date: lastMonth() });
        assert.match(heard.text, /(you spent \$[\d,.]+ on coffee|I didn't find any purchases on coffee)/);
        assert.doesNotMatch(heard.text, /at coffee/);
      });

      it('"read me my last 20 transactions" says the cap, reads five at a time, and names payments and transfers', async () => {
        const talk = platform.start(service.url, 'demo-alex');
        const first = await talk.say({ intent: 'recentTransactions', count: 20 });
        assert.match(
          first.text,
          /^I can read up to 10 recent transactions\. Here are your 10 most recent transactions on Everyday checking ending in 4821, 5 at a time\./,
        );
        assert.match(first.text, /Would you like the next 5\?$/);
        const second = await talk.say({ intent: 'yes' });
        const both = `${first.text} ${second.text}`;
        assert.doesNotMatch(both, /\$[\d,.]+ at (Rewards Card|Rainy Day savings)/);
        assert.match(both, /(payment to Rewards Card|transfer to Rainy Day savings)/);
        assert.match(second.text, /Anything else\?$/);
      });

      it('"this year" beyond the bank\'s history says what is covered', async () => {
        const today = testClock().now().setZone(ZONE);
        const heard = await platform
          .start(service.url, 'demo-alex')
          .say({ intent: 'spending', date: String(today.year) });
        const historyStart = today.minus({ days: 89 }).startOf('day');
        if (historyStart > today.startOf('year'))
          assert.match(heard.text, /^Your bank shares the last 90 days: since \w+ \d+, you spent/);
        else assert.match(heard.text, /^(So far this year|Today|Yesterday), you spent|^I didn't find/);
      });

      it('an expired link gets re-link words, different from never linked', async () => {
        const expired = await platform.start(service.url, 'fault-expired').say({ intent: 'getBalance' });
        const never = await platform.start(service.url, undefined).say({ intent: 'getBalance' });
        assert.equal(expired.linkAccount, true);
        assert.match(expired.text, /expired or was turned off/);
        assert.notEqual(expired.text, never.text);
      });

      it('launch greets a first-time customer, then welcomes them back', async () => {
        // One customer per platform: the service remembers whom it greeted.
        const token = platform.name === 'alexa' ? 'demo-jo' : 'demo-lee';
        const first = await platform.start(service.url, token).say({ intent: 'launch' });
        assert.match(first.text, /^Welcome to your bank\./);
        const again = await platform.start(service.url, token).say({ intent: 'launch' });
        assert.match(again.text, /^Welcome back\./);
      });
    });
  }

  it('a follow-up reads no data before the voice PIN when a PIN policy is on', async () => {
    const guarded = await startTestService({ env: { PIN_POLICY: 'always' } });
    try {
      for (const platform of PLATFORMS) {
        for (const ask of [
          { intent: 'followUp', account: 'savings' },
          { intent: 'narrowSpending', category: 'restaurants' },
        ] as const) {
          const heard = await platform.start(guarded.url, 'demo-alex').say(ask);
          assert.doesNotMatch(heard.text, /\$\d/, `${platform.name} ${ask.intent}: ${heard.text}`);
          assert.match(heard.text, /PIN/i, `${platform.name} ${ask.intent}: ${heard.text}`);
        }
      }
    } finally {
      await guarded.close();
    }
  });

  it("Dialogflow, unlinked, not from the Assistant: link in the bank's app, and nothing claims to have been sent", async () => {
    const auth = `Basic ${Buffer.from(`dialogflow:${TEST_DIALOGFLOW_SECRET}`).toString('base64')}`;
    const session = 'projects/voicebank-test/agent/sessions/telephony-1';
    const body = {
      responseId: 'resp-telephony-1',
      session,
      queryResult: {
        queryText: 'what is my balance',
        parameters: {},
        allRequiredParamsPresent: true,
        intent: { name: `${session}/intents/x`, displayName: 'Get Balance' },
        languageCode: 'en',
      },
      originalDetectIntentRequest: { source: 'telephony', payload: {} },
    };
    const { status, body: reply } = await postJson(`${service.url}/google`, body, { authorization: auth });
    assert.equal(status, 200);
    const text = String((reply as { fulfillmentText?: unknown }).fulfillmentText);
    assert.match(text, /in your bank's app/);
    assert.doesNotMatch(text, /sent/);
  });
});
