import type { DateTime } from 'luxon';
import { isoDate } from './dates';
import { integerBetween, mulberry32, seedOf, type Random } from './random';
import { fires, type Rule } from './schedule';
import { transactionTypeOf, type LedgerKind } from './transaction-types';
import type { SandboxTransaction } from './types';

/** How many days of history every account has, ending yesterday. */
export const HISTORY_DAYS = 90;

function makeTransaction(
  id: string,
  day: DateTime,
  rule: Rule,
  random: Random,
  ledger: LedgerKind,
): SandboxTransaction {
  const [lowHour, highHour] = rule.hours ?? [7, 21];
  const at = day.set({ hour: integerBetween(random, lowHour, highHour), minute: integerBetween(random, 0, 59) });
  const { merchant } = rule;
  return {
    transactionId: id,
    at,
    ...(rule.pending === true ? {} : { postedAt: day.plus({ days: 1 }).startOf('day') }),
    description: merchant.description,
    amountCents: integerBetween(random, rule.cents[0], rule.cents[1]),
    debitCreditMemo: rule.memo ?? 'DEBIT',
    status: rule.pending === true ? 'PENDING' : 'POSTED',
    category: merchant.mcc === undefined ? merchant.category : String(merchant.mcc),
    payee: merchant.payee,
    ...(merchant.person === undefined ? {} : { person: merchant.person }),
    transactionType: transactionTypeOf(merchant, rule.memo ?? 'DEBIT', ledger),
  };
}

function newestFirst(a: SandboxTransaction, b: SandboxTransaction): number {
  return b.at.toMillis() - a.at.toMillis() || (a.transactionId < b.transactionId ? 1 : -1);
}

/**
 * The transactions of one account over the {@link HISTORY_DAYS} days before `today` (a start of
 * day in the sandbox zone), newest first. Each calendar day draws from its own PRNG seeded by
 * `idPrefix` and the date, so the same inputs always give the same items.
 */
export function generateTransactions(
  idPrefix: string,
  rules: readonly Rule[],
  today: DateTime,
  ledger: LedgerKind = 'deposit',
): SandboxTransaction[] {
  const items: SandboxTransaction[] = [];
  for (let daysAgo = HISTORY_DAYS; daysAgo >= 1; daysAgo -= 1) {
    const day = today.minus({ days: daysAgo });
    const date = isoDate(day);
    const random = mulberry32(seedOf(`${idPrefix}:${date}`));
    let index = 0;
    for (const rule of rules) {
      if (!fires(rule.schedule, day, daysAgo, random)) continue;
      index += 1;
      items.push(makeTransaction(`${idPrefix}-${date.replace(/-/g, '')}-${index}`, day, rule, random, ledger));
    }
  }
  return items.sort(newestFirst);
}
