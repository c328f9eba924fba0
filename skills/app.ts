import type { Verifier } from 'ask-sdk-express-adapter';
import express from 'express';
import { alexaHandlers } from './alexa/route';
import { createAlexaVerifiers, fetchPemOverHttps } from './alexa/verification';
import { assembleCore, type CoreParts } from './assemble';
import { googleHandlers } from './google/route';
import { healthRoutes, type Probes } from './health';
import { mcpRouter } from './mcp/route';
import { createMetrics, instrumentCertFetcher, metricsHandler, type Metrics } from './metrics';
import { createTurnBudget } from '../shared';
import { stampReceipt } from './http/receipt';
import { outerErrorHandler } from './http/outer-error-handler';

export interface AppParts extends CoreParts {
  /** Replaces the verifiers built from config (tests trust a throwaway root this way). */
  readonly alexaVerifiers?: readonly Verifier[];
  /** What `/readyz` checks (the bank, the state store); none: ready whenever the process is. */
  readonly probes?: Probes;
  /** The embedded sandbox's authorization server (its issuer URL); BANK_AUTH_ISSUER wins. Without either, no /mcp. */
  readonly authIssuer?: string;
}

/** How long `/readyz` waits for its checks: well inside a load balancer's probe timeout. */
export const READINESS_TIMEOUT_MS = 1000;

/** Signature, certificate and timestamp checks follow VERIFY_REQUESTS; the skill id is checked whenever set. */
function verifiersFor({ config, alexaVerifiers, clock }: AppParts, metrics: Metrics): readonly Verifier[] {
  if (alexaVerifiers) return alexaVerifiers;
  const on = config.verifyRequests;
  const fetchPem = instrumentCertFetcher(fetchPemOverHttps, metrics);
  return createAlexaVerifiers({ skillId: config.alexaSkillId, signature: on, timestamp: on, clock, fetchPem });
}

/** The HTTP service: POST /alexa, POST /google, POST /mcp (with an authorization server), GET /healthz, GET /readyz, GET /metrics. */
export function createApp(parts: AppParts): express.Express {
  const { config, logger } = parts;
  const metrics = parts.metrics ?? createMetrics();
  const { core, skill, periods } = assembleCore({ ...parts, metrics });
  const app = express();
  app.disable('x-powered-by');
  // Voice platforms never send If-None-Match: hashing every answer for an ETag is wasted CPU.
  app.set('etag', false);
  // Before anything else: the turn deadline counts from here.
  app.use(stampReceipt(createTurnBudget(config.turnDeadlineMs, parts.clock)));
  // /alexa first and without a body parser: its signature covers the raw bytes.
  app.post('/alexa', ...alexaHandlers({ skill, verifiers: verifiersFor(parts, metrics), logger }));
  app.post(
    '/google',
    ...googleHandlers({
      core,
      logger,
      periods,
      verify: config.verifyRequests,
      defaultTimeZone: config.defaultTimeZone,
      ...(config.dialogflowSecret ? { secret: config.dialogflowSecret } : {}),
    }),
  );
  const issuer = config.bankAuthIssuer ?? parts.authIssuer;
  if (issuer) {
    app.use(
      mcpRouter({
        core,
        logger,
        periods,
        defaultTimeZone: config.defaultTimeZone,
        issuer,
        moneyMovement: config.moneyMovement,
        ...(config.mcpResourceUrl ? { resourceUrl: config.mcpResourceUrl } : {}),
      }),
    );
  }
  app.use(healthRoutes({ probes: parts.probes ?? {}, timeoutMs: READINESS_TIMEOUT_MS }));
  app.get('/metrics', metricsHandler(metrics.registry));
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  app.use(outerErrorHandler(logger));
  return app;
}
