import { systemClock } from '../../shared/clock';
import { Writable } from 'node:stream';
import { createBankClient, type AccountSummary, type DateRange, type FdxBankClient } from '../../shared/bank';
import { createLogger } from '../../shared/log/logger';
import { DEFAULT_ZONE } from '../../sandbox';
import type { Operation } from './load';

/** The bank benchmark's workloads: what the service asks the FDX client for on a voice turn. */

/** The demo customer whose data the workloads read. */
export const BENCH_TOKEN = 'demo-alex';

export interface BankWorkload {
  readonly name: string;
  /** One operation against `client`. */
  operation(client: FdxBankClient): Operation;
}

/** A client the way the service builds one, apart from reuse and retries (0, so failures show). */
export function benchClient(baseUrl: string, keepAlive: boolean): FdxBankClient {
  return createBankClient({ baseUrl, keepAlive, maxRetries: 0, timeoutMs: 2500, clock: systemClock });
}

function checkingOf(accounts: readonly AccountSummary[]): AccountSummary {
  const checking = accounts.find((account) => account.type === 'CHECKING') ?? accounts[0];
  if (checking === undefined) throw new Error('sandbox: no accounts for the bench customer');
  return checking;
}

/** The last 30 days, today included, in the sandbox's zone. */
function last30Days(): DateRange {
  const today = systemClock.now().setZone(DEFAULT_ZONE);
  return { start: today.minus({ days: 29 }).startOf('day'), end: today.endOf('day') };
}

/** (a) A balance answer: list the accounts, then the checking account's details. */
export const balanceWorkload: BankWorkload = {
  name: 'balance (list + details)',
  operation: (client) => async () => {
    const accounts = await client.listAccounts(BENCH_TOKEN);
    await client.getAccount(BENCH_TOKEN, checkingOf(accounts).id);
  },
};

/** (b) The checking account's transactions over the last 30 days, every page. */
export async function transactionsWorkload(baseUrl: string): Promise<BankWorkload> {
  const probe = benchClient(baseUrl, true);
  const accountId = checkingOf(await probe.listAccounts(BENCH_TOKEN)).id;
  probe.close();
  const range = last30Days();
  return {
    name: 'transactions, 30 days',
    operation: (client) => async () => {
      await client.listTransactions(BENCH_TOKEN, accountId, range);
    },
  };
}

/** How many HTTP calls one operation makes, counted from the client's one log line per attempt. */
export async function callsPerOperation(baseUrl: string, workload: BankWorkload): Promise<number> {
  let lines = 0;
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines += chunk
        .toString('utf8')
        .split('\n')
        .filter((line) => line.includes('"bank call')).length;
      done();
    },
  });
  const client = createBankClient({
    baseUrl,
    maxRetries: 0,
    clock: systemClock,
    logger: createLogger({ level: 'info', destination }),
  });
  await workload.operation(client)(0);
  client.close();
  await new Promise<void>((resolve) => setImmediate(resolve));
  return lines;
}
