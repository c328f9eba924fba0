import assert from 'node:assert/strict';
import { startTestService, type TestService } from '../support/service';
import { dollars } from './facts';
import { PLATFORMS } from './runner';
import { testClock } from '../support/clock';

interface RawTransaction {
  amount: number;
  debitCreditMemo: string;
  description: string;
  transactionPayee?: string;
  category?: string;
}

/** Every transaction of a demo customer in the range, read page by page over raw FDX HTTP. */
async function rawTransactions(bankUrl: string, token: string, start: string, end: string): Promise<RawTransaction[]> {
  const headers = { Authorization: `Bearer ${token}` };
  const list = (await (await fetch(`${bankUrl}/accounts`, { headers })).json()) as {
    accounts: Array<{ accountId: string; accountCategory: string }>;
  };
  const all: RawTransaction[] = [];
  for (const account of list.accounts.filter((a) => a.accountCategory !== 'LOAN_ACCOUNT')) {
    let next: string | undefined = `/accounts/${account.accountId}/transactions?startTime=${start}&endTime=${end}`;
    while (next) {
      const page = (await (await fetch(new URL(next, bankUrl), { headers })).json()) as {
        transactions: RawTransaction[];
        links?: { next?: { href: string } };
      };
      all.push(...page.transactions);
      next = page.links?.next?.href;
    }
  }
  return all;
}

/** The independent arithmetic: cents from the raw decimal, debits minus credits. */
function expected(items: readonly RawTransaction[]): { net: string; purchases: number } {
  const cents = (t: RawTransaction): number => Math.round(t.amount * 100);
  const debits = items.filter((t) => t.debitCreditMemo === 'DEBIT');
  const credits = items.filter((t) => t.debitCreditMemo === 'CREDIT');
  const net = debits.reduce((s, t) => s + cents(t), 0) - credits.reduce((s, t) => s + cents(t), 0);
  return { net: dollars(net / 100), purchases: debits.length };
}

describe('spending answers equal the sum computed from the raw FDX data', () => {
  let service: TestService;
  const lastMonth = testClock().now().setZone('America/New_York').minus({ months: 1 });
  const start = lastMonth.startOf('month').toISODate() ?? '';
  const end = lastMonth.endOf('month').toISODate() ?? '';
  before(async () => {
    service = await startTestService();
  });
  after(async () => service.close());

  const cases = [
    {
      what: 'at Starbucks',
      ask: { merchant: 'starbucks' },
      pick: (t: RawTransaction) => /STARBUCKS/i.test(t.description),
    },
    {
      what: "at Trader Joe's, refunds netted",
      ask: { merchant: 'trader joes' },
      pick: (t: RawTransaction) => /TRADER JOE/i.test(t.description),
    },
    { what: 'on groceries', ask: { category: 'groceries' }, pick: (t: RawTransaction) => t.category === 'Groceries' },
  ];
  for (const platform of PLATFORMS) {
    for (const { what, ask, pick } of cases) {
      it(`${platform.name}: last month ${what}`, async () => {
        const raw = (await rawTransactions(service.bankUrl, 'demo-alex', start, end)).filter(pick);
        const { net, purchases } = expected(raw);
        assert.ok(purchases > 0, 'the sandbox has purchases to sum');
        const heard = await platform
          .start(service.url, 'demo-alex')
          .say({ intent: 'spending', date: lastMonth.toFormat('yyyy-LL'), ...ask });
        assert.ok(heard.text.includes(`you spent ${net}`), `expected ${net} in: ${heard.text}`);
        assert.ok(
          heard.text.includes(`across ${purchases} purchase`),
          `expected ${purchases} purchases in: ${heard.text}`,
        );
        assert.ok(heard.text.startsWith(`Last month, in ${lastMonth.toFormat('LLLL')},`), heard.text);
      });
    }
  }
});
