import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { ConfigError, createBankClient, createLogger, createStateStore, loadConfig } from '../shared';
import { assembleCore, type CoreParts } from './assemble';
import { serviceClock } from './server';

/** An AWS Lambda handler for the Alexa skill trigger: the event is the request envelope. */
export type AlexaLambdaHandler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

/**
 * The Alexa skill as a Lambda handler, on the same core as the HTTP service. Amazon's trigger
 * (restricted to the skill id in the Lambda console) replaces signature checks; the skill id is
 * still checked by ask-sdk-core whenever ALEXA_SKILL_ID is set, and production requires it.
 */
export function createLambdaHandler(parts: CoreParts): AlexaLambdaHandler {
  const { skill } = assembleCore(parts, parts.config.alexaSkillId);
  return (event, context) => skill.invoke(event, context);
}

/** Builds the handler from the environment once per Lambda container (cold start). */
async function fromEnvironment(): Promise<AlexaLambdaHandler> {
  const config = loadConfig(process.env, { host: 'lambda' });
  const logger = createLogger({ level: config.logLevel });
  const clock = serviceClock(config);
  // The function contains no bank of its own (the sandbox is for the development entry, dev/server.ts).
  if (!config.bankApiUrl)
    throw new ConfigError('BANK_API_URL is not set: the Lambda handler has no embedded sandbox bank');
  const bank = createBankClient({
    baseUrl: config.bankApiUrl,
    timeoutMs: config.bankTimeoutMs,
    logger,
    clock,
    bounds: config.bankBounds,
    maxConcurrentPerCustomer: config.bankConcurrency.perCustomer,
    maxConcurrentPerBank: config.bankConcurrency.perBank,
  });
  const store = createStateStore(config.stateStore, logger, { keyPrefix: config.stateKeyPrefix, clock });
  logger.info({ pinPolicy: config.pinPolicy }, 'voicebank lambda ready');
  return createLambdaHandler({ config, logger, bank, clock, store });
}

// Lambda reuses a container between invocations: the handler (bank connections, caches) is kept.
let built: Promise<AlexaLambdaHandler> | undefined;

/** The entry point named in ask-resources.json: `dist/skills/lambda.handler`. */
export const handler: AlexaLambdaHandler = async (event, context) => {
  built ??= fromEnvironment().catch((error: unknown) => {
    built = undefined; // a later invocation tries again (the configuration may have been fixed)
    throw error;
  });
  return (await built)(event, context);
};
