export { customerKey, MIN_SECRET_LENGTH, type CustomerIdentity, type CustomerKey } from './customer-key';
export { createPinGuard, type PinFailure, type PinGuard, type PinGuardOptions, type PinLockState } from './lockout';
export { hashPin, isLegacyPinHash, isTrivialPin, verifyPin } from './pin-hash';
