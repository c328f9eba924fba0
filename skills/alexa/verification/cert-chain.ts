import { X509Certificate, type KeyObject } from 'node:crypto';
import { VerificationError } from './verification-error';

/** A signing key taken from a certificate chain that passed every check. */
export interface VerifiedSigningKey {
  /** The leaf certificate's RSA public key. */
  key: KeyObject;
  /** Epoch milliseconds when the first certificate of the chain expires; the key is unusable after. */
  expiresAt: number;
}

const ALEXA_SAN = 'echo-api.amazon.com';
/** Amazon sends leaf + intermediates; anything this long is not a chain we need to walk. */
const MAX_CHAIN_LENGTH = 5;
const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+?-----END CERTIFICATE-----/g;

/**
 * Parses a PEM chain (leaf first) once and checks it the way Amazon requires for Alexa requests:
 * every certificate valid at `now`, `echo-api.amazon.com` among the leaf's DNS subject alternative
 * names, each certificate issued and signed by the next one (which must be a CA), and the last one
 * issued and signed by one of `trustedRoots`.
 *
 * @param pem - the downloaded chain
 * @param now - current time, epoch milliseconds
 * @param trustedRoots - the trust anchors (normally Node's bundled `tls.rootCertificates`)
 * @throws VerificationError with reason `cert-chain`, `cert-expired` or `cert-san`
 */
export function verifyCertChain(
  pem: string,
  now: number,
  trustedRoots: readonly X509Certificate[],
): VerifiedSigningKey {
  const chain = parseChain(pem);
  const leaf = chain[0];
  if (leaf === undefined) throw new VerificationError('cert-chain');
  let expiresAt = Infinity;
  for (const cert of chain) {
    const from = Date.parse(cert.validFrom);
    const to = Date.parse(cert.validTo);
    if (!(from <= now && now <= to)) throw new VerificationError('cert-expired');
    expiresAt = Math.min(expiresAt, to);
  }
  // Exact SAN match only: no wildcards and never the subject CN.
  const san = leaf.checkHost(ALEXA_SAN, { subject: 'never', wildcards: false, partialWildcards: false });
  if (san === undefined) throw new VerificationError('cert-san');
  chain.forEach((cert, index) => {
    const issuer = chain[index + 1];
    if (issuer !== undefined && !isSignedBy(cert, issuer)) throw new VerificationError('cert-chain');
  });
  const top = chain[chain.length - 1] ?? leaf;
  if (!trustedRoots.some((root) => isSignedBy(top, root))) throw new VerificationError('cert-chain');
  const key = leaf.publicKey;
  // Signature-256 is defined as RSA-SHA256; another key type would change the algorithm used.
  if (key.asymmetricKeyType !== 'rsa') throw new VerificationError('cert-chain');
  return { key, expiresAt };
}

/** Parses trust anchors once; unparsable entries are skipped rather than failing every request. */
export function parseTrustedRoots(pems: readonly string[]): X509Certificate[] {
  const roots: X509Certificate[] = [];
  for (const pem of pems) {
    try {
      roots.push(new X509Certificate(pem));
    } catch {
      // A broken bundle entry cannot anchor anything; the others still can.
    }
  }
  return roots;
}

function parseChain(pem: string): X509Certificate[] {
  const blocks = pem.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0 || blocks.length > MAX_CHAIN_LENGTH) throw new VerificationError('cert-chain');
  try {
    return blocks.map((block) => new X509Certificate(block));
  } catch {
    throw new VerificationError('cert-chain');
  }
}

/** Names and key identifiers match (checkIssued) and the signature verifies; only CAs may issue. */
function isSignedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  return issuer.ca && cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
}
