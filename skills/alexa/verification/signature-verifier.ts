import { verify as verifySignature } from 'node:crypto';
import type { Verifier } from 'ask-sdk-express-adapter';
import type { CertStore } from './cert-store';
import { validateCertUrl } from './cert-url';
import { singleHeader } from './envelope';
import { VerificationError } from './verification-error';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Verifies `Signature-256`: a base64 RSA-SHA256 signature over the raw body, made with the key of
 * the certificate chain named by `SignatureCertChainUrl`.
 *
 * The adapter hands verifiers the body as a UTF-8 decoded string; re-encoding it gives back the
 * bytes Amazon signed (Alexa bodies are JSON, hence valid UTF-8).
 *
 * @param certs - source of verified, cached signing keys
 */
export function createSignatureVerifier(certs: CertStore): Verifier {
  return {
    async verify(requestEnvelope, headers) {
      if (typeof requestEnvelope !== 'string') throw new VerificationError('body');
      const certUrl = singleHeader(headers, 'SignatureCertChainUrl');
      if (certUrl === undefined) throw new VerificationError('cert-url-missing');
      const signature = singleHeader(headers, 'Signature-256');
      if (signature === undefined || !BASE64.test(signature)) throw new VerificationError('signature-missing');
      const checked = validateCertUrl(certUrl);
      if (!checked.ok) throw new VerificationError(checked.reason);
      const key = await certs.getKey(checked.url);
      const body = Buffer.from(requestEnvelope, 'utf8');
      if (!verifySignature('sha256', body, key, Buffer.from(signature, 'base64'))) {
        throw new VerificationError('signature');
      }
    },
  };
}
