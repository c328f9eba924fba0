import { createTransport, customerKey, type StateStore, TransportFailure } from '../../shared';

/** What one dependency check found: reachable, or why not (a fixed word, never an error text). */
export type ProbeResult = 'ok' | 'unreachable' | 'failing' | 'timeout';

/** Checks one dependency; `signal` aborts it when the readiness budget is spent. */
export type Probe = (signal: AbortSignal) => Promise<ProbeResult>;

/**
 * The partner bank is reachable when its FDX root answers HTTP at all below 500: without a token a
 * real bank says 401, which proves the network path, TLS and the API gateway. No token is sent.
 */
export function bankProbe(baseUrl: string): { probe: Probe; close(): void } {
  const transport = createTransport({ keepAlive: true, maxBodyBytes: 64 * 1024 });
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/accounts`);
  const probe: Probe = async (signal) => {
    try {
      const response = await transport.send({
        method: 'GET',
        url,
        headers: { accept: 'application/json' },
        timeoutMs: 5000,
        signal,
      });
      return response.status < 500 ? 'ok' : 'failing';
    } catch (error) {
      if (error instanceof TransportFailure)
        return error.reason === 'timeout' || error.reason === 'aborted' ? 'timeout' : 'unreachable';
      throw error;
    }
  };
  return { probe, close: () => transport.close() };
}

/** The state store is reachable when a read of a fixed probe key completes (it rejects quickly when not). */
export function stateStoreProbe(store: StateStore, keySecret: string): Probe {
  const key = customerKey({ customerId: 'voicebank-readiness-probe' }, keySecret);
  return async () => {
    try {
      await store.getPreference(key, 'readiness-probe');
      return 'ok';
    } catch {
      return 'unreachable';
    }
  };
}
