import { randomBytes, randomUUID } from 'node:crypto';
import { createAlexaVerifiers } from '../../skills/alexa/verification';
import type { RunContext } from '../context';
import type { Recorder } from '../runner';
import { startInProcess } from '../service/in-process';
import { behaviourEnv } from '../skill';
import { authorizationServerChecks } from './authorization-server';
import { mcpChecks } from './mcp-checks';
import { declinedCheck, exactlyOnceCheck, movementServices } from './movement';
import { lockStopsMovementCheck } from './movement-lock';
import { alexaChecks, dialogflowChecks, type SecureTarget } from './forged-checks';
import { pinRaceCheck, raceServices } from './pin-race';
import { digitsCheck, logScanCheck, ssmlSafetyCheck } from './privacy-checks';
import { storageCheck } from './storage';
import { buildThrowawayPki } from './throwaway-ca';

/**
 * Request verification, proven on a second in-process service with VERIFY_REQUESTS=true, a skill
 * id and a Dialogflow secret of this run. Its Alexa verifiers trust only a throwaway CA made now,
 * and "download" certificate chains from memory: nothing goes to the network.
 */
async function runVerificationChecks(ctx: RunContext, recorder: Recorder): Promise<void> {
  const { clock } = ctx.settings;
  const pki = await buildThrowawayPki(clock.epochMs());
  const fetched: string[] = [];
  const skillId = `amzn1.ask.skill.${randomUUID()}`;
  const secret = randomBytes(24).toString('base64url');
  ctx.seen.addToken(secret);
  const alexaVerifiers = createAlexaVerifiers({
    skillId,
    trustedRoots: [pki.rootPem],
    clock,
    fetchPem: async (url) => {
      fetched.push(url);
      return pki.chainPem;
    },
  });
  const env = {
    ...behaviourEnv(ctx.settings),
    VERIFY_REQUESTS: 'true',
    ALEXA_SKILL_ID: skillId,
    DIALOGFLOW_SECRET: secret,
  };
  const service = await startInProcess({ env, logger: ctx.capture.logger, bank: ctx.client, alexaVerifiers, clock });
  const target: SecureTarget = {
    url: service.url,
    skillId,
    secret,
    signingKeyPem: pki.signingKeyPem,
    fetched,
    clock,
    sent: ctx.forged,
  };
  try {
    await recorder.parallel([...alexaChecks(target), ...dialogflowChecks(target)]);
  } finally {
    await service.close();
  }
}

/** Security and privacy evidence: forged requests refused, then the whole run's logs and answers scanned. */
export async function runSecurityChecks(ctx: RunContext, recorder: Recorder): Promise<void> {
  await runVerificationChecks(ctx, recorder);
  await recorder.sequential([
    ...authorizationServerChecks(ctx),
    ...(await mcpChecks(ctx)),
    pinRaceCheck(ctx, raceServices(ctx)),
    exactlyOnceCheck(ctx, movementServices(ctx)),
    declinedCheck(ctx, movementServices(ctx)),
    lockStopsMovementCheck(ctx, movementServices(ctx)),
  ]);
  await recorder.sequential([
    logScanCheck(ctx),
    digitsCheck(ctx),
    ssmlSafetyCheck(ctx),
    storageCheck(ctx.settings.env),
  ]);
}
