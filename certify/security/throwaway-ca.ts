import { generateKeyPair, generateKeyPairSync, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';

/**
 * The one throwaway certificate authority (the certification kit's PKI, the benchmarks' and the
 * tests' signed Alexa requests): RSA keys and X.509 certificates made at run time, shaped like
 * Amazon's chain. Private keys live in the process only and are never written anywhere.
 */

/** An RSA key pair in PEM (for node:crypto) and in forge form (for building certificates). */
export interface PkiKey {
  /** PKCS#8 PEM. */
  readonly privatePem: string;
  readonly forgePrivate: forge.pki.rsa.PrivateKey;
  readonly forgePublic: forge.pki.rsa.PublicKey;
}

const OPTIONS = {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
} as const;
const generate = promisify(generateKeyPair);

const keyOf = ({ privateKey, publicKey }: { privateKey: string; publicKey: string }): PkiKey => ({
  privatePem: privateKey,
  forgePrivate: forge.pki.privateKeyFromPem(privateKey),
  forgePublic: forge.pki.publicKeyFromPem(publicKey),
});

/** A fresh 2048-bit key, generated off the event loop. */
export async function newPkiKey(): Promise<PkiKey> {
  return keyOf(await generate('rsa', OPTIONS));
}

/** A fresh 2048-bit key, generated synchronously (test fixtures built once per process). */
export function newPkiKeySync(): PkiKey {
  return keyOf(generateKeyPairSync('rsa', OPTIONS));
}

/** What a certificate says about itself and who signs it (itself when `issuer` is absent). */
export interface CertificateSpec {
  readonly commonName: string;
  readonly organization: string;
  readonly key: PkiKey;
  readonly ca: boolean;
  readonly issuer?: { readonly cert: forge.pki.Certificate; readonly key: PkiKey };
  /** DNS names; none when absent. */
  readonly san?: readonly string[];
  /** Leave out keyUsage, so only basicConstraints says whether the certificate may issue others. */
  readonly noKeyUsage?: boolean;
  readonly notBefore: Date;
  readonly notAfter: Date;
}

/** Issues (signs) one certificate. */
export function issueCertificate(spec: CertificateSpec): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = spec.key.forgePublic;
  cert.serialNumber = `01${randomBytes(9).toString('hex')}`; // leading 01: a positive DER integer
  cert.validity.notBefore = spec.notBefore;
  cert.validity.notAfter = spec.notAfter;
  const name = [
    { name: 'commonName', value: spec.commonName },
    { name: 'organizationName', value: spec.organization },
  ];
  cert.setSubject(name);
  cert.setIssuer(spec.issuer?.cert.subject.attributes ?? name);
  const usage = spec.ca ? { keyCertSign: true, cRLSign: true } : { digitalSignature: true };
  cert.setExtensions([
    { name: 'basicConstraints', cA: spec.ca, critical: true },
    ...(spec.noKeyUsage === true ? [] : [{ name: 'keyUsage', critical: true, ...usage }]),
    { name: 'subjectKeyIdentifier' },
    {
      name: 'authorityKeyIdentifier',
      keyIdentifier: (spec.issuer?.cert ?? cert).generateSubjectKeyIdentifier().getBytes(),
    },
    ...(spec.san === undefined
      ? []
      : [{ name: 'subjectAltName', altNames: spec.san.map((value) => ({ type: 2, value })) }]),
  ]);
  cert.sign((spec.issuer?.key ?? spec.key).forgePrivate, forge.md.sha256.create());
  return cert;
}

/** Certificates as one PEM text, in the order given. */
export const pemOf = (...certs: forge.pki.Certificate[]): string =>
  certs.map((cert) => forge.pki.certificateToPem(cert)).join('');

/** A PKI shaped like Amazon's: a root (trusted only by the service under test) → an intermediate → a leaf for `echo-api.amazon.com`. */
export interface ThrowawayPki {
  /** The root certificate, PEM: the one trust anchor to give the verifiers. */
  readonly rootPem: string;
  /** Leaf + intermediate, PEM: what the certificate URL serves. */
  readonly chainPem: string;
  /** PKCS#8 PEM private key of the leaf: Alexa request bodies are signed with it. */
  readonly signingKeyPem: string;
}

const DAY_MS = 86_400_000;

/** Builds a fresh PKI, valid from a day before `now` to a day after. */
export async function buildThrowawayPki(now: number): Promise<ThrowawayPki> {
  const [rootKey, interKey, leafKey] = await Promise.all([newPkiKey(), newPkiKey(), newPkiKey()]);
  const base = {
    organization: 'voicebank certification (throwaway)',
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + DAY_MS),
  };
  const root = issueCertificate({ ...base, commonName: 'voicebank certification root', key: rootKey, ca: true });
  const inter = issueCertificate({
    ...base,
    commonName: 'voicebank certification intermediate',
    key: interKey,
    ca: true,
    issuer: { cert: root, key: rootKey },
  });
  const leaf = issueCertificate({
    ...base,
    commonName: 'echo-api.amazon.com',
    key: leafKey,
    ca: false,
    issuer: { cert: inter, key: interKey },
    san: ['echo-api.amazon.com'],
  });
  return { rootPem: pemOf(root), chainPem: pemOf(leaf, inter), signingKeyPem: leafKey.privatePem };
}
