export { createStateStore, DEFAULT_KEY_PREFIX, type StateStoreOptions } from './create-state-store';
export { StateUnavailableError, isStateUnavailable } from './errors';
export type { StateStore } from './state-store';
export type { AttemptLimiter, AttemptState, CustomerKey, JsonValue, LimiterOptions } from './types';
