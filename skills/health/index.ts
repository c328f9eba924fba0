export { bankProbe, stateStoreProbe, type Probe, type ProbeResult } from './probes';
export { healthRoutes, type HealthOptions, type Probes } from './routes';
