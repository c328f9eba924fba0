import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { ResponseFactory } from 'ask-sdk-core';
import type { AccountSummary, Transaction } from '../../shared/bank/types';
import { formatMoney } from '../../shared/speech/format';
import { enUS } from '../../shared/speech/messages-en-us';
import { escapeSsml, sayDigits, toPlainText } from '../../shared/speech/ssml';
import { toAlexaResponse } from '../../skills/alexa/to-alexa-response';

/** Well-formed for our purposes: only our own tags, and every & starts one of the five entities. */
function assertValidSsml(ssml: string): void {
  const withoutTags = ssml.replace(/<\/?(speak|say-as)( interpret-as="digits")?>/g, '');
  assert.doesNotMatch(withoutTags, /[<>]/, `stray tag character in ${ssml}`);
  assert.doesNotMatch(withoutTags, /&(?!(amp|lt|gt|quot|apos);)/, `raw ampersand in ${ssml}`);
}

const account: AccountSummary = {
  id: 'a1',
  kind: 'deposit',
  type: 'CHECKING',
  nickname: 'Everyday',
  last4: '4821',
  status: 'OPEN',
  currency: 'USD',
};
const today = DateTime.fromISO('2026-11-29T12:00:00', { zone: 'America/New_York' });
const spend = (payee: string, minor: number): Transaction => ({
  id: payee,
  amount: { minor: -minor, currency: 'USD' },
  pending: false,
  date: today.minus({ days: 1 }),
  description: payee.toUpperCase(),
  payee,
});

describe('speech', () => {
  it('escapes the five XML characters in dynamic text', () => {
    assert.equal(escapeSsml(`AT&T <"Ben & Jerry's">`), 'AT&amp;T &lt;&quot;Ben &amp; Jerry&apos;s&quot;&gt;');
  });

  it('reads at most four digits, one by one, and refuses anything longer', () => {
    assert.equal(sayDigits('4821'), '<say-as interpret-as="digits">4821</say-as>');
    assert.throws(() => sayDigits('12345'));
    assert.throws(() => sayDigits('12a4'));
  });

  it('keeps "AT&T", "Ben & Jerry\'s" and "Café Müller" valid SSML in a whole Alexa response, and readable as text', () => {
    const speech = enUS.transactions(
      account,
      [spend('AT&T', 8500), spend("Ben & Jerry's", 650), spend('Café Müller', 1240)],
      today,
    );
    const response = toAlexaResponse({ speech, endSession: true }, ResponseFactory.init());
    const ssml = String((response.outputSpeech as { ssml?: string }).ssml);
    assertValidSsml(ssml);
    assert.ok(ssml.includes('AT&amp;T') && ssml.includes('Ben &amp; Jerry&apos;s') && ssml.includes('Café Müller'));
    assert.match(
      toPlainText(speech),
      /\$85\.00 at AT&T\. Yesterday, \$6\.50 at Ben & Jerry's\. Yesterday, \$12\.40 at Café Müller\./,
    );
  });

  it('never reads more than four digits of a number the bank put in a payee, description or nickname', () => {
    const { payee: _none, ...spent } = spend('x', 100);
    const transfer = { ...spent, description: 'TRANSFER TO SAV 000123457710 REF 9876543210' };
    const text = toPlainText(enUS.transactions({ ...account, nickname: 'Acct 12345678' }, [transfer], today));
    assert.doesNotMatch(text, /\d{5,}/);
    assert.match(text, /TRANSFER TO SAV 7710 REF 3210/);
  });

  it('says when refunds were more than purchases instead of "you spent"', () => {
    const range = { start: today.startOf('month'), end: today };
    const text = toPlainText(
      enUS.spent(
        {
          range,
          net: { minor: -500, currency: 'USD' },
          refunds: { minor: 2000, currency: 'USD' },
          purchases: 1,
          pending: 0,
          merchant: 'Target',
        },
        today,
      ),
    );
    assert.equal(text, 'So far this month, your refunds at Target came to $5.00 more than your 1 purchase.');
  });

  it('formats money from minor units exactly, for any size', () => {
    assert.equal(formatMoney({ minor: 125430, currency: 'USD' }, 'en-US'), '$1,254.30');
    assert.equal(formatMoney({ minor: 30, currency: 'USD' }, 'en-US'), '$0.30');
    assert.equal(formatMoney({ minor: 900719925474099, currency: 'USD' }, 'en-US'), '$9,007,199,254,740.99');
    assert.equal(formatMoney({ minor: -4217, currency: 'USD' }, 'en-US', { absolute: true }), '$42.17');
  });

  it('says overdrawn for a negative deposit balance, never a minus sign', () => {
    const text = toPlainText(
      enUS.balance({
        kind: 'deposit',
        account,
        current: { minor: -4217, currency: 'USD' },
        available: { minor: -5017, currency: 'USD' },
      }),
    );
    assert.match(text, /overdrawn by \$50\.17/);
    assert.doesNotMatch(text, /-\$/);
  });

  it('says only what a card reported: no available credit sentence when the bank sent none', () => {
    const { nickname: _none, ...unnamed } = account;
    const card: AccountSummary = {
      ...unnamed,
      kind: 'creditCard',
      type: 'CREDITCARD',
      productName: 'Rewards Card',
      last4: '9034',
    };
    const text = toPlainText(enUS.balance({ kind: 'credit', account: card, owed: { minor: 41275, currency: 'USD' } }));
    assert.equal(text, 'On your Rewards Card ending in 9034, you owe $412.75.');
  });
});
