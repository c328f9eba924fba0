import { toAccountSummary } from './parse-accounts';
import { optionalCalendarDate, optionalMoney, requiredMoney } from './parse-values';
import type { AccountDetails, AccountSummary, CreditDetails } from './types';
import type { WireAccountDetails } from './wire';

/** Spreads `{ [key]: value }` only when the value is present: optional means optional. */
function present<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** Statement data from `bills[0]` first, then the top-level fallbacks, field by field. */
function creditDetails(wire: WireAccountDetails, account: AccountSummary): CreditDetails {
  const c = account.currency;
  const bill = wire.bills[0];
  const statement = bill?.statementBalance ?? wire.lastStmtBalance;
  const minimum = bill?.minimumPaymentDue ?? wire.minimumPaymentAmount;
  return {
    kind: 'credit',
    account,
    owed: requiredMoney(wire.currentBalance, c, 'account.currentBalance'),
    ...present('availableCredit', optionalMoney(wire.availableCredit, c, 'account.availableCredit')),
    ...present('creditLine', optionalMoney(wire.creditLine, c, 'account.creditLine')),
    ...present('statementBalance', optionalMoney(statement, c, 'account.statementBalance')),
    ...present('minimumDue', optionalMoney(minimum, c, 'account.minimumPaymentDue')),
    ...present('dueDate', optionalCalendarDate(bill?.dueDate ?? wire.nextPaymentDate, 'account.dueDate')),
  };
}

/** Maps a checked `GET /accounts/{accountId}` body to domain details, by account kind. */
export function toAccountDetails(wire: WireAccountDetails): AccountDetails {
  const account = toAccountSummary(wire);
  const c = account.currency;
  switch (account.kind) {
    case 'deposit':
      return {
        kind: 'deposit',
        account,
        current: requiredMoney(wire.currentBalance, c, 'account.currentBalance'),
        ...present('available', optionalMoney(wire.availableBalance, c, 'account.availableBalance')),
      };
    case 'creditCard':
    case 'lineOfCredit':
      return creditDetails(wire, account);
    case 'loan':
      return {
        kind: 'loan',
        account,
        principal: requiredMoney(wire.principalBalance, c, 'account.principalBalance'),
        ...present('nextPaymentAmount', optionalMoney(wire.nextPaymentAmount, c, 'account.nextPaymentAmount')),
        ...present('nextPaymentDate', optionalCalendarDate(wire.nextPaymentDate, 'account.nextPaymentDate')),
      };
    case 'investment':
    case 'other':
      return {
        kind: 'other',
        account,
        ...present('current', optionalMoney(wire.currentValue ?? wire.currentBalance, c, 'account.current')),
      };
  }
}
