import { sign } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { testPki } from './test-ca';
import { TEST_NOW_MS } from '../support/clock';

export const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000001';
export const CERT_HOST = 'https://s3.amazonaws.com';
export const CERT_PATH = '/echo.api/echo-api-cert-x.pem';
export const CERT_URL = `${CERT_HOST}${CERT_PATH}`;
/** A fixed "now" for tests that inject the clock: 2026-03-01T12:00:00Z. */
export const NOW = Date.parse('2026-03-01T12:00:00Z');

/** A minimal LaunchRequest body, serialised the way Alexa sends it (raw JSON text). */
export function launchBody(options: { timestamp?: string; applicationId?: string | null } = {}): string {
  const application = options.applicationId === null ? undefined : { applicationId: options.applicationId ?? SKILL_ID };
  return JSON.stringify({
    version: '1.0',
    session: { new: true, sessionId: 'amzn1.echo-api.session.1', application, user: { userId: 'amzn1.ask.account.1' } },
    context: { System: { application, user: { userId: 'amzn1.ask.account.1' }, device: { deviceId: 'd1', supportedInterfaces: {} } } },
    request: {
      type: 'LaunchRequest',
      requestId: 'amzn1.echo-api.request.1',
      timestamp: options.timestamp ?? new Date(TEST_NOW_MS).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      locale: 'en-US',
    },
  });
}

/** Signs `body` with the test leaf key: base64 RSA-SHA256 over the exact UTF-8 bytes. */
export function signBody(body: string): string {
  return sign('sha256', Buffer.from(body, 'utf8'), testPki().leafKey.privatePem).toString('base64');
}

/** Headers Alexa would send with `body`. */
export function alexaHeaders(body: string, certUrl: string = CERT_URL): IncomingHttpHeaders {
  return { signaturecertchainurl: certUrl, 'signature-256': signBody(body), 'content-type': 'application/json' };
}
