import assert from 'node:assert/strict';
import { ResponseFactory } from 'ask-sdk-core';
import fc from 'fast-check';
import type { AccountSummary, Transaction } from '../../shared/bank/types';
import { enUS } from '../../shared/speech/messages-en-us';
import { maskNumbers } from '../../shared/speech/mask-numbers';
import { speechSafe } from '../../shared/speech/safe-text';
import { plainBankText, toPlainText } from '../../shared/speech/ssml';
import { toAlexaResponse } from '../../skills/alexa/to-alexa-response';
import { toWebhookResponse } from '../../skills/google/to-webhook-response';
import { leaksNumber, xmlProblems } from '../../bench/reliability/checks';
import { testClock } from '../support/clock';

const today = testClock({ ticking: false }).now().setZone('America/New_York');
// Fixed figures use only the digits 0–4 and planted numbers only 5–9, so a five-digit window of a
// planted number in an answer can only have come from the bank's text.
const account: AccountSummary = {
  id: 'a1',
  kind: 'deposit',
  type: 'CHECKING',
  nickname: 'Everyday',
  last4: '4321',
  status: 'OPEN',
  currency: 'USD',
};
const item = (description: string, payee?: string): Transaction => ({
  id: 't1',
  amount: { minor: -1240, currency: 'USD' },
  pending: false,
  date: today.minus({ days: 1 }),
  description,
  ...(payee === undefined ? {} : { payee }),
});

const JOINERS = [
  ' ',
  '  ',
  '-',
  ' - ',
  '.',
  '/',
  '\u00a0',
  '\u2013',
  '\u2212',
  '\t',
  '\u200b',
  '\u0000',
  '\n',
  ',',
  '_',
  ':',
  '+',
  '\u00b7',
  '\uff0c',
];
const planted = fc
  .tuple(
    fc.array(fc.stringMatching(/^[5-9]{1,5}$/), { minLength: 1, maxLength: 6 }),
    fc.array(fc.constantFrom(...JOINERS), { minLength: 6, maxLength: 6 }),
  )
  .map(([groups, joiners]) => groups.map((g, i) => (i === 0 ? g : `${joiners[i] ?? ' '}${g}`)).join(''))
  .filter((n) => n.replace(/\D/g, '').length >= 5);
const word = fc.constantFrom('CARD', 'REF', 'Transfer to', 'Zelle', 'ACH', 'call', '#', 'acct', 'x', '');
const bankTextWithNumber = fc
  .tuple(word, planted, word)
  .map(([before, n, after]) => ({ text: `${before} ${n} ${after}`, number: n }));

/** Every place bank text reaches an answer, spoken and on cards. */
function answers(text: string): string[] {
  const named = { ...account, nickname: text };
  const spoken = [
    enUS.transactions(account, [item(text), item('x', text)], today),
    enUS.lastTransaction(item(text, text), today),
    enUS.accountList([named]),
    enUS.whichAccount([named, account]),
    enUS.balance({
      kind: 'deposit',
      account: named,
      current: { minor: 1240, currency: 'USD' },
      available: { minor: 1240, currency: 'USD' },
    }),
    enUS.whichMerchant([text, 'Shell']),
    enUS.items([item(text)], today, false),
  ].map(toPlainText);
  const cards = [
    enUS.transactionCardLine(item(text, text), today),
    enUS.accountCardLine(named),
    enUS.balanceCardLine({ kind: 'deposit', account: named, current: { minor: 1240, currency: 'USD' } }),
  ];
  return [...spoken, ...cards];
}

