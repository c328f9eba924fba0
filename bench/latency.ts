import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import os from 'node:os';
import { createBankClient } from '../shared/bank';
import { DEFAULT_MAX_CONCURRENT_PER_CUSTOMER } from '../shared/bank/config';
import type { TurnRecord } from '../shared/banking/dispatch';
import { systemClock } from '../shared/clock';
import { loadConfig } from '../shared/config';
import { createLogger } from '../shared/log/logger';
import { createApp } from '../skills/app';
import { alexaEnvelope, type AlexaTurn } from '../test/support/alexa-requests';
import { forkTs } from './support/children';
import { createPoster } from './support/http-post';
import { fixed, renderTable } from './support/table';
import { isVolumeBankReady, VOLUME_BANK_ENTRY } from './support/volume-bank';
import { listenOnLoopback } from '../shared/loopback';

/**
 * `npm run bench:latency`: time to answer each kind of question when the bank is slow and busy.
 * The bank runs in its own process (bench/support/volume-bank.ts) with a fixed latency per call and
 * a realistic volume; our service runs here with its real FDX client over loopback HTTP. Each
 * question is asked ITERATIONS times, one at a time, each with a fresh token (so no account list
 * is reused: the cold case). Prints p50/p95 time to answer, bank calls and critical-path calls per
 * turn, and the lower bound (critical-path calls × latency). Asserts nothing; stops by itself.
 */

const env = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return value;
};
const LATENCY_MS = env('BENCH_LATENCY_MS', 300);
const PER_ACCOUNT = env('BENCH_TRANSACTIONS', 2000);
const PAGE_SIZE = env('BENCH_PAGE_SIZE', 50);
const ITERATIONS = Math.min(env('BENCH_ITERATIONS', 10), 50);
/** Concurrency cap per customer; unset: the client's default. */
const PER_CUSTOMER = process.env['BENCH_PER_CUSTOMER'] === undefined ? undefined : env('BENCH_PER_CUSTOMER', 64);
const DAYS = 90;
const AIM_CRITICAL = 3;
const AIM_P95_MS = 1500;
const loadAverage = (): string =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
const ZONE = 'America/New_York';

interface Question {
  readonly label: string;
  readonly turn: Omit<AlexaTurn, 'token'>;
}

function questions(): Question[] {
  const today = systemClock.now().setZone(ZONE);
  const lastMonth = today.minus({ months: 1 }).toFormat('yyyy-MM');
  const lastWeek = today.minus({ weeks: 1 }).toFormat("kkkk-'W'WW");
  return [
    { label: 'balance, one account', turn: { intent: 'getBalance', slots: { account: 'checking' } } },
    { label: 'balance, all accounts', turn: { intent: 'getBalance' } },
    { label: 'recent transactions', turn: { intent: 'recentTransactions' } },
    { label: 'spending last month', turn: { intent: 'spending', slots: { date: lastMonth } } },
    { label: 'spending this year', turn: { intent: 'spending', slots: { date: today.toFormat('yyyy') } } },
    { label: 'pending', turn: { intent: 'pendingTransactions' } },
    { label: 'card', turn: { intent: 'cardDetails' } },
    { label: 'last payee (Netflix)', turn: { intent: 'lastTransactionWith', slots: { merchant: 'netflix' } } },
    { label: 'period listing (last week)', turn: { intent: 'transactionsInPeriod', slots: { date: lastWeek } } },
  ];
}

