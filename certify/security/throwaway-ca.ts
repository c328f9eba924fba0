import { generateKeyPair, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';

/**
 * A throwaway PKI made at run time, shaped like Amazon's: a root (trusted only by the service
 * under test) → an intermediate → a leaf for `echo-api.amazon.com`. Its private keys live in this
 * process only and are never written anywhere.
 */
export interface ThrowawayPki {
  /** The root certificate, PEM: the one trust anchor to give the verifiers. */
  readonly rootPem: string;
  /** Leaf + intermediate, PEM: what the certificate URL serves. */
  readonly chainPem: string;
  /** PKCS#8 PEM private key of the leaf: Alexa request bodies are signed with it. */
  readonly signingKeyPem: string;
}

interface KeyPair {
  readonly privatePem: string;
  readonly forgePrivate: forge.pki.rsa.PrivateKey;
  readonly forgePublic: forge.pki.rsa.PublicKey;
}

const DAY_MS = 86_400_000;
const generate = promisify(generateKeyPair);

async function newKeyPair(): Promise<KeyPair> {
  const { privateKey, publicKey } = await generate('rsa', {
    modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { privatePem: privateKey, forgePrivate: forge.pki.privateKeyFromPem(privateKey), forgePublic: forge.pki.publicKeyFromPem(publicKey) };
}

/** What a certificate says about itself and who signs it (itself when `issuer` is absent). */
interface Subject {
  readonly commonName: string;
  readonly keys: KeyPair;
  readonly ca: boolean;
  readonly issuer?: { readonly cert: forge.pki.Certificate; readonly keys: KeyPair };
}

function certify(subject: Subject, now: number): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = subject.keys.forgePublic;
  cert.serialNumber = `01${randomBytes(9).toString('hex')}`; // leading 01: a positive DER integer
  cert.validity.notBefore = new Date(now - DAY_MS);
  cert.validity.notAfter = new Date(now + DAY_MS);
  const name = [{ name: 'commonName', value: subject.commonName }, { name: 'organizationName', value: 'voicebank certification (throwaway)' }];
  cert.setSubject(name);
  cert.setIssuer(subject.issuer?.cert.subject.attributes ?? name);
  const usage = subject.ca ? { keyCertSign: true, cRLSign: true } : { digitalSignature: true };
  cert.setExtensions([
    { name: 'basicConstraints', cA: subject.ca, critical: true },
    { name: 'keyUsage', critical: true, ...usage },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: (subject.issuer?.cert ?? cert).generateSubjectKeyIdentifier().getBytes() },
    ...(subject.ca ? [] : [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'echo-api.amazon.com' }] }]),
  ]);
  cert.sign((subject.issuer?.keys ?? subject.keys).forgePrivate, forge.md.sha256.create());
  return cert;
}

/** Builds a fresh PKI, valid from a day before `now` to a day after. */
export async function buildThrowawayPki(now: number): Promise<ThrowawayPki> {
  const [rootKeys, interKeys, leafKeys] = await Promise.all([newKeyPair(), newKeyPair(), newKeyPair()]);
  const root = certify({ commonName: 'voicebank certification root', keys: rootKeys, ca: true }, now);
  const inter = certify({ commonName: 'voicebank certification intermediate', keys: interKeys, ca: true, issuer: { cert: root, keys: rootKeys } }, now);
  const leaf = certify({ commonName: 'echo-api.amazon.com', keys: leafKeys, ca: false, issuer: { cert: inter, keys: interKeys } }, now);
  const pem = (cert: forge.pki.Certificate): string => forge.pki.certificateToPem(cert);
  return { rootPem: pem(root), chainPem: pem(leaf) + pem(inter), signingKeyPem: leafKeys.privatePem };
}
