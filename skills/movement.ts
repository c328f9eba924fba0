import {
  type AuditLog,
  type BankClient,
  type Clock,
  type Config,
  createPinService,
  type MovementDeps,
  type MovementEvent,
  type StateStore,
  type TransferClient,
} from '../shared';

/** The parts money movement runs on; all three are required when MONEY_MOVEMENT=on. */
export interface MovementParts {
  readonly transfers?: TransferClient;
  readonly store?: StateStore;
  readonly audit?: AuditLog;
}

/**
 * Money movement as the configuration asks: undefined when off. Its PIN service has the `session`
 * policy whatever PIN_POLICY says, on the same store and lockout counters as the read PIN.
 */
export function movementFor(
  config: Config,
  bank: BankClient,
  parts: MovementParts,
  clock: Clock,
  observe?: (event: MovementEvent) => void,
): MovementDeps | undefined {
  if (!config.moneyMovement) return undefined;
  const { transfers, store, audit } = parts;
  if (!transfers || !store || !audit)
    throw new Error('MONEY_MOVEMENT=on needs a transfer client, a state store and an audit log');
  const pin = createPinService({
    policy: 'session',
    store,
    bank,
    keySecret: config.stateKeySecret,
    maxAttempts: config.pinMaxAttempts,
    lockSeconds: config.pinLockSeconds,
    idleSeconds: config.pinIdleSeconds,
    clock,
  });
  return {
    transfers,
    store,
    audit,
    pin,
    limits: { perMovementMinor: config.transferMaxMinor, dailyMinor: config.transferDailyMaxMinor },
    ...(observe ? { observe } : {}),
  };
}
