import { randomUUID, sign } from 'node:crypto';

/** A certificate URL of the form Amazon uses; the verifiers fetch it through our stand-in, never the network. */
export const GOOD_CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-certify.pem';

/** Alexa's timestamp format: ISO 8601 without milliseconds. */
const alexaTime = (at: Date): string => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A LaunchRequest body, serialised once: the signature covers these exact bytes. */
export function launchBody(skillId: string, at: Date): string {
  const application = { applicationId: skillId };
  const user = { userId: 'amzn1.ask.account.CERTIFY' };
  return JSON.stringify({
    version: '1.0',
    session: { new: true, sessionId: `amzn1.echo-api.session.${randomUUID()}`, application, attributes: {}, user },
    context: { System: { application, user, device: { deviceId: 'amzn1.ask.device.CERTIFY', supportedInterfaces: {} } } },
    request: { type: 'LaunchRequest', requestId: `amzn1.echo-api.request.${randomUUID()}`, timestamp: alexaTime(at), locale: 'en-US' },
  });
}

/** `Signature-256`: base64 RSA-SHA256 over the body's UTF-8 bytes. */
export function signBody(body: string, keyPem: string): string {
  return sign('sha256', Buffer.from(body, 'utf8'), keyPem).toString('base64');
}

/** The headers Alexa sends with a signed body. */
export function alexaHeaders(signature: string, certUrl: string): Record<string, string> {
  return { signaturecertchainurl: certUrl, 'signature-256': signature };
}

/** A Dialogflow ES WebhookRequest for the welcome intent, from an unlinked Assistant user. */
export function welcomeWebhook(): string {
  const session = `projects/voicebank-certify/agent/sessions/${randomUUID()}`;
  return JSON.stringify({
    responseId: randomUUID(), session,
    queryResult: {
      queryText: 'open my bank', parameters: {}, allRequiredParamsPresent: true, languageCode: 'en',
      intent: { name: `projects/voicebank-certify/agent/intents/${randomUUID()}`, displayName: 'Default Welcome Intent' },
    },
    originalDetectIntentRequest: { source: 'google', version: '2', payload: { user: {}, conversation: { conversationId: 'certify', type: 'NEW' } } },
  });
}

/** POSTs a raw JSON body; the status and the body text. */
export async function postRaw(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, signal: AbortSignal.timeout(10_000) });
  return { status: response.status, text: await response.text() };
}
