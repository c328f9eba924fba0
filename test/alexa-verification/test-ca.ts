import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { TEST_NOW_MS } from '../support/clock';

/** An RSA key pair in both PEM (for node:crypto) and forge form (for building certificates). */
export interface TestKey {
  privateKeyPem: string;
  forgePrivate: forge.pki.rsa.PrivateKey;
  forgePublic: forge.pki.rsa.PublicKey;
}

/** A throwaway PKI: trusted root → intermediate → leaf for echo-api.amazon.com, plus bad variants. */
export interface TestPki {
  rootPem: string;
  /** Private key of every leaf below; requests are signed with it. */
  leafKey: TestKey;
  /** Leaf + intermediate: what Amazon serves. */
  goodChain: string;
  /** Leaf + intermediate + root, as some servers send it. */
  chainWithRoot: string;
  expiredChain: string;
  notYetValidChain: string;
  noSanChain: string;
  /** Leaf signed by an intermediate the trusted root never issued (same names, other key). */
  untrustedChain: string;
  /** A leaf that "issues" another leaf: right names and signature, but the issuer is no CA. */
  leafIssuedByLeafChain: string;
}

const DAY = 86_400_000;

function newKey(): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return {
    privateKeyPem,
    forgePrivate: forge.pki.privateKeyFromPem(privateKeyPem),
    forgePublic: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  };
}

interface CertSpec {
  cn: string;
  key: TestKey;
  issuer?: { cert: forge.pki.Certificate; key: TestKey };
  ca: boolean;
  san?: string[];
  /** Leave out keyUsage, so only basicConstraints says whether the cert may issue others. */
  noKeyUsage?: boolean;
  notBefore?: Date;
  notAfter?: Date;
}

function makeCert(spec: CertSpec): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = spec.key.forgePublic;
  // Leading 0x01 keeps the DER integer positive.
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = spec.notBefore ?? new Date(TEST_NOW_MS - DAY);
  cert.validity.notAfter = spec.notAfter ?? new Date(TEST_NOW_MS + 365 * DAY);
  const subject = [{ name: 'commonName', value: spec.cn }, { name: 'organizationName', value: 'voicebank test' }];
  cert.setSubject(subject);
  cert.setIssuer(spec.issuer?.cert.subject.attributes ?? subject);
  const issuerKeyId = (spec.issuer?.cert ?? cert).generateSubjectKeyIdentifier().getBytes();
  cert.setExtensions([
    { name: 'basicConstraints', cA: spec.ca, critical: true },
    ...(spec.noKeyUsage === true
      ? []
      : [{ name: 'keyUsage', critical: true, ...(spec.ca ? { keyCertSign: true, cRLSign: true } : { digitalSignature: true }) }]),
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: issuerKeyId },
    ...(spec.san === undefined ? [] : [{ name: 'subjectAltName', altNames: spec.san.map((value) => ({ type: 2, value })) }]),
  ]);
  cert.sign((spec.issuer?.key ?? spec.key).forgePrivate, forge.md.sha256.create());
  return cert;
}

const pem = (...certs: forge.pki.Certificate[]): string => certs.map((c) => forge.pki.certificateToPem(c)).join('');

let built: TestPki | undefined;

/** Builds the PKI once per mocha process (key generation dominates; ~1 s for five keys). */
export function testPki(): TestPki {
  built ??= buildPki();
  return built;
}

function buildPki(): TestPki {
  const [rootKey, interKey, leafKey, rogueKey] = [newKey(), newKey(), newKey(), newKey()];
  const root = makeCert({ cn: 'Voicebank Test Root', key: rootKey, ca: true });
  const inter = makeCert({ cn: 'Voicebank Test Intermediate', key: interKey, issuer: { cert: root, key: rootKey }, ca: true });
  const byInter = { cert: inter, key: interKey };
  const leaf = (extra: Partial<CertSpec>): forge.pki.Certificate =>
    makeCert({ cn: 'echo-api.amazon.com', key: leafKey, issuer: byInter, ca: false, san: ['echo-api.amazon.com'], ...extra });
  const rogueInter = makeCert({ cn: 'Voicebank Test Intermediate', key: rogueKey, ca: true });
  const goodLeaf = leaf({});
  // Without keyUsage, OpenSSL's checkIssued accepts a non-CA issuer; our basicConstraints check must not.
  const issuingLeaf = leaf({ noKeyUsage: true });
  return {
    rootPem: pem(root),
    leafKey,
    goodChain: pem(goodLeaf, inter),
    chainWithRoot: pem(goodLeaf, inter, root),
    expiredChain: pem(leaf({ notBefore: new Date(TEST_NOW_MS - 30 * DAY), notAfter: new Date(TEST_NOW_MS - DAY) }), inter),
    notYetValidChain: pem(leaf({ notBefore: new Date(TEST_NOW_MS + DAY) }), inter),
    noSanChain: pem(leaf({ san: ['example.com'] }), inter),
    untrustedChain: pem(leaf({ issuer: { cert: rogueInter, key: rogueKey } }), rogueInter),
    leafIssuedByLeafChain: pem(
      makeCert({ cn: 'echo-api.amazon.com', key: rogueKey, issuer: { cert: issuingLeaf, key: leafKey }, ca: false, san: ['echo-api.amazon.com'] }),
      issuingLeaf,
      inter,
    ),
  };
}
