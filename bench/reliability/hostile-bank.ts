import express from 'express';
import type { Clock } from '../../shared/clock';
import { listenOnLoopback } from '../../shared/loopback';

/** Numbers the hostile bank plants in its text, punctuated every way a bank might; none may be said whole. */
export const PLANTED_NUMBERS = [
  '4111 1111 1111 1111',
  '5500-0000-0000-0004',
  '987.654.321.0',
  '123-456-7890',
  '000123457710',
  '31/12/20269',
  '12345 67890',
];
/** Text XML cannot carry, from a careless bank. */
const BROKEN = ['\u0000', '\u0008', '\ufffe', '\uffff', '\ud800', '\udfff', '\u001b[31m', '<b>', ']]>', '&', '"\''];

function text(i: number): string {
  const number = PLANTED_NUMBERS[i % PLANTED_NUMBERS.length] ?? '';
  const broken = BROKEN[i % BROKEN.length] ?? '';
  return `${['Card', 'REF', 'Transfer to', 'Zelle', 'call'][i % 5] ?? ''} ${number}${broken} AT&T ${broken}Caf\u00e9`;
}

/**
 * A small FDX v6 bank on 127.0.0.1 whose every free-text field (nickname, product name, payee,
 * description, category) carries a planted number and characters XML cannot carry. Amounts and
 * dates are ordinary, relative to the clock's today.
 */
export async function startHostileBank(clock: Clock): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  const accounts = [0, 1].map((i) => ({
    accountCategory: 'DEPOSIT_ACCOUNT',
    accountId: `acct-${i}`,
    accountType: i === 0 ? 'CHECKING' : 'SAVINGS',
    accountNumberDisplay: i === 0 ? '...4821' : '...7710',
    productName: text(i + 3),
    nickname: text(i),
    status: 'OPEN',
    currency: { currencyCode: 'USD' },
  }));
  app.get('/customers/current', (_req, res) => {
    res.json({ customerId: 'hostile-customer' });
  });
  app.get('/accounts', (_req, res) => {
    res.json({ page: { totalElements: accounts.length }, accounts });
  });
  app.get('/accounts/:id', (req, res) => {
    const account = accounts.find((a) => a.accountId === req.params.id);
    if (!account) res.status(404).json({ code: '701', message: 'not found' });
    else res.json({ ...account, currentBalance: 1523.07, availableBalance: 1498.5 });
  });
  app.get('/accounts/:id/transactions', (_req, res) => {
    const today = clock.now();
    const transactions = Array.from({ length: 12 }, (_, i) => ({
      transactionId: `t-${i}`,
      transactionTimestamp: today.minus({ days: i + 1 }).toISO(),
      postedTimestamp: today.minus({ days: i }).toISO(),
      description: text(i),
      amount: 5 + i,
      debitCreditMemo: 'DEBIT',
      status: i < 2 ? 'PENDING' : 'POSTED',
      category: text(i + 1),
      transactionPayee: { merchantName: { name1: text(i + 2) } },
    }));
    res.json({ transactions });
  });
  const { url, close } = await listenOnLoopback(app);
  return {
    url,
    close,
  };
}