describe('masking by meaning', () => {
  it('cuts card, phone and reference numbers to their last four digits however they are punctuated', () => {
    assert.equal(maskNumbers('Card 4111 1111 1111 1111'), 'Card 1111');
    assert.equal(maskNumbers('call 123-456-7890 now'), 'call 7890 now');
    assert.equal(maskNumbers('REF 000.123.457.710/22'), 'REF 1022');
    assert.equal(maskNumbers('store #1234, 12/31'), 'store #1234, 12/31');
  });

  it('cuts numbers joined by commas, underscores, colons, pluses and middle dots, but keeps well-formed amounts whole', () => {
    assert.equal(maskNumbers('acct 4111,1111,1111,1111'), 'acct 1111');
    assert.equal(maskNumbers('Acct 4111,1111,1111,1111'), 'Acct 1111');
    assert.equal(maskNumbers('Payout 4111_1111_1111_1111 ref 4111:1111:1111:1111'), 'Payout 1111 ref 1111');
    assert.equal(maskNumbers('4111+1111+1111+1111 or 4111\u00b71111\u00b71111\u00b71111'), '1111 or 1111');
    assert.equal(maskNumbers('$4111,1111,1111,1111 and 4111111111111111 USD'), '$1111 and 1111 USD');
    assert.equal(
      maskNumbers('$4,111,111,111,111,111'),
      '$1111',
      'a thousands grouping past a billion is no amount we keep',
    );
    assert.equal(
      maskNumbers('refund $1,234.56, fee 1,234 dollars, \u20ac12,000.00, CA$1,234.56'),
      'refund $1,234.56, fee 1,234 dollars, \u20ac12,000.00, CA$1,234.56',
    );
    assert.equal(maskNumbers('Ref 7890, 1234'), 'Ref 7890, 1234', 'a comma and a space part two numbers');
  });

  it('property: no answer or card carries five consecutive digits of a number from the bank', () => {
    fc.assert(
      fc.property(bankTextWithNumber, ({ text, number }) => {
        for (const answer of answers(text))
          assert.equal(leaksNumber(answer, number), false, `${JSON.stringify(text)} → ${answer}`);
        assert.ok(plainBankText(text).includes(number.replace(/\D/g, '').slice(-4)), 'the last four digits stay');
      }),
      { numRuns: 400 },
    );
  });
});

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
      fc.constantFrom(
        '\u0000',
        '\u0008',
        '\u001b',
        '\u007f',
        '\u0085',
        '\ufffe',
        '\uffff',
        '\ufdd0',
        '\u{10ffff}',
        '\u202e',
        '&',
        '<',
        '>',
        '"',
        "'",
        ']]>',
        '&amp;',
        '<speak>',
        '😀',
        'é',
      ),
      fc.string({ unit: 'grapheme-ascii', maxLength: 3 }),
    ),
    maxLength: 40,
  }),
);

describe('speech-safe text', () => {
  it('drops control characters, noncharacters and lone surrogates but keeps accents, emoji and line breaks as spaces', () => {
    assert.equal(speechSafe('Caf\u00e9\u0000 M\u00fcller\ufffe\ud800 😀\nnext'), 'Café Müller 😀 next');
  });

  it('property: every generated response, Alexa and Dialogflow, parses as XML whatever the bank or the user wrote', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const spoken = [
          enUS.transactions({ ...account, nickname: text }, [item(text, text)], today),
          enUS.accountNotFound(text),
          enUS.noLastTransaction(text, 90),
          enUS.whichMerchant([text]),
          enUS.spent(
            {
              range: { start: today.startOf('month'), end: today },
              net: { minor: 500, currency: 'USD' },
              refunds: { minor: 0, currency: 'USD' },
              purchases: 1,
              pending: 0,
              merchant: text,
              category: text,
            },
            today,
          ),
        ];
        for (const speech of spoken) {
          const reply = {
            speech,
            reprompt: speech,
            card: { title: 'T', lines: [enUS.transactionCardLine(item(text), today)] },
            endSession: false,
          };
          const alexa = toAlexaResponse(reply, ResponseFactory.init());
          const google = toWebhookResponse(reply, { session: 'projects/p/agent/sessions/s', assistant: true });
          const ssml = [alexa.outputSpeech, alexa.reprompt?.outputSpeech].map((o) =>
            String((o as { ssml?: string } | undefined)?.ssml),
          );
          const items = google.payload.google.richResponse?.items ?? [];
          for (const each of items) if ('simpleResponse' in each) ssml.push(each.simpleResponse.ssml);
          for (const doc of ssml) assert.deepEqual(xmlProblems(doc), [], doc);
        }
      }),
      { numRuns: 400 },
    );
  });
});
