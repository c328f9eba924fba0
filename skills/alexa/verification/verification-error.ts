/**
 * Why an Alexa request was rejected. Short, stable codes: safe to log, to count in metrics and to
 * return to the caller (they never carry the body, headers or certificate contents).
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
 * Thrown by every Alexa verifier when a request must be refused. ask-sdk-express-adapter turns any
 * verifier rejection into HTTP 400 and echoes `message`, so the message holds the reason code only.
 */
export class VerificationError extends Error {
  override readonly name = 'VerificationError';

  constructor(readonly reason: VerificationReason) {
    super(`Alexa request rejected: ${reason}`);
  }
}
