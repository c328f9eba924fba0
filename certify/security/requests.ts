import { randomUUID } from 'node:crypto';
import { alexaEnvelope, alexaLaunch, alexaTimestamp, webhookRequest } from '../../simulator/platforms/requests';

/** A certificate URL of the form Amazon uses; the verifiers fetch it through our stand-in, never the network. */
export const GOOD_CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-certify.pem';

/** A LaunchRequest body, serialised once: the signature covers these exact bytes. */
export function launchBody(skillId: string, at: Date): string {
  return JSON.stringify(
    alexaEnvelope({
      request: alexaLaunch(),
      skillId,
      timestamp: alexaTimestamp(at.getTime()),
      session: { id: `amzn1.echo-api.session.${randomUUID()}`, new: true },
      userId: 'amzn1.ask.account.CERTIFY',
      deviceId: 'amzn1.ask.device.CERTIFY',
    }),
  );
}

/** A Dialogflow ES WebhookRequest for the welcome intent, from an unlinked Assistant user. */
export function welcomeWebhook(): string {
  return JSON.stringify(
    webhookRequest({
      session: `projects/voicebank-certify/agent/sessions/${randomUUID()}`,
      displayName: 'Default Welcome Intent',
      queryText: 'open my bank',
      conversation: { id: 'certify', type: 'NEW' },
    }),
  );
}

/** POSTs a raw JSON body; the status and the body text. */
export async function postRaw(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, text: await response.text() };
}
