import { systemClock } from '../../shared/clock';
import { startSandbox } from '../../sandbox';
import { serveChild } from './children';

/** Child-process entry: the sandbox bank on 127.0.0.1 and a free port, reported to the parent. */

/** Path of this entry for forkTs: starts the sandbox bank in a child, so its CPU is not the benchmark's. */
export const SANDBOX_CHILD_ENTRY = 'bench/support/sandbox-child.ts';

export interface SandboxReady {
  readonly url: string;
}

export function isSandboxReady(message: unknown): message is SandboxReady {
  return typeof message === 'object' && message !== null && typeof (message as { url?: unknown }).url === 'string';
}

const isObject = (message: unknown): message is object => typeof message === 'object' && message !== null;

if (require.main === module) {
  serveChild(isObject, async (): Promise<SandboxReady> => {
    const sandbox = await startSandbox({ port: 0, host: '127.0.0.1', clock: systemClock });
    return { url: sandbox.url };
  });
}
