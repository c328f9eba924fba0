import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/**
 * Child processes for the benchmarks (the sandbox bank, the servers under test), forked under tsx
 * with an IPC channel. Every child is killed when the benchmark exits, fails or is interrupted;
 * a child whose parent dies loses its IPC channel and exits by itself (see serveChild).
 */

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const running = new Set<ChildProcess>();
let hooked = false;

function killAll(): void {
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
  running.clear();
}

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.once('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(130);
    });
  }
}

/** A forked child that has answered its init message. */
export interface ForkedChild<Ready> {
  readonly ready: Ready;
  readonly pid: number | undefined;
  /** Kills the child and waits for it to exit. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Forks `entry` (a path relative to the repository root) under `--import tsx`, sends it `init`,
 * and resolves with its first message once `isReady` accepts it. Rejects (and kills the child) when
 * it exits first, sends something else, or takes longer than `timeoutMs`.
 */
export function forkTs<Ready>(
  entry: string,
  init: object,
  isReady: (message: unknown) => message is Ready,
  timeoutMs = 30_000,
): Promise<ForkedChild<Ready>> {
  hookExit();
  const child = fork(path.join(REPO_ROOT, entry), [], {
    cwd: REPO_ROOT,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    running.delete(child);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise<ForkedChild<Ready>>((resolve, reject) => {
    const fail = (why: string): void => {
      clearTimeout(timer);
      void stop();
      reject(new Error(`${entry}: ${why}`));
    };
    const timer = setTimeout(() => fail(`not ready after ${timeoutMs} ms`), timeoutMs);
    child.once('error', (error) => fail(error.message));
    const early = (code: number | null, signal: NodeJS.Signals | null): void =>
      fail(`exited before it was ready (${signal ?? `code ${String(code)}`})`);
    child.once('exit', early);
    child.once('message', (message: unknown) => {
      if (!isReady(message)) {
        fail('sent an unexpected first message');
        return;
      }
      clearTimeout(timer);
      child.off('exit', early);
      resolve({ ready: message, pid: child.pid, stop });
    });
    child.send(init);
  });
}

/**
 * The child's side of forkTs: waits for the init message, starts, reports what `start` returns,
 * and exits when the parent goes away (IPC disconnect), so no child outlives its benchmark.
 */
export function serveChild<Init, Ready extends object>(
  isInit: (message: unknown) => message is Init,
  start: (init: Init) => Promise<Ready>,
): void {
  const send = process.send?.bind(process);
  if (send === undefined) {
    process.stderr.write('bench child: must be started by forkTs (no IPC channel)\n');
    process.exit(2);
  }
  process.once('disconnect', () => process.exit(0));
  process.once('message', (message: unknown) => {
    if (!isInit(message)) {
      process.stderr.write('bench child: bad init message\n');
      process.exit(2);
    }
    start(message).then(
      (ready) => send(ready),
      (error: unknown) => {
        process.stderr.write(
          `bench child: failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exit(1);
      },
    );
  });
}