interface Sample {
  readonly ms: number;
  readonly turn: TurnRecord;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function listen(server: Server): Promise<string> {
  return `${(await listenOnLoopback(server)).url}/alexa`;
}

async function main(): Promise<void> {
  console.log(
    `bench:latency: bank in its own process, ${LATENCY_MS} ms per call, ${PER_ACCOUNT} transactions per account over ${DAYS} days, ${PAGE_SIZE} per page; node ${process.version}`,
  );
  const bank = await forkTs(
    VOLUME_BANK_ENTRY,
    { latencyMs: LATENCY_MS, perAccount: PER_ACCOUNT, days: DAYS, pageSize: PAGE_SIZE, zone: ZONE },
    isVolumeBankReady,
  );
  const config = loadConfig({ VERIFY_REQUESTS: 'false', DEFAULT_TIME_ZONE: ZONE, BANK_API_URL: bank.ready.url });
  const logger = createLogger({ level: 'info', destination: pino.destination({ dest: '/dev/null', sync: true }) });
  const caps = PER_CUSTOMER === undefined ? {} : { maxConcurrentPerCustomer: PER_CUSTOMER };
  const client = createBankClient({
    baseUrl: bank.ready.url,
    timeoutMs: config.bankTimeoutMs,
    logger,
    clock: systemClock,
    ...caps,
  });
  console.log(
    `bank client: at most ${PER_CUSTOMER ?? DEFAULT_MAX_CONCURRENT_PER_CUSTOMER} calls in flight per customer (BENCH_PER_CUSTOMER); machine load average ${loadAverage()}`,
  );
  let last: TurnRecord | undefined;
  const server = createServer(
    createApp({ config, logger, bank: client, clock: systemClock, onTurn: (turn) => (last = turn) }),
  );
  const url = await listen(server);
  const poster = createPoster({ url, maxSockets: 1, timeoutMs: 15_000 });
  const rows: (string | number)[][] = [];
  const failures: string[] = [];
  try {
    for (const question of questions()) {
      const samples: Sample[] = [];
      for (let i = 0; i <= ITERATIONS; i += 1) {
        const body = JSON.stringify(
          alexaEnvelope({
            ...question.turn,
            token: `bench-${randomUUID()}`,
            timestamp: systemClock.now().toISO() ?? '',
          }),
        );
        last = undefined;
        const started = performance.now();
        await poster.post({ body: Buffer.from(body), headers: { 'content-type': 'application/json' } });
        const ms = performance.now() - started;
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- `last` is set by the onTurn callback during the post
        if (last === undefined) throw new Error(`${question.label}: no turn recorded`);
        const turn: TurnRecord = last;
        if (turn.outcome !== 'ok')
          failures.push(
            `${question.label}: answered with ${turn.outcome} after ${fixed(ms, 0)} ms (${turn.calls} calls, critical path ${turn.criticalPath})`,
          );
        if (i > 0) samples.push({ ms, turn }); // the first ask warms connections and JIT
      }
      rows.push(row(question.label, samples));
    }
  } finally {
    poster.close();
    server.close();
    client.close();
    await bank.stop();
  }
  console.log(
    `${ITERATIONS} answers per question, one at a time, each with a fresh token (cold: no account list reused)`,
  );
  console.log('');
  console.log(
    renderTable(
      ['question', 'p50 ms', 'p95 ms', 'bank calls', 'critical path', 'lower bound ms', 'p50 / bound', 'partial'],
      rows,
    ),
  );
  console.log('');
  console.log(
    '(bank calls and critical path: per turn, as the core counts them — max over the runs; lower bound = critical path × latency)',
  );
  for (const failure of failures) console.log(`not answered: ${failure}`);
  console.log(
    '(critical path = the longest chain of bank calls that ran back to back, each starting after the previous ended)',
  );
  const over = rows.filter((r) => Number(r[4]) > AIM_CRITICAL || Number(r[2]) >= AIM_P95_MS).map((r) => String(r[0]));
  console.log(
    `aim (every question within ${AIM_CRITICAL} critical-path calls, p95 under ${AIM_P95_MS} ms): ${over.length === 0 ? 'met' : `NOT met for ${over.join(', ')}`}`,
  );
  console.log(
    `machine load average at the end ${loadAverage()} on ${os.cpus().length} CPUs (other processes' load shows up as time to answer)`,
  );
}

function row(label: string, samples: readonly Sample[]): (string | number)[] {
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  const calls = Math.max(...samples.map((s) => s.turn.calls));
  const critical = Math.max(...samples.map((s) => s.turn.criticalPath));
  const bound = critical * LATENCY_MS;
  const partial = samples.filter((s) => s.turn.partial).length;
  return [
    label,
    fixed(percentile(times, 50), 0),
    fixed(percentile(times, 95), 0),
    calls,
    critical,
    bound,
    bound === 0 ? '-' : fixed(percentile(times, 50) / bound, 2),
    `${partial}/${samples.length}`,
  ];
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
