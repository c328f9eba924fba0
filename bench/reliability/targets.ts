import { createBankClient } from '../../shared/bank';
import type { Clock } from '../../shared/clock';
import { silentLogger } from '../../shared/log/logger';
import { createAlexaVerifiers } from '../../skills/alexa/verification';
import type { CertFetcher } from '../../skills/alexa/verification';
import { startInProcess } from '../../certify/service/in-process';
import type { ThrowawayPki } from '../../certify/security/throwaway-ca';

export const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000013';
export const SECRET = 'reliability-dialogflow-secret-0123456789';

/** A service under test on 127.0.0.1: the real express app, its bank client, our verifiers. */
export interface Target {
  readonly url: string;
  readonly verify: boolean;
  close(): Promise<void>;
}

export interface TargetOptions {
  readonly bankUrl: string;
  readonly clock: Clock;
  readonly verify: boolean;
  readonly pki: ThrowawayPki;
  /** Stands in for the download from s3.amazonaws.com (nothing leaves the machine); default: the throwaway chain at once. */
  readonly fetchPem?: CertFetcher;
  readonly env?: Record<string, string>;
}

/** Starts the app with verification on (trusting only the throwaway root) or off. */
export async function startTarget(options: TargetOptions): Promise<Target> {
  const { clock, pki, verify } = options;
  const logger = silentLogger();
  const bank = createBankClient({ baseUrl: options.bankUrl, timeoutMs: 2500, logger, clock });
  const fetchPem = options.fetchPem ?? (async () => pki.chainPem);
  const alexaVerifiers = verify
    ? createAlexaVerifiers({ skillId: SKILL_ID, trustedRoots: [pki.rootPem], clock, fetchPem })
    : undefined;
  const service = await startInProcess({
    env: {
      VERIFY_REQUESTS: String(verify),
      ALEXA_SKILL_ID: SKILL_ID,
      DIALOGFLOW_SECRET: SECRET,
      LOG_LEVEL: 'silent',
      ...options.env,
    },
    logger,
    bank,
    clock,
    ...(alexaVerifiers ? { alexaVerifiers } : {}),
  });
  return {
    url: service.url,
    verify,
    close: async () => {
      await service.close();
      bank.close();
    },
  };
}

/** `request.timestamp` as Alexa writes it, from the run's clock (the verifiers judge it by the same clock). */
export function alexaTimestamp(clock: Clock): string {
  return clock.now().toISO({ suppressMilliseconds: true }) ?? '';
}
