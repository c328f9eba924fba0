import { toAccountSummary } from './parse-accounts';
import { optionalCalendarDate, optionalMoney } from './parse-values';
import { DEFAULT_BOUNDS, type SaneBounds } from './sanity';
import type { AccountDetails, AccountSummary, CreditDetails } from './types';
import type { WireAccountDetails } from './wire';

/** Spreads `{ [key]: value }` only when the value is present: optional means optional. */
function present<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/**
 * Statement data from `bills[0]` first, then the top-level fallbacks, field by field. Every
 * balance is optional in FDX: what is absent stays absent and the answer says what is known.
 */
function creditDetails(wire: WireAccountDetails, account: AccountSummary, bounds: SaneBounds): CreditDetails {
  const c = account.currency;
  const bill = wire.bills[0];
  const statement = bill?.statementBalance ?? wire.lastStmtBalance;
  const minimum = bill?.minimumPaymentDue ?? wire.minimumPaymentAmount;
  return {
    kind: 'credit',
    account,
    ...present('owed', optionalMoney(wire.currentBalance, c, 'account.currentBalance', bounds)),
    ...present('availableCredit', optionalMoney(wire.availableCredit, c, 'account.availableCredit', bounds)),
    ...present('creditLine', optionalMoney(wire.creditLine, c, 'account.creditLine', bounds)),
    ...present('statementBalance', optionalMoney(statement, c, 'account.statementBalance', bounds)),
    ...present('minimumDue', optionalMoney(minimum, c, 'account.minimumPaymentDue', bounds)),
    ...present('dueDate', optionalCalendarDate(bill?.dueDate ?? wire.nextPaymentDate, 'account.dueDate', bounds)),
  };
}

/** Maps a checked `GET /accounts/{accountId}` body to domain details, by account kind. */
export function toAccountDetails(wire: WireAccountDetails, bounds: SaneBounds = DEFAULT_BOUNDS): AccountDetails {
  const account = toAccountSummary(wire);
  const c = account.currency;
  switch (account.kind) {
    case 'deposit':
      return {
        kind: 'deposit',
        account,
        ...present('current', optionalMoney(wire.currentBalance, c, 'account.currentBalance', bounds)),
        ...present('available', optionalMoney(wire.availableBalance, c, 'account.availableBalance', bounds)),
      };
    case 'creditCard':
    case 'lineOfCredit':
      return creditDetails(wire, account, bounds);
    case 'loan':
      return {
        kind: 'loan',
        account,
        ...present(
          'principal',
          optionalMoney(wire.principalBalance ?? wire.currentBalance, c, 'account.principalBalance', bounds),
        ),
        ...present('nextPaymentAmount', optionalMoney(wire.nextPaymentAmount, c, 'account.nextPaymentAmount', bounds)),
        ...present('nextPaymentDate', optionalCalendarDate(wire.nextPaymentDate, 'account.nextPaymentDate', bounds)),
      };
    case 'investment':
    case 'insurance':
    case 'annuity':
    case 'other':
      return {
        kind: 'other',
        account,
        ...present('current', optionalMoney(wire.currentValue ?? wire.currentBalance, c, 'account.current', bounds)),
      };
  }
}
