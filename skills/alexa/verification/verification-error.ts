/**
 * Why an Alexa request was rejected. Short, stable codes: safe to log and to count in metrics (they
 * never carry the body, headers or certificate contents). Callers only ever get a fixed 400 body.
 */
export type VerificationReason =
  | 'body'
  | 'cert-url-missing'
  | 'cert-url-invalid'
  | 'cert-url-scheme'
  | 'cert-url-userinfo'
  | 'cert-url-host'
  | 'cert-url-port'
  | 'cert-url-path'
  | 'cert-url-query'
  | 'cert-url-fragment'
  | 'cert-download'
  | 'cert-expired'
  | 'cert-san'
  | 'cert-chain'
  | 'signature-missing'
  | 'signature'
  | 'timestamp'
  | 'application-id';

/**
 * Thrown by every Alexa verifier when a request must be refused. Our route (skills/alexa/route.ts)
 * logs `reason` and answers 400 with a fixed body; the message holds the reason code only, for
 * code that runs the verifiers inside ask-sdk-express-adapter (which echoes it).
 */
export class VerificationError extends Error {
  override readonly name = 'VerificationError';

  constructor(readonly reason: VerificationReason) {
    super(`Alexa request rejected: ${reason}`);
  }
}
