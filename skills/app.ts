import type { Verifier } from 'ask-sdk-express-adapter';
import express from 'express';
import { withAccountListCache } from '../shared/bank/account-list-cache';
import type { BankClient } from '../shared/bank/types';
import type { Clock } from '../shared/clock';
import { createCore, type TurnRecord } from '../shared/banking/dispatch';
import type { Config } from '../shared/config';
import type { Logger } from '../shared/log/logger';
import { createPinService, type PinService } from '../shared/banking/pin/service';
import type { StateStore } from '../shared/state';
import { alexaHandlers } from './alexa/route';
import { createAlexaSkill } from './alexa/skill';
import { createTimeZoneLookup } from './alexa/time-zone';
import { createAlexaVerifiers } from './alexa/verification';
import { googleHandlers } from './google/route';
import { createTurnBudget } from '../shared/banking/turn-budget';
import { stampReceipt } from './http/receipt';
import { outerErrorHandler } from './http/outer-error-handler';

export interface AppParts {
  readonly config: Config;
  readonly logger: Logger;
  readonly bank: BankClient;
  /** The one clock: dates, deadlines, caches, verification and PIN expiry follow it. */
  readonly clock: Clock;
  /** Replaces the verifiers built from config (tests trust a throwaway root this way). */
  readonly alexaVerifiers?: readonly Verifier[];
  /** Where PIN hashes, lockouts and PIN sessions live; needed unless PIN_POLICY=off. */
  readonly store?: StateStore;
  /** Receives every turn's counts (bank calls, critical path); a /metrics counter hooks in here. */
  readonly onTurn?: (turn: TurnRecord) => void;
}

/** The PIN service the configuration asks for, on the given store. */
function pinFor(config: Config, bank: BankClient, store: StateStore | undefined, clock: Clock): PinService | undefined {
  if (config.pinPolicy === 'off') return undefined;
  if (!store) throw new Error(`PIN_POLICY=${config.pinPolicy} needs a state store`);
  return createPinService({
    policy: config.pinPolicy, store, bank, keySecret: config.stateKeySecret,
    maxAttempts: config.pinMaxAttempts, lockSeconds: config.pinLockSeconds, idleSeconds: config.pinIdleSeconds, clock,
  });
}

/** Signature, certificate and timestamp checks follow VERIFY_REQUESTS; the skill id is checked whenever set. */
function verifiersFor({ config, alexaVerifiers, clock }: AppParts): readonly Verifier[] {
  if (alexaVerifiers) return alexaVerifiers;
  const on = config.verifyRequests;
  return createAlexaVerifiers({ skillId: config.alexaSkillId, signature: on, timestamp: on, clock });
}

/** The HTTP service: POST /alexa, POST /google, GET /healthz. */
export function createApp(parts: AppParts): express.Express {
  const { config, logger, clock } = parts;
  const bank = withAccountListCache(parts.bank, { ttlMs: config.accountCacheSeconds * 1000, clock });
  const periods = { now: () => clock.now(), historyDays: config.historyDays };
  const pin = pinFor(config, bank, parts.store, clock);
  const core = createCore({ bank, logger, clock, turnDeadlineMs: config.turnDeadlineMs, historyDays: config.historyDays, ...(pin ? { pin } : {}), ...(parts.onTurn ? { onTurn: parts.onTurn } : {}) });
  const budget = createTurnBudget(config.turnDeadlineMs, clock);
  const skill = createAlexaSkill({ core, logger, periods, budget, timeZone: createTimeZoneLookup({ defaultZone: config.defaultTimeZone, clock }) });
  const app = express();
  app.disable('x-powered-by');
  // Voice platforms never send If-None-Match: hashing every answer for an ETag is wasted CPU.
  app.set('etag', false);
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
