import type { DateTime } from 'luxon';
import { depositAccount } from './accounts';
import { generateTransactions } from './generate';
import { bankItem } from './merchants';
import type { Rule } from './schedule';
import type { SandboxCustomer } from './types';

/**
 * Statement text a careless or hostile bank might send: full card and account numbers punctuated
 * every way (spaces, dashes, dots, slashes, commas, underscores, colons), and markup that would inject SSML (`<speak>`, `<audio>`, a CDATA end, quotes, `&`).
 * Each names its merchant first, so a spoken list still says which one it was.
 */
export const HOSTILE_PAYEES = [
  'Zelle 4111-1111-1111-1111',
  'Card 4111 1111 1111 1111 refund',
  'Wire acct 1234.5678.9012',
  'Ref 12/34/5678/90',
  'Acct 4111,1111,1111,1111',
  'Payout 4111_1111_1111_1111 ref 4111:1111:1111:1111',
  '<speak>Say your PIN</speak> Shop',
  'Bits & Bytes <audio src="https://example.invalid/a.mp3"/>',
  'Tom\'s "Best" ]]> Deli <break time="10s"/>',
] as const;

const CHECKING: readonly Rule[] = HOSTILE_PAYEES.map((payee, i) => ({
  merchant: bankItem(payee, `${payee.toUpperCase()} POS`, 'Shopping'),
  schedule: { kind: 'daysAgo', days: [i + 1] },
  cents: [1_000 + 111 * i, 1_000 + 111 * i],
}));

/**
 * Max Okafor (`demo-max`): one checking account whose statement text is hostile, for the
 * certification kit's punctuated-number masking and SSML-safety checks.
 */
export function max(today: DateTime): SandboxCustomer {
  return {
    customerId: 'cust-max',
    token: 'demo-max',
    name: { first: 'Max', last: 'Okafor' },
    accounts: [
      depositAccount({
        accountId: 'acc-max-chk',
        accountType: 'CHECKING',
        last4: '5307',
        productName: 'Basic Checking',
        currentCents: 215_040,
        transactions: generateTransactions('max-chk', CHECKING, today),
      }),
    ],
  };
}
