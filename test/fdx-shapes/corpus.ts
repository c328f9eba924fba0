import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DateTime } from 'luxon';
import type { FixtureCustomer } from '../support/fixture-bank';

const DIR = join(__dirname, '..', 'fixtures', 'fdx-bank');

/**
 * A fixture customer from test/fixtures/fdx-bank, its dates placed relative to `today`:
 * `{{D-n}}` is the day n days before today, `{{M-1:DD}}` day DD of last month.
 */
export function loadCustomer(name: string, today: DateTime): FixtureCustomer {
  const text = readFileSync(join(DIR, `${name}.json`), 'utf8')
    .replace(/\{\{D-(\d+)\}\}/g, (_, days: string) => today.minus({ days: Number(days) }).toISODate() ?? '')
    .replace(
      /\{\{M-1:(\d\d)\}\}/g,
      (_, day: string) =>
        today
          .minus({ months: 1 })
          .set({ day: Number(day) })
          .toISODate() ?? '',
    );
  return JSON.parse(text) as FixtureCustomer;
}

/** A v6 checking account descriptor (the fields FDX 6.4 requires, and a masked number). */
export function checking(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    accountCategory: 'DEPOSIT_ACCOUNT',
    accountId: id,
    accountType: 'CHECKING',
    accountNumberDisplay: `...${id.slice(-4).padStart(4, '0')}`,
    productName: 'Checking',
    status: 'OPEN',
    currency: { currencyCode: 'USD' },
    ...extra,
  };
}

/** `count` v6 debits of $9.00 each, one a day going back from `today` (cycling over 80 days). */
export function manyDebits(count: number, today: DateTime): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => {
    const day = today.minus({ days: 1 + (i % 80) }).toISODate() ?? '';
    return {
      accountCategory: 'DEPOSIT_ACCOUNT',
      transactionId: `m-${i}`,
      transactionTimestamp: `${day}T12:00:00-04:00`,
      postedTimestamp: `${day}T13:00:00-04:00`,
      description: 'CORNER DELI',
      debitCreditMemo: 'DEBIT',
      status: 'POSTED',
      amount: 9,
      transactionPayee: { merchantName: { name1: 'Corner Deli' } },
    };
  });
}
