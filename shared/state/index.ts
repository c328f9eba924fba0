export { createStateStore, DEFAULT_KEY_PREFIX, type StateStoreOptions } from './create-state-store';
export { StateUnavailableError, isStateUnavailable } from './errors';
export type { StateStore } from './state-store';
export type { MovementStore } from './movement-store';
export {
  NOT_MOVED,
  MOVEMENT_OUTCOMES,
  isMovementOutcome,
  type MovementClaim,
  type MovementOutcome,
  type MovementRecord,
  type MovementResult,
  type StoredMovement,
} from './movement-types';
export type { AttemptLimiter, AttemptState, CustomerKey, JsonValue, LimiterOptions } from './types';
