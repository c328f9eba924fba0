import type { Clock } from '../../shared/clock';
import { clip } from '../mask';
import { fail, pass } from '../runner';
import type { Recorded } from '../service/recording-poster';
import type { CheckSpec, Outcome } from '../types';
import { alexaSignatureHeaders, signAlexaBody } from '../../simulator/platforms/requests';
import { GOOD_CERT_URL, launchBody, postRaw, welcomeWebhook } from './requests';

/** The verifying service and what it trusts. */
export interface SecureTarget {
  readonly url: string;
  readonly skillId: string;
  readonly secret: string;
  readonly signingKeyPem: string;
  /** Every certificate URL the service asked to download, in order. */
  readonly fetched: readonly string[];
  /** Request timestamps are stamped from the run's clock. */
  readonly clock: Clock;
  /** Where every request sent and its answer are kept for the evidence bundle. */
  readonly sent: Recorded[];
}

/** One request to send: body, headers, and a summary for the evidence. */
interface Forged {
  readonly body: string;
  readonly headers: Record<string, string>;
  readonly summary: string;
}

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

const security = (name: string, run: () => Promise<Outcome>): CheckSpec => ({
  name,
  area: 'security',
  level: 'required',
  run,
});

/** Sends a request and expects one of `statuses`. */
async function expectStatus(
  target: SecureTarget,
  path: '/alexa' | '/google',
  forged: Forged,
  statuses: readonly number[],
): Promise<Outcome> {
  const { status, text } = await postRaw(`${target.url}${path}`, forged.body, forged.headers);
  target.sent.push({ path, request: parsed(forged.body), headers: forged.headers, status, body: parsed(text) });
  const evidence = { request: `POST ${path}: ${forged.summary}`, response: `HTTP ${status} ${clip(text, 200)}` };
  const word = statuses[0] === 200 ? 'accepted' : 'refused';
  return statuses.includes(status)
    ? pass(`${word} with HTTP ${status}`, evidence)
    : fail(`expected HTTP ${statuses.join(' or ')}, got ${status}`, evidence);
}

/** A LaunchRequest signed by the trusted leaf, for `certUrl`, with optional changes. */
function signedLaunch(
  target: SecureTarget,
  certUrl = GOOD_CERT_URL,
  change: { skillId?: string; at?: Date; after?: (body: string) => string; signOther?: boolean } = {},
): Forged {
  const at = change.at ?? new Date(target.clock.epochMs());
  const body = launchBody(change.skillId ?? target.skillId, at);
  const signed = change.signOther ? launchBody(target.skillId, at) : body;
  const sent = change.after ? change.after(body) : body;
  return {
    body: sent,
    headers: alexaSignatureHeaders(signAlexaBody(signed, target.signingKeyPem), certUrl),
    summary: `LaunchRequest, SignatureCertChainUrl ${certUrl}`,
  };
}

/** Certificate URLs Amazon's rules refuse (https, s3.amazonaws.com, port 443, /echo.api/, no `..`, no query). */
export const BAD_CERT_URLS: ReadonlyArray<readonly [string, string]> = [
  ['with the http scheme', 'http://s3.amazonaws.com/echo.api/echo-api-cert-certify.pem'],
  ['on another host', 'https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert-certify.pem'],
  ['on port 563', 'https://s3.amazonaws.com:563/echo.api/echo-api-cert-certify.pem'],
  ['outside /echo.api/', 'https://s3.amazonaws.com/not-echo.api/echo-api-cert-certify.pem'],
  ['with .. traversal', 'https://s3.amazonaws.com/echo.api/../evil/echo-api-cert-certify.pem'],
  ['with a query string', 'https://s3.amazonaws.com/echo.api/echo-api-cert-certify.pem?x=1'],
];

/** A correctly signed request is accepted (control), every forged one refused with 400. */
export function alexaChecks(target: SecureTarget): CheckSpec[] {
  const refuse = (name: string, forged: () => Forged): CheckSpec =>
    security(name, () => expectStatus(target, '/alexa', forged(), [400]));
  return [
    security('a correctly signed Alexa request is accepted (control)', () =>
      expectStatus(target, '/alexa', signedLaunch(target), [200]),
    ),
    refuse('an Alexa request with a bad signature is refused', () =>
      signedLaunch(target, GOOD_CERT_URL, { signOther: true }),
    ),
    refuse('an Alexa request altered after signing is refused', () =>
      signedLaunch(target, GOOD_CERT_URL, { after: (b) => b.replace('"locale":"en-US"', '"locale":"en-GB"') }),
    ),
    refuse('an Alexa request stamped 200 s ago is refused', () =>
      signedLaunch(target, GOOD_CERT_URL, { at: new Date(target.clock.epochMs() - 200_000) }),
    ),
    ...BAD_CERT_URLS.map(([what, url]) =>
      security(`a certificate URL ${what} is refused`, async () => {
        const outcome = await expectStatus(target, '/alexa', signedLaunch(target, url), [400]);
        const downloaded = target.fetched.includes(url);
        return {
          ...outcome,
          evidence: { ...outcome.evidence, notes: [`certificate downloaded: ${downloaded ? 'yes' : 'no'}`] },
        };
      }),
    ),
    refuse('an Alexa request for another skill id is refused', () =>
      signedLaunch(target, GOOD_CERT_URL, { skillId: 'amzn1.ask.skill.00000000-certify-someone-else' }),
    ),
  ];
}

/** The Dialogflow shared secret: right one accepted (control), missing or wrong refused with 401/403. */
export function dialogflowChecks(target: SecureTarget): CheckSpec[] {
  const webhook = (headers: Record<string, string>, summary: string): Forged => ({
    body: welcomeWebhook(),
    headers,
    summary: `Default Welcome Intent, ${summary}`,
  });
  return [
    security('a Dialogflow request with the shared secret is accepted (control)', () =>
      expectStatus(
        target,
        '/google',
        webhook({ 'x-voicebank-secret': target.secret }, 'x-voicebank-secret: [token]'),
        [200],
      ),
    ),
    security('a Dialogflow request without the shared secret is refused', () =>
      expectStatus(target, '/google', webhook({}, 'no secret'), [401, 403]),
    ),
    security('a Dialogflow request with a wrong shared secret is refused', () =>
      expectStatus(
        target,
        '/google',
        webhook({ 'x-voicebank-secret': 'certify-wrong-secret-0123' }, 'a wrong x-voicebank-secret'),
        [401, 403],
      ),
    ),
  ];
}
