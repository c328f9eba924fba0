import type { Verifier } from 'ask-sdk-express-adapter';
import type { Clock } from '../../../shared';
import { createApplicationIdVerifier } from './application-id-verifier';
import type { CertFetcher } from './cert-fetcher';
import { createCertStore } from './cert-store';
import { createSignatureVerifier } from './signature-verifier';
import { createTimestampVerifier } from './timestamp-verifier';

export { VerificationError, type VerificationReason } from './verification-error';
export { validateCertUrl, type CertUrlResult, type CertUrlFailure } from './cert-url';
export { createCertStore, type CertStore, type CertStoreOptions } from './cert-store';
export { fetchPemOverHttps, type CertFetcher } from './cert-fetcher';
export { createSignatureVerifier } from './signature-verifier';
export { createTimestampVerifier, TIMESTAMP_TOLERANCE_MS } from './timestamp-verifier';
export { createApplicationIdVerifier } from './application-id-verifier';

/** Options for {@link createAlexaVerifiers}. */
export interface AlexaVerifierOptions {
  /**
   * This skill's id (`amzn1.ask.skill.…`); requests for any other id are refused. Without it no
   * application-id check runs: the configuration refuses that in production.
   */
  skillId?: string | undefined;
  /** Certificate validity and request timestamps are judged by this clock. */
  clock: Clock;
  /** PEM trust anchors for the certificate chain; defaults to Node's `tls.rootCertificates`. */
  trustedRoots?: string[];
  /** Deadline for downloading a certificate chain, milliseconds; defaults to 2,000. */
  fetchTimeoutMs?: number;
  /** Maximum number of verified signing keys cached; defaults to 20. */
  cacheSize?: number;
  /** Replaces the node:https download of certificate chains. */
  fetchPem?: CertFetcher;
  /**
   * Set false to skip the signature and certificate checks (development only: the caller must
   * refuse this in production). Defaults to true.
   */
  signature?: boolean;
  /** Set false to skip the timestamp check (development only, e.g. replaying fixtures). Defaults to true. */
  timestamp?: boolean;
}

/**
 * Builds the verifiers for an Alexa HTTPS endpoint: signature (with certificate checks), timestamp
 * and application id. Pass them to the adapter with its own verifiers switched off:
 * `new ExpressAdapter(skill, false, false, createAlexaVerifiers({ skillId }))`.
 * Each rejects with a {@link VerificationError}, which the adapter answers with HTTP 400.
 *
 * Create them once per process: the certificate cache lives inside the returned verifiers.
 */
export function createAlexaVerifiers(options: AlexaVerifierOptions): Verifier[] {
  if (options.skillId !== undefined && options.skillId.trim() === '')
    throw new Error('createAlexaVerifiers: skillId is blank');
  const now = (): number => options.clock.epochMs();
  const verifiers: Verifier[] = [];
  if (options.signature !== false) {
    const { trustedRoots, fetchTimeoutMs, cacheSize, fetchPem } = options;
    verifiers.push(
      createSignatureVerifier(createCertStore({ now, trustedRoots, fetchTimeoutMs, cacheSize, fetchPem })),
    );
  }
  if (options.timestamp !== false) verifiers.push(createTimestampVerifier(now));
  if (options.skillId !== undefined) verifiers.push(createApplicationIdVerifier(options.skillId));
  return verifiers;
}
