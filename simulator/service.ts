import type { Clock } from '../shared/clock';
import { loadConfig } from '../shared/config';
import { silentLogger } from '../shared/log/logger';
import { startDevService } from '../dev/server';
import type { Poster } from './platforms/types';

/** Where the simulator's requests go, and how to let go of it. */
export interface Target {
  readonly url: string;
  close(): Promise<void>;
}

/** A voice PIN policy, as PIN_POLICY takes it. */
export type PinPolicy = 'off' | 'session' | 'always';

/**
 * The whole service in this process, with the embedded sandbox bank (or the FDX bank at `bankUrl`), request verification off
 * (a simulator cannot sign like Alexa), logging silent, on a free port, PINs and lockouts in
 * memory. `zone` becomes the service's default zone so it reads dates in the zone the simulator
 * resolved them in. `clock` is the service's and its sandbox's: the simulator's own clock.
 */
export async function startEmbedded(
  zone: string,
  clock: Clock,
  pinPolicy: PinPolicy = 'off',
  bankUrl?: string,
): Promise<Target> {
  const config = loadConfig({
    VERIFY_REQUESTS: 'false',
    LOG_LEVEL: 'silent',
    PORT: '0',
    SANDBOX_PORT: '0',
    DEFAULT_TIME_ZONE: zone,
    PIN_POLICY: pinPolicy,
    STATE_STORE: 'memory',
    ...(bankUrl === undefined ? {} : { BANK_API_URL: bankUrl }),
  });
  // Only this process talks to it, and it closes when the conversation is over: no keep-alive client to drain for.
  const service = await startDevService(config, silentLogger(), { clock, drain: { graceMs: 0 } });
  return { url: service.url, close: () => service.close() };
}

/** A service already running elsewhere (`--url`); closing it is not ours to do. */
export function remote(url: string): Target {
  return { url: url.replace(/\/+$/, ''), close: async () => undefined };
}

/** Posts JSON to the target; a body that is not JSON comes back as text. */
export function posterFor(target: Target, timeoutMs = 15_000): Poster {
  return async (path, body, headers) => {
    const response = await fetch(`${target.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    try {
      return { status: response.status, body: JSON.parse(text) as unknown };
    } catch {
      return { status: response.status, body: text };
    }
  };
}
