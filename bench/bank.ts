import { systemClock } from '../shared/clock';
import os from 'node:os';
import { startSandbox } from '../sandbox';
import { forkTs } from './support/children';
import { runRounds, warmUp, type LoadOptions, type LoadResult } from './support/load';
import {
  balanceWorkload,
  benchClient,
  callsPerOperation,
  transactionsWorkload,
  type BankWorkload,
} from './support/bank-workloads';
import { isSandboxReady, SANDBOX_CHILD_ENTRY } from './support/sandbox-child';
import { fixed, renderTable, type Cell } from './support/table';

/**
 * `npm run bench:bank`: the FDX client against the sandbox bank over loopback, with connection
 * reuse (keep-alive agent) on and off, side by side. Prints figures; asserts nothing.
 */

const CONCURRENCY = 8;
/** Before each workload, each client: JIT, the sandbox's caches, the connection pool. */
const WARM: LoadOptions = { concurrency: CONCURRENCY, requests: 2000, maxDurationMs: 1500 };
/** Each round, each client; reuse on and off alternate for ROUNDS rounds. */
const RUN: LoadOptions = { concurrency: CONCURRENCY, requests: 1500, maxDurationMs: 1000 };
const ROUNDS = 3;

interface Placement {
  readonly name: string;
  readonly url: string;
  /** The sandbox's process when it is not this one. */
  readonly pid?: number;
  stop(): Promise<void>;
}

interface Measured {
  readonly on: LoadResult;
  readonly off: LoadResult;
  readonly calls: number;
}

/** Reuse on and off, warmed, then alternated round by round. */
async function measure({ url, pid }: Placement, workload: BankWorkload): Promise<{ on: LoadResult; off: LoadResult }> {
  const clients = { on: benchClient(url, true), off: benchClient(url, false) };
  try {
    const operations = { on: workload.operation(clients.on), off: workload.operation(clients.off) };
    await warmUp(operations.on, WARM);
    await warmUp(operations.off, { ...WARM, maxDurationMs: WARM.maxDurationMs / 3 });
    return await runRounds(operations, { ...RUN, ...(pid === undefined ? {} : { watchPids: [pid] }) }, ROUNDS);
  } finally {
    clients.on.close();
    clients.off.close();
  }
}

async function childPlacement(): Promise<Placement> {
  const child = await forkTs(SANDBOX_CHILD_ENTRY, {}, isSandboxReady);
  return {
    name: 'sandbox in child process',
    url: child.ready.url,
    stop: () => child.stop(),
    ...(child.pid === undefined ? {} : { pid: child.pid }),
  };
}

async function inProcessPlacement(): Promise<Placement> {
  const sandbox = await startSandbox({ port: 0, host: '127.0.0.1', clock: systemClock });
  return { name: 'sandbox in this process', url: sandbox.url, stop: () => sandbox.close() };
}

/** CPU microseconds per HTTP call: this process's, and the sandbox child's when there is one. */
function cpuRow(placement: string, workload: string, { on, off, calls }: Measured): Cell[] {
  const perCall = (ms: number, r: LoadResult): string => fixed((ms * 1000) / (r.completed * calls), 0);
  const bank = (r: LoadResult): string => (r.watchedCpuMs[0] === undefined ? 'same' : perCall(r.watchedCpuMs[0], r));
  return [placement, workload, perCall(on.cpuMs, on), perCall(off.cpuMs, off), bank(on), bank(off)];
}

function row(placement: string, workload: string, { on, off, calls }: Measured): Cell[] {
  return [
    placement,
    workload,
    calls,
    fixed(on.perSecond * calls, 0),
    fixed(off.perSecond * calls, 0),
    `${fixed(on.perSecond / off.perSecond, 2)}x`,
    fixed(on.p50Ms, 2),
    fixed(off.p50Ms, 2),
    fixed(on.p99Ms, 2),
    fixed(off.p99Ms, 2),
    `${on.errors}/${off.errors}`,
  ];
}

async function main(): Promise<void> {
  console.log(
    `bench:bank: FDX client -> sandbox bank over 127.0.0.1, node ${process.version}, ${os.cpus().length} CPUs`,
  );
  console.log(
    `concurrency ${CONCURRENCY}; per row: warm-up, then reuse on/off alternating ${ROUNDS} rounds of ${RUN.requests} ops or ${RUN.maxDurationMs} ms each (whichever first); retries off`,
  );
  const rows: Cell[][] = [];
  const cpuRows: Cell[][] = [];
  const summary: string[] = [];
  for (const start of [childPlacement, inProcessPlacement]) {
    const placement = await start();
    try {
      for (const workload of [balanceWorkload, await transactionsWorkload(placement.url)]) {
        const calls = await callsPerOperation(placement.url, workload);
        const { on, off } = await measure(placement, workload);
        rows.push(row(placement.name, workload.name, { on, off, calls }));
        cpuRows.push(cpuRow(placement.name, workload.name, { on, off, calls }));
        if (placement.pid !== undefined) {
          summary.push(
            `${fixed(on.perSecond / off.perSecond, 2)}x for ${workload.name} (p50 ${fixed(on.p50Ms, 1)} vs ${fixed(off.p50Ms, 1)} ms)`,
          );
        }
      }
    } finally {
      await placement.stop();
    }
  }
  console.log('');
  console.log(
    renderTable(
      [
        'placement',
        'workload',
        'calls/op',
        'calls/s on',
        'calls/s off',
        'on/off',
        'p50 on',
        'p50 off',
        'p99 on',
        'p99 off',
        'errors on/off',
      ],
      rows,
    ),
  );
  console.log('(latencies in ms per operation: a whole balance answer, or a whole 30-day listing with every page)');
  console.log(
    '(in-process: the client and the sandbox share one event loop and CPU, so its figures are lower and less telling)',
  );
  console.log('');
  console.log(
    renderTable(['CPU µs per call', 'workload', 'client on', 'client off', 'sandbox on', 'sandbox off'], cpuRows),
  );
  console.log(
    '(client = this process: load loop + FDX client, + the sandbox when in-process; sandbox = the child, from /proc, 10 ms ticks)',
  );
  console.log('');
  console.log(
    `Summary (sandbox in a child process, concurrency ${CONCURRENCY}): connection reuse gives ${summary.join(' and ')}.`,
  );
}

main().catch((error: unknown) => {
  console.error(`bench:bank failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
