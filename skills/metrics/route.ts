import type { RequestHandler } from 'express';
import type { Registry } from 'prom-client';

/** `GET /metrics` in the Prometheus text format. Nothing in it identifies a customer. */
export function metricsHandler(registry: Registry): RequestHandler {
  return async (_req, res) => {
    const text = await registry.metrics();
    res.set('Content-Type', registry.contentType).set('Cache-Control', 'no-store').send(text);
  };
}
