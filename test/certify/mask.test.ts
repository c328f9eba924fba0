import assert from 'node:assert/strict';
import { createMasker, maskJson, splitTokens } from '../../certify/mask';

const mask = createMasker(() => ({ tokens: ['demo-alex', 'x'], numbers: ['4821', '2031'] }));

describe('certification masking', () => {
  it('masks amounts whole, also inside an escaped pattern', () => {
    assert.equal(mask('paid $1,254.38 and -$5'), 'paid $••• and $•••');
    assert.equal(mask(String.raw`expected /\$1,254\.38 arrived/`), String.raw`expected /\$••• arrived/`);
  });

  it('keeps dates, years, HTTP statuses, counts and timings', () => {
    const text =
      'GET /accounts/a1/transactions?startTime=2026-11-01&endTime=2026-12-01 → HTTP 401 in 2.51 s, 1,234 lines in 2026, 840 ms, at 2026-12-01T10:00:00Z, week 2026-W48';
    assert.equal(mask(text), text);
  });

  it('keeps interaction and request ids whole', () => {
    const text =
      'x-fapi-interaction-id 970c2920-8dda-4c07-a8d4-293dbfc1929a, amzn1.echo-api.request.63eb6da0-1935-4a21-9f02-d3ce6bf2c2b8';
    assert.equal(mask(text), text);
  });

  it('masks account numbers, punctuated numbers and spoken digits, and a known last four even where it reads as a year', () => {
    assert.equal(
      mask('ending in ...4821, card 5500 0000 1234 and 555-123-4567'),
      'ending in ...••••, card •••• •••• •••• and •••-•••-••••',
    );
    assert.equal(mask('my pin is 4 8 2 6'), 'my pin is • • • •');
    assert.equal(mask('account 123456789 and the number 2031'), 'account •••• and the number ••••');
  });

  it('masks a token by its exact value and leaves a one-character token alone', () => {
    assert.equal(mask('Bearer demo-alex, sent by x'), 'Bearer [token], sent by x');
    assert.deepEqual(splitTokens(['demo-alex', 'x', 'short7x', '']), { scanned: ['demo-alex'], tooShort: 2 });
  });

  it('masks credential fields of a JSON body whatever their length, and keeps timing and status numbers', () => {
    const masked = maskJson(
      { accessToken: 'x', latencyMs: 12, status: 200, balance: 12.5, speech: 'You have $12.50' },
      '',
      mask,
    );
    assert.deepEqual(masked, {
      accessToken: '[token]',
      latencyMs: 12,
      status: 200,
      balance: '•••',
      speech: 'You have $•••',
    });
  });
});
