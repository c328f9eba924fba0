import os from 'node:os';
import { testPki } from '../test/alexa-verification/test-ca';
import { balancePool, BENCH_SKILL_ID, fresh, launchPool, type RequestPool } from './support/alexa-bodies';
import { ALEXA_TARGETS_ENTRY, isTargetsReady, type TargetsReady } from './support/alexa-targets-protocol';
import { forkTs } from './support/children';
import { createPoster, type Poster } from './support/http-post';
import { runRounds, warmUp, type LoadOptions, type LoadResult, type Operation } from './support/load';
import { isSandboxReady, SANDBOX_CHILD_ENTRY } from './support/sandbox-child';
import { fixed, renderTable, type Cell } from './support/table';

/**
 * `npm run bench`: our full /alexa GetBalance path against two bare baselines, side by side, with
 * the same load (concurrency, request count) for each. The servers run in one child process, the
 * sandbox bank in another, the load loop here. Prints figures; asserts nothing.
 */

const CONCURRENCY = 10;
const WARM: LoadOptions = { concurrency: CONCURRENCY, requests: 1500, maxDurationMs: 1500 };
/** Each round, each target; targets take turns for ROUNDS rounds. */
const RUN: LoadOptions = { concurrency: CONCURRENCY, requests: 1000, maxDurationMs: 5000 };
const ROUNDS = 3;

type Name = keyof TargetsReady;

const LABELS: Record<Name, string> = {
  full: '(A) /alexa GetBalance, verified',
  fullUnverified: '    same, VERIFY_REQUESTS=false',
  askHello: '(B) ask-sdk hello world',
  bareExpress: '(C) bare express JSON',
  bareFdx: '(D) bare express + 2 FDX calls',
  askVerifiedFdx: '(E) ask-sdk, own verifier, 2 FDX',
};

/** Our answers must be a real balance; the baselines say hello. */
const CHECKS: Record<Name, (body: string) => string | undefined> = {
  full: (body) => (body.includes(' available') ? undefined : `not a balance answer: ${body.slice(0, 160)}`),
  fullUnverified: (body) => (body.includes(' available') ? undefined : `not a balance answer: ${body.slice(0, 160)}`),
  askHello: (body) => (body.includes('Hello world') ? undefined : `not hello: ${body.slice(0, 160)}`),
  bareExpress: (body) => (body.includes('Hello world') ? undefined : `not hello: ${body.slice(0, 160)}`),
  bareFdx: (body) => (body.includes(' available') ? undefined : `not a balance answer: ${body.slice(0, 160)}`),
  askVerifiedFdx: (body) => (body.includes(' available') ? undefined : `not a balance answer: ${body.slice(0, 160)}`),
};

const NAMES: readonly Name[] = ['full', 'fullUnverified', 'askHello', 'bareExpress', 'bareFdx', 'askVerifiedFdx'];
const ANSWERS_BALANCE: ReadonlySet<Name> = new Set(['full', 'fullUnverified', 'bareFdx', 'askVerifiedFdx']);

/** Replays a pool round-robin through a poster, re-signing the pool when it ages. */
function replay(poster: Poster, make: () => RequestPool): Operation {
  let pool = make();
  return async (index) => {
    if (index === 0) pool = fresh(pool, make);
    const request = pool.requests[index % pool.requests.length];
    if (request === undefined) throw new Error('empty request pool');
    await poster.post(request);
  };
}

function perRequestUs(ms: number | undefined, r: LoadResult): string {
  return ms === undefined ? '-' : fixed((ms * 1000) / r.completed, 0);
}

function row(name: Name, r: LoadResult): Cell[] {
  const server = r.watchedCpuMs[0];
  return [
    LABELS[name], r.completed, fixed(r.perSecond, 0), fixed(r.p50Ms, 2), fixed(r.p99Ms, 2), r.errors,
    server === undefined ? '-' : `${fixed((100 * server) / r.elapsedMs, 0)}%`, perRequestUs(server, r), ANSWERS_BALANCE.has(name) ? perRequestUs(r.watchedCpuMs[1], r) : '-', perRequestUs(r.cpuMs, r),
  ];
}

