import {
  type BankClient,
  type Clock,
  type Config,
  type Core,
  createCore,
  createCustomerKeys,
  createGreeter,
  createPinService,
  createTurnBudget,
  type Logger,
  type MovementDeps,
  type MovementEvent,
  type PeriodContext,
  type PinService,
  type StateStore,
  type TurnRecord,
  withAccountListCache,
} from '../shared';
import { createAlexaSkill } from './alexa/skill';
import { createTimeZoneLookup } from './alexa/time-zone';
import { instrumentBank, instrumentPinGuard, instrumentTransfers, type Metrics } from './metrics';
import type { Skill } from 'ask-sdk-core';
import { movementFor, type MovementParts } from './movement';

/** What every host of the skill (HTTP service, Lambda) is built from. */
export interface CoreParts extends MovementParts {
  readonly config: Config;
  readonly logger: Logger;
  readonly bank: BankClient;
  /** The one clock: dates, deadlines, caches, verification and PIN expiry follow it. */
  readonly clock: Clock;
  /** Where PIN hashes, lockouts, PIN sessions and the "greeted" mark live; needed unless PIN_POLICY=off (without it launch greets neutrally). */
  readonly store?: StateStore;
  /** Counts turns, bank calls and PIN outcomes when given. */
  readonly metrics?: Metrics;
  /** Receives every turn's counts (bank calls, critical path) besides the metrics. */
  readonly onTurn?: (turn: TurnRecord) => void;
}

/** The core and the Alexa skill around it, wired the same way for every host. */
export interface Assembled {
  readonly core: Core;
  readonly skill: Skill;
  readonly periods: PeriodContext;
}

/** The PIN service the configuration asks for, on the given store. */
function pinFor(parts: CoreParts, bank: BankClient): PinService | undefined {
  const { config, store, clock, metrics } = parts;
  if (config.pinPolicy === 'off') return undefined;
  if (!store) throw new Error(`PIN_POLICY=${config.pinPolicy} needs a state store`);
  const pin = createPinService({
    policy: config.pinPolicy,
    store,
    bank,
    keySecret: config.stateKeySecret,
    maxAttempts: config.pinMaxAttempts,
    lockSeconds: config.pinLockSeconds,
    idleSeconds: config.pinIdleSeconds,
    clock,
  });
  return metrics ? { ...pin, guard: instrumentPinGuard(pin.guard, metrics) } : pin;
}

/** Movement's own PIN service counts its outcomes on the same counters as the read PIN. */
function withCountedPin(movement: MovementDeps | undefined, metrics: Metrics | undefined): MovementDeps | undefined {
  return movement && metrics
    ? { ...movement, pin: { ...movement.pin, guard: instrumentPinGuard(movement.pin.guard, metrics) } }
    : movement;
}

function turnObserver(
  metrics: Metrics | undefined,
  onTurn: ((turn: TurnRecord) => void) | undefined,
): (turn: TurnRecord) => void {
  return (turn) => {
    metrics?.turn(turn);
    onTurn?.(turn);
  };
}

/**
 * Builds the core and the Alexa skill. `skillId` makes the skill itself refuse other skills'
 * requests (ask-sdk-core's check), for hosts where no verifier runs in front of it (Lambda).
 */
export function assembleCore(parts: CoreParts, skillId?: string): Assembled {
  const { config, logger, clock, metrics } = parts;
  const counted = metrics ? instrumentBank(parts.bank, metrics, clock) : parts.bank;
  // The cache sits outside the counting: a reused account list is not a bank call.
  const bank = withAccountListCache(counted, { ttlMs: config.accountCacheSeconds * 1000, clock });
  const periods = { now: () => clock.now() };
  const pin = pinFor(parts, bank);
  const transfers = metrics && parts.transfers ? instrumentTransfers(parts.transfers, metrics, clock) : parts.transfers;
  const observe = metrics ? (event: MovementEvent) => metrics.movement(event) : undefined;
  const movement = withCountedPin(
    movementFor(config, bank, { ...parts, ...(transfers ? { transfers } : {}) }, clock, observe),
    metrics,
  );
  const greeter = parts.store
    ? createGreeter(parts.store, createCustomerKeys(bank, config.stateKeySecret, clock))
    : undefined;
  const core = createCore({
    bank,
    logger,
    clock,
    turnDeadlineMs: config.turnDeadlineMs,
    historyDays: config.historyDays,
    contact: config.contact,
    ...(pin ? { pin } : {}),
    ...(movement ? { movement } : {}),
    ...(greeter ? { greeter } : {}),
    ...(metrics || parts.onTurn ? { onTurn: turnObserver(metrics, parts.onTurn) } : {}),
  });
  const timeZone = createTimeZoneLookup({ defaultZone: config.defaultTimeZone, clock });
  const budget = createTurnBudget(config.turnDeadlineMs, clock);
  const skill = createAlexaSkill({ core, logger, periods, timeZone, budget, ...(skillId ? { skillId } : {}) });
  return { core, skill, periods };
}
