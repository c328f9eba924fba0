import type { IncomingHttpHeaders } from 'node:http';
import { testPki } from './test-ca';
import { TEST_NOW_MS } from '../support/clock';
import {
  alexaEnvelope,
  alexaLaunch,
  alexaSignatureHeaders,
  alexaTimestamp,
  signAlexaBody,
} from '../../simulator/platforms/requests';

export const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000001';
export const CERT_HOST = 'https://s3.amazonaws.com';
export const CERT_PATH = '/echo.api/echo-api-cert-x.pem';
export const CERT_URL = `${CERT_HOST}${CERT_PATH}`;
/** A fixed "now" for tests that inject the clock: 2026-03-01T12:00:00Z. */
export const NOW = Date.parse('2026-03-01T12:00:00Z');

/** A minimal LaunchRequest body, serialised the way Alexa sends it (raw JSON text). */
export function launchBody(options: { timestamp?: string; applicationId?: string | null } = {}): string {
  return JSON.stringify(
    alexaEnvelope({
      request: alexaLaunch(),
      skillId: options.applicationId === undefined ? SKILL_ID : options.applicationId,
      timestamp: options.timestamp ?? alexaTimestamp(TEST_NOW_MS),
      requestId: 'amzn1.echo-api.request.1',
      session: { id: 'amzn1.echo-api.session.1', new: true },
      userId: 'amzn1.ask.account.1',
      deviceId: 'd1',
    }),
  );
}

/** Signs `body` with the test leaf key: base64 RSA-SHA256 over the exact UTF-8 bytes. */
export function signBody(body: string): string {
  return signAlexaBody(body, testPki().leafKey.privatePem);
}

/** Headers Alexa would send with `body`. */
export function alexaHeaders(body: string, certUrl: string = CERT_URL): IncomingHttpHeaders {
  return { ...alexaSignatureHeaders(signBody(body), certUrl), 'content-type': 'application/json' };
}