async function main(): Promise<void> {
  console.log(`bench: /alexa vs bare baselines over 127.0.0.1, node ${process.version}, ${os.cpus().length} CPUs`);
  const pki = testPki();
  const bank = await forkTs(SANDBOX_CHILD_ENTRY, {}, isSandboxReady);
  const targets = await forkTs(ALEXA_TARGETS_ENTRY, {
    bankUrl: bank.ready.url, skillId: BENCH_SKILL_ID, rootPem: pki.rootPem, chainPem: pki.goodChain,
  }, isTargetsReady);
  const posters = NAMES.map((name) => createPoster({ url: targets.ready[name], maxSockets: CONCURRENCY, check: CHECKS[name] }));
  try {
    const operations = Object.fromEntries(NAMES.map((name, i) => {
      const poster = posters[i];
      if (poster === undefined) throw new Error('no poster');
      return [name, replay(poster, ANSWERS_BALANCE.has(name) ? balancePool : launchPool)];
    })) as Record<Name, Operation>;
    for (const name of NAMES) await warmUp(operations[name], WARM);
    const watchPids = [targets.pid, bank.pid].filter((pid): pid is number => pid !== undefined);
    const results = await runRounds(operations, { ...RUN, watchPids }, ROUNDS);
    report(results);
  } finally {
    for (const poster of posters) poster.close();
    await targets.stop();
    await bank.stop();
  }
}

function report(results: Record<Name, LoadResult>): void {
  console.log(`concurrency ${CONCURRENCY}; each target: warm-up, then ${ROUNDS} rounds (targets take turns) of ${RUN.requests} requests or ${RUN.maxDurationMs} ms, whichever first`);
  console.log('');
  console.log(renderTable(
    ['target', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'server busy', 'server CPU µs/req', 'bank CPU µs/req', 'load-loop CPU µs/req'],
    NAMES.map((name) => row(name, results[name])),
  ));
  const { full, fullUnverified, askHello, bareExpress } = results;
  const ratio = (a: LoadResult, b: LoadResult): string => `req/s ${fixed(a.perSecond / b.perSecond, 2)}x, p50 ${fixed(a.p50Ms / b.p50Ms, 2)}x`;
  console.log('');
  console.log(`A/B (full path / ask-sdk hello world): ${ratio(full, askHello)}`);
  console.log(`A/C (full path / bare express JSON):   ${ratio(full, bareExpress)}`);
  const serverUs = (r: LoadResult): number => ((r.watchedCpuMs[0] ?? Number.NaN) * 1000) / r.completed;
  console.log(`verification cost (A vs VERIFY_REQUESTS=false): ${ratio(full, fullUnverified)}, server CPU ${fixed(serverUs(full) - serverUs(fullUnverified), 0)} µs/req more`);
  for (const name of NAMES) {
    const r = results[name];
    if (r.firstError !== undefined) console.log(`first error from ${LABELS[name].trim()}: ${r.firstError}`);
    if (r.timeBound) console.log(`note: ${LABELS[name].trim()} hit the ${RUN.maxDurationMs} ms limit in a round, so it served fewer requests`);
  }
  console.log('(server busy = the servers\' child process CPU / wall time, 100% = one core; CPU from /proc in 10 ms ticks)');
  console.log('(the sandbox bank runs in its own child: its CPU is not the server\'s, but all three processes share this machine\'s cores)');
  const { bareFdx, askVerifiedFdx } = results;
  const unverifiedRatio = fullUnverified.perSecond / bareFdx.perSecond;
  const verifiedRatio = full.perSecond / askVerifiedFdx.perSecond;
  console.log('');
  console.log(`CPU aim 1 (same, VERIFY_REQUESTS=false / (D) bare express making the two FDX calls): ${fixed(unverifiedRatio, 2)}x req/s, aim >= 1.00: ${unverifiedRatio >= 1 ? 'met' : 'NOT met'}`);
  console.log(`CPU aim 2 ((A) verified / (E) ask-sdk skill with its own verifier, same two FDX calls): ${fixed(verifiedRatio, 2)}x req/s, aim >= 1.50: ${verifiedRatio >= 1.5 ? 'met' : 'NOT met'}`);
  console.log('(our path reuses the account list between turns, so it makes one FDX call where (D) and (E) make two)');
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
});
