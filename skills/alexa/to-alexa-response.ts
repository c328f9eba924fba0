import type { ResponseBuilder } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { BankingReply } from '../../shared';

/** The core's reply → an Alexa response. The SDK wraps speech in <speak>. */
export function toAlexaResponse(reply: BankingReply, builder: ResponseBuilder): Response {
  if (reply.speech) builder.speak(reply.speech);
  if (reply.reprompt && !reply.endSession) builder.reprompt(reply.reprompt);
  if (reply.linkAccount) builder.withLinkAccountCard();
  else if (reply.card) builder.withSimpleCard(reply.card.title, reply.card.lines.join('\n'));
  if (reply.speech || reply.linkAccount) builder.withShouldEndSession(reply.endSession);
  return builder.getResponse();
}
