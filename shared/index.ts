/**
 * The core's public entry: everything skills/ (the adapters and the service that wires them) may use
 * from shared/. `npm run lint` holds skills/ to this file (lint/boundaries.mjs); inside shared/,
 * modules import each other directly and never this file.
 */
export { openAudit, type AuditLog } from './audit';
export { createBankClient, isBankError, type TransferClient } from './bank';
export { withAccountListCache } from './bank/account-list-cache';
export { BoundedCache } from './bounded-cache';
export { collectCapped } from './capped-body';
export { createTransport, TransportFailure } from './bank/transport';
export type { BankClient } from './bank/types';
export {
  periodClock,
  type AccountRef,
  type BankingIntent,
  type BankingReply,
  type BankingRequest,
  type BankingSlots,
  type PeriodContext,
  type ZonedClock,
} from './banking/contract';
export { createCore, type Core, type TurnRecord } from './banking/dispatch';
export { apologyReply } from './banking/error-reply';
export type { MovementDeps, MovementEvent } from './banking/movement/deps';
export { readSession } from './banking/session';
export { createPinService, type PinService } from './banking/pin/service';
export { createCustomerKeys } from './banking/customer-keys';
export { createGreeter } from './banking/greeting';
export { createTurnBudget, type TurnBudget } from './banking/turn-budget';
export { clockForDay, systemClock, type Clock } from './clock';
export { ConfigError, loadConfig, type Config } from './config';
export {
  civilDay,
  civilDayOf,
  classifySpan,
  dayOf,
  dayPeriod,
  decadePeriod,
  finish,
  isAfter,
  isSeason,
  isoWeekMonday,
  MALFORMED,
  monthPeriod,
  mostRecent,
  resolvePeriod,
  seasonPeriod,
  unusable,
  weekPeriod,
  yearPeriod,
  type CivilDay,
  type Granularity,
  type Period,
  type PeriodFailure,
  type PeriodResult,
} from './dates';
export { createLogger, type Logger } from './log/logger';
export { spokenAmountMinor } from './money/spoken-amount';
export { customerKey, type PinGuard } from './security';
export { toPlainText } from './speech/ssml';
export { isRecord, type JsonObject } from './text';
export { createStateStore, type StateStore } from './state';
