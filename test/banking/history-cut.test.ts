import assert from 'node:assert/strict';
import type { DateTime } from 'luxon';
import type { AccountSummary, BankClient, DateRange } from '../../shared/bank/types';
import type { BankingRequest, BankingSlots } from '../../shared/banking/contract';
import { createCore } from '../../shared/banking/dispatch';
import type { PeriodResult } from '../../shared/dates';
import { silentLogger } from '../../shared/log/logger';
import { enUS } from '../../shared/speech/messages-en-us';
import { testClock } from '../support/clock';

const ZONE = 'America/Chicago';
const clock = testClock();
const today = (): DateTime => clock.now().setZone(ZONE);
const checking: AccountSummary = {
  id: 'chk',
  kind: 'deposit',
  type: 'CHECKING',
  nickname: 'Everyday',
  last4: '4821',
  status: 'OPEN',
  currency: 'USD',
};

/** An in-memory bank with no transactions that records every range it is asked for. */
function recordingBank(asked: DateRange[]): BankClient {
  return {
    listAccounts: async () => [checking],
    getAccount: async () => {
      throw new Error('not used');
    },
    listTransactions: async (_token, _id, range) => {
      asked.push(range);
      return [];
    },
    getCustomerId: async () => 'customer-1',
  };
}

/** A period as an adapter hands it over: parsed and cut at today, not at the bank's history. */
function named(start: DateTime, end: DateTime): PeriodResult {
  return {
    ok: true,
    adjusted: false,
    granularity: 'range',
    range: { start: start.startOf('day'), end: end.endOf('day') },
  };
}

async function ask(slots: BankingSlots, historyDays: number): Promise<{ speech: string; asked: DateRange[] }> {
  const asked: DateRange[] = [];
  const core = createCore({
    bank: recordingBank(asked),
    logger: silentLogger(),
    clock,
    turnDeadlineMs: 2000,
    historyDays,
  });
  const req: BankingRequest = {
    intent: 'transactionsInPeriod',
    slots,
    locale: 'en-US',
    timeZone: ZONE,
    accessToken: 'token',
    session: {},
    platform: 'google',
    requestId: 'r1',
    sessionId: 's1',
  };
  return { speech: (await core(req)).speech, asked };
}

describe("the core cuts a named period at the bank's history", () => {
  it('asks the bank from the first day of its history when the period starts earlier', async () => {
    const { asked } = await ask({ period: named(today().minus({ days: 200 }), today().minus({ days: 10 })) }, 30);
    assert.ok(asked.length > 0, 'the bank was asked');
    const earliest = asked.map((range) => range.start.toMillis()).sort((a, b) => a - b)[0];
    assert.equal(earliest, today().minus({ days: 29 }).startOf('day').toMillis());
  });

  it('says how far back the bank reaches, without asking it, when the whole period is older', async () => {
    const { speech, asked } = await ask(
      { period: named(today().minus({ days: 200 }), today().minus({ days: 100 })) },
      90,
    );
    assert.equal(speech, enUS.periodBeforeHistory(90));
    assert.deepEqual(asked, []);
  });

  it('leaves a period inside the history as the adapter resolved it', async () => {
    const { asked } = await ask({ period: named(today().minus({ days: 5 }), today()) }, 90);
    assert.equal(asked[0]?.start.toMillis(), today().minus({ days: 5 }).startOf('day').toMillis());
  });
});
