import type { DateTime } from 'luxon';
import { creditAccount, depositAccount, loanAccount, statement } from './accounts';
import { isoDate } from './dates';
import { generateTransactions as history } from './generate';
import { KIM_RULES as R } from './kim-rules';
import type { SandboxCustomer } from './types';

/** Page size of Kim's account list: seven accounts come back in three pages. */
export const KIM_ACCOUNTS_PAGE_SIZE = 3;

/**
 * Kim Nguyen (`demo-kim`): seven accounts, so "my checking" and "my credit card" are ambiguous and
 * the account list pages. The cash-back card and the line of credit send their statement in the
 * older top-level fields rather than `bills`.
 */
export function kim(today: DateTime): SandboxCustomer {
  const inDays = (days: number): string => isoDate(today.plus({ days }));
  return {
    customerId: 'cust-kim',
    token: 'demo-kim',
    name: { first: 'Kim', last: 'Nguyen' },
    accountsPageSize: KIM_ACCOUNTS_PAGE_SIZE,
    accounts: [
      depositAccount({
        accountId: 'acc-kim-chk-household',
        accountType: 'CHECKING',
        last4: '2231',
        productName: 'Joint Checking',
        nickname: 'Household',
        currentCents: 642_915,
        transactions: history('kim-chk-household', R.household, today),
      }),
      depositAccount({
        accountId: 'acc-kim-chk-personal',
        accountType: 'CHECKING',
        last4: '5567',
        productName: 'Everyday Checking',
        nickname: 'Personal',
        currentCents: 87_344,
        transactions: history('kim-chk-personal', R.personal, today),
      }),
      depositAccount({
        accountId: 'acc-kim-sav',
        accountType: 'SAVINGS',
        last4: '8802',
        productName: 'Premier Savings',
        nickname: 'Emergency Fund',
        currentCents: 2_150_078,
        transactions: history('kim-sav', R.savings, today),
      }),
      creditAccount({
        accountId: 'acc-kim-card-travel',
        accountType: 'CREDITCARD',
        last4: '1456',
        productName: 'Travel Rewards Card',
        nickname: 'Travel Card',
        owedCents: 231_877,
        creditLineCents: 1_500_000,
        statement: statement(187_412, 4_000, inDays(12)),
        transactions: history('kim-card-travel', R.travelCard, today, 'credit'),
      }),
      creditAccount({
        accountId: 'acc-kim-card-cash',
        accountType: 'CREDITCARD',
        last4: '3390',
        productName: 'Cash Back Card',
        owedCents: 48_209,
        creditLineCents: 600_000,
        statementStyle: 'topLevel',
        statement: statement(41_150, 2_500, inDays(19)),
        transactions: history('kim-card-cash', R.cashCard, today, 'credit'),
      }),
      loanAccount({
        accountId: 'acc-kim-mortgage',
        accountType: 'MORTGAGE',
        last4: '6120',
        productName: '30-Year Fixed Mortgage',
        nickname: 'Home Loan',
        principalCents: 31_245_088,
        nextPaymentCents: 214_567,
        nextPaymentDate: isoDate(today.plus({ months: 1 }).startOf('month')),
        transactions: history('kim-mortgage', R.mortgage, today, 'loan'),
      }),
      creditAccount({
        accountId: 'acc-kim-heloc',
        accountType: 'LINEOFCREDIT',
        last4: '4409',
        productName: 'Home Equity Line of Credit',
        owedCents: 1_186_250,
        creditLineCents: 5_000_000,
        statementStyle: 'topLevel',
        statement: statement(1_186_250, 31_000, inDays(9)),
        transactions: history('kim-heloc', R.heloc, today, 'credit'),
      }),
    ],
  };
}
