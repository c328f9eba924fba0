import { Router } from 'express';
import type { Probe, ProbeResult } from './probes';

/** Dependencies `/readyz` checks, by the name it reports them under. */
export type Probes = Readonly<Record<string, Probe>>;

export interface HealthOptions {
  readonly probes: Probes;
  /** Budget for all checks together; a probe that has not answered by then is reported as `timeout`. */
  readonly timeoutMs: number;
}

function withinBudget(probe: Probe, ms: number): Promise<ProbeResult> {
  const controller = new AbortController();
  return new Promise<ProbeResult>((resolve) => {
    const timer = setTimeout(() => {
      controller.abort();
      resolve('timeout');
    }, ms);
    probe(controller.signal)
      .then(resolve, () => resolve('unreachable'))
      .finally(() => clearTimeout(timer));
  });
}

/**
 * `GET /healthz`: the process is up (for restarts). `GET /readyz`: every dependency answered in
 * time (for load balancers), else 503 naming which did not. Bodies hold names and fixed words only.
 */
export function healthRoutes(options: HealthOptions): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const names = Object.keys(options.probes);
    const results = await Promise.all(
      names.map((name) => withinBudget(options.probes[name] ?? (async () => 'ok'), options.timeoutMs)),
    );
    const checks = Object.fromEntries(names.map((name, i) => [name, results[i] ?? 'unreachable']));
    const failed = names.filter((name) => checks[name] !== 'ok');
    res.set('Cache-Control', 'no-store');
    res
      .status(failed.length === 0 ? 200 : 503)
      .json({ status: failed.length === 0 ? 'ready' : 'not ready', checks, ...(failed.length ? { failed } : {}) });
  });
  return router;
}
