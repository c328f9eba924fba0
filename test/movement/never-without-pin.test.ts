import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { AuditEntry, AuditLog } from '../../shared/audit';
import type { TransferClient } from '../../shared/bank';
import type { AccountDetails, AccountSummary, BankClient } from '../../shared/bank/types';
import type { BankingReply, BankingRequest } from '../../shared/banking/contract';
import { createCore } from '../../shared/banking/dispatch';
import { createPinService } from '../../shared/banking/pin/service';
import { silentLogger } from '../../shared/log/logger';
import { customerKey } from '../../shared/security/customer-key';
import { createStateStore, type StateStore } from '../../shared/state';
import { testClock } from '../support/clock';

const SECRET = 'property-secret-0123456789abcdef0123';
const summary = (
  id: string,
  type: string,
  kind: AccountSummary['kind'],
  last4: string,
  nickname: string,
): AccountSummary => ({ id, type, kind, last4, nickname, status: 'OPEN', currency: 'USD' });
const ACCOUNTS = [
  summary('chk', 'CHECKING', 'deposit', '4821', 'Everyday'),
  summary('sav', 'SAVINGS', 'deposit', '7710', 'Rainy Day'),
  summary('card', 'CREDITCARD', 'creditCard', '9034', 'Rewards Card'),
  summary('loan', 'AUTOLOAN', 'loan', '3391', 'Car loan'),
];
const usd = (minor: number) => ({ minor, currency: 'USD' });

function details(id: string): AccountDetails {
  const account = ACCOUNTS.find((a) => a.id === id) ?? ACCOUNTS[0]!;
  if (account.kind === 'creditCard')
    return { kind: 'credit', account, owed: usd(120_000), statementBalance: usd(98_240), minimumDue: usd(3_500) };
  if (account.kind === 'loan')
    return { kind: 'loan', account, principal: usd(1_000_000), nextPaymentAmount: usd(38_900) };
  return { kind: 'deposit', account, current: usd(500_000), available: usd(500_000) };
}

const bank: BankClient = {
  listAccounts: async () => ACCOUNTS,
  getAccount: async (_token, id) => details(id),
  listTransactions: async () => [],
  getCustomerId: async () => 'cust-property',
};
const audit: AuditLog = {
  append: async (_entry: AuditEntry) => undefined,
  linesFor: async () => [],
  close: async () => undefined,
};

type Turn = Pick<BankingRequest, 'intent' | 'slots'> | 'newSession';
const TRANSFER: Turn = {
  intent: 'transfer',
  slots: { amountMinor: 20_000, from: { name: 'checking' }, to: { name: 'savings' } },
};
const RIGHT_PIN: Turn = { intent: 'pin', slots: { pin: '4826' } };
const YES: Turn = { intent: 'yes', slots: {} };

/**
 * Steps a user might take, in any order: single turns, and the whole way to a movement, so that
 * generated dialogs do reach the bank and the property is tested, not vacuous.
 */
const STEPS: ReadonlyArray<readonly Turn[]> = [
  [TRANSFER, RIGHT_PIN, RIGHT_PIN, YES],
  [TRANSFER, RIGHT_PIN, YES],
  [TRANSFER, YES],
  [TRANSFER, RIGHT_PIN, RIGHT_PIN],
  [TRANSFER, RIGHT_PIN],
];
const TURNS: readonly Turn[] = [
  { intent: 'transfer', slots: { amountMinor: 20_000, from: { name: 'checking' }, to: { name: 'savings' } } },
  { intent: 'transfer', slots: { amountMinor: 5_020, to: { name: 'rainy day' } } },
  { intent: 'payCard', slots: {} },
  { intent: 'payLoan', slots: {} },
  { intent: 'paymentAmount', slots: { paymentOption: 'minimum' } },
  { intent: 'paymentAmount', slots: { amountMinor: 1_000 } },
  { intent: 'yes', slots: {} },
  { intent: 'yes', slots: {} },
  { intent: 'no', slots: {} },
  { intent: 'fallback', slots: {} },
  { intent: 'pin', slots: { pin: '4826' } },
  { intent: 'pin', slots: { pin: '1357' } },
  { intent: 'selectAccount', slots: { account: { lastFour: '4826' } } },
  { intent: 'stop', slots: {} },
  { intent: 'transferStatus', slots: {} },
  { intent: 'getBalance', slots: {} },
  { intent: 'help', slots: {} },
  'newSession',
];

describe('money never moves without the PIN and an explicit yes (property over generated dialogs)', () => {
  it('reaches POST /transfers only on a yes to a confirmation, with the PIN said in that session', async function () {
    // Every generated dialog hashes PINs with scrypt: slow on purpose, so the run gets time.
    this.timeout(120_000);
    let movedInAll = 0;
    const step = fc.oneof(
      fc.constantFrom(...STEPS),
      fc.constantFrom(...TURNS).map((turn) => [turn]),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 8 }).map((steps) => steps.flat()),
        async (turns) => {
          const clock = testClock();
          const store: StateStore = createStateStore('memory', silentLogger(), { clock });
          const key = customerKey({ customerId: 'cust-property' }, SECRET);
          let sessionId = randomUUID();
          let last: BankingReply | undefined;
          let current: Pick<BankingRequest, 'intent'> | undefined;
          // The core's error boundary would swallow a throw here, so violations are collected and checked after.
          const violations: string[] = [];
          const transfers: TransferClient = {
            async createTransfer(_token, order) {
              movedInAll += 1;
              if (current?.intent !== 'yes') violations.push('POST /transfers outside a yes');
              if (!last?.speech.includes('To confirm: move'))
                violations.push('POST /transfers without a confirmation just before');
              if (!(await store.isPinVerified(key, sessionId)))
                violations.push('POST /transfers without the PIN in this session');
              return {
                transferId: order.transferId,
                status: 'PROCESSED',
                amount: order.amount,
                referenceId: '0000001234',
              };
            },
            getTransfer: async () => undefined,
          };
          const pinOptions = {
            store,
            bank,
            keySecret: SECRET,
            maxAttempts: 3,
            lockSeconds: 900,
            idleSeconds: 300,
            clock,
          };
          const core = createCore({
            bank,
            logger: silentLogger(),
            clock,
            turnDeadlineMs: 4000,
            historyDays: 90,
            movement: {
              transfers,
              store,
              audit,
              pin: createPinService({ ...pinOptions, policy: 'session' }),
              limits: { perMovementMinor: 250_000, dailyMinor: 500_000 },
            },
          });
          try {
            for (const turn of turns) {
              if (turn === 'newSession' || last?.endSession) {
                sessionId = randomUUID();
                last = undefined;
                if (turn === 'newSession') continue;
              }
              current = turn;
              last = await core({
                ...turn,
                locale: 'en-US',
                timeZone: 'America/New_York',
                accessToken: 'token-property',
                session: last?.session ?? {},
                platform: 'alexa',
                requestId: randomUUID(),
                sessionId,
              });
            }
          } finally {
            await store.close();
          }
          assert.deepEqual(violations, []);
        },
      ),
      { numRuns: 30 },
    );
    // The property is about something: some generated dialogs did move money.
    assert.ok(movedInAll > 0);
  });
});
