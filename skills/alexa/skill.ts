import { SkillBuilders, type ErrorHandler, type RequestHandler, type Skill } from 'ask-sdk-core';
import { apologyReply, type Core, type Logger, type PeriodContext, type TurnBudget } from '../../shared';
import { canFulfill } from './can-fulfill';
import { toAlexaResponse } from './to-alexa-response';
import { toBankingRequest } from './to-banking-request';
import type { TimeZoneLookup } from './time-zone';
import type { AlexaTurnContext } from './route';

export interface AlexaSkillOptions {
  readonly core: Core;
  readonly timeZone: TimeZoneLookup;
  readonly logger: Logger;
  /** Clock and bank history for resolving spoken periods. */
  readonly periods: PeriodContext;
  /** When set, the SDK refuses requests for any other skill id (hosts with no verifier in front, such as Lambda). */
  readonly skillId?: string;
  /** The turn's budget from receipt: the time-zone lookup may spend only part of what is left. */
  readonly budget?: TurnBudget;
}

function receivedAtIn(context: unknown): number | undefined {
  const stamp = typeof context === 'object' && context !== null ? (context as AlexaTurnContext).receivedAt : undefined;
  return typeof stamp === 'number' ? stamp : undefined;
}

/**
 * The Alexa skill: one catch-all handler that translates into the core and back, and one error
 * handler for what the translation itself could not handle (the core never throws).
 */
export function createAlexaSkill({ core, timeZone, logger, periods, skillId, budget }: AlexaSkillOptions): Skill {
  const everything: RequestHandler = {
    canHandle: () => true,
    async handle(input) {
      const envelope = input.requestEnvelope;
      // Routing questions get a verdict, never a turn: no bank, no time zone lookup, no speech.
      if (envelope.request.type === 'CanFulfillIntentRequest') {
        return input.responseBuilder.withCanFulfillIntent(canFulfill(envelope.request.intent)).getResponse();
      }
      const receivedAt = receivedAtIn(input.context);
      const zone = await timeZone(envelope, budget?.remainingMs(receivedAt));
      const request = {
        ...toBankingRequest(envelope, zone, periods),
        ...(receivedAt === undefined ? {} : { receivedAt }),
      };
      const reply = await core(request);
      // Out-of-session requests (no `session`) cannot carry attributes.
      if (envelope.session && request.intent !== 'sessionEnded')
        input.attributesManager.setSessionAttributes(reply.session ?? {});
      return toAlexaResponse(reply, input.responseBuilder);
    },
  };
  const apology: ErrorHandler = {
    canHandle: () => true,
    handle(input, error) {
      logger.error(
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the typings promise more than an unchecked platform request carries (the Lambda trigger skips our shape check)
        { requestId: input.requestEnvelope.request?.requestId, type: error.name },
        'alexa translation failed',
      );
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the typings promise more than an unchecked platform request carries (the Lambda trigger skips our shape check)
      return toAlexaResponse(apologyReply(input.requestEnvelope.request?.locale ?? 'en-US'), input.responseBuilder);
    },
  };
  const builder = SkillBuilders.custom().addRequestHandlers(everything).addErrorHandlers(apology);
  return (skillId ? builder.withSkillId(skillId) : builder).create();
}
