export { createMetrics, type Metrics, type MetricsOptions, type PinOutcome } from './metrics';
export { instrumentBank, instrumentCertFetcher, instrumentPinGuard, instrumentTransfers } from './instrument';
export { metricsHandler } from './route';
