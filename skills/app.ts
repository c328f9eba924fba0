import type { Verifier } from 'ask-sdk-express-adapter';
import express from 'express';
import { DateTime } from 'luxon';
import { withAccountListCache } from '../shared/bank/account-list-cache';
import type { BankClient } from '../shared/bank/types';
import { createCore } from '../shared/banking/dispatch';
import type { Config } from '../shared/config';
import type { Logger } from '../shared/log/logger';
import { createPinService, type PinService } from '../shared/banking/pin/service';
import type { StateStore } from '../shared/state';
import { alexaHandlers } from './alexa/route';
import { createAlexaSkill } from './alexa/skill';
import { createTimeZoneLookup } from './alexa/time-zone';
import { createAlexaVerifiers } from './alexa/verification';
import { googleHandlers } from './google/route';
import { systemClock, type Clock } from '../shared/clock';
import { createTurnBudget } from '../shared/banking/turn-budget';
import { stampReceipt } from './http/receipt';
import { outerErrorHandler } from './http/outer-error-handler';

export interface AppParts {
  readonly config: Config;
  readonly logger: Logger;
  readonly bank: BankClient;
  readonly now?: () => DateTime;
  /** Replaces the verifiers built from config (tests trust a throwaway root this way). */
  readonly alexaVerifiers?: readonly Verifier[];
  /** Where PIN hashes, lockouts and PIN sessions live; needed unless PIN_POLICY=off. */
  readonly store?: StateStore;
  /** Monotonic time for turn deadlines (from receipt); the system clock by default. */
  readonly clock?: Clock;
}

/** The PIN service the configuration asks for, on the given store. */
function pinFor(config: Config, bank: BankClient, store: StateStore | undefined): PinService | undefined {
  if (config.pinPolicy === 'off') return undefined;
  if (!store) throw new Error(`PIN_POLICY=${config.pinPolicy} needs a state store`);
  return createPinService({
    policy: config.pinPolicy, store, bank, keySecret: config.stateKeySecret,
    maxAttempts: config.pinMaxAttempts, lockSeconds: config.pinLockSeconds, idleSeconds: config.pinIdleSeconds,
  });
}

/** Signature, certificate and timestamp checks follow VERIFY_REQUESTS; the skill id is checked whenever set. */
function verifiersFor({ config, alexaVerifiers }: AppParts): readonly Verifier[] {
  if (alexaVerifiers) return alexaVerifiers;
  const on = config.verifyRequests;
  return createAlexaVerifiers({ skillId: config.alexaSkillId, signature: on, timestamp: on });
}

/** The HTTP service: POST /alexa, POST /google, GET /healthz. */
export function createApp(parts: AppParts): express.Express {
  const { config, logger } = parts;
  const bank = withAccountListCache(parts.bank, { ttlMs: config.accountCacheSeconds * 1000 });
  const now = parts.now ?? (() => DateTime.now());
  const periods = { now, historyDays: config.historyDays };
  const pin = pinFor(config, bank, parts.store);
  const clock = parts.clock ?? systemClock;
  const budget = createTurnBudget(config.turnDeadlineMs, clock);
  const core = createCore({ bank, logger, now, clock, turnDeadlineMs: config.turnDeadlineMs, historyDays: config.historyDays, ...(pin ? { pin } : {}) });
  const skill = createAlexaSkill({ core, logger, periods, budget, timeZone: createTimeZoneLookup({ defaultZone: config.defaultTimeZone }) });
  const app = express();
  app.disable('x-powered-by');
  // Before anything else: the turn deadline counts from here.
  app.use(stampReceipt(budget));
  // /alexa first and without a body parser: its signature covers the raw bytes.
  app.post('/alexa', ...alexaHandlers({ skill, verifiers: verifiersFor(parts), logger }));
  app.post('/google', ...googleHandlers({
    core, logger, periods, verify: config.verifyRequests, defaultTimeZone: config.defaultTimeZone,
    ...(config.dialogflowSecret ? { secret: config.dialogflowSecret } : {}),
  }));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  app.use(outerErrorHandler(logger));
  return app;
}
