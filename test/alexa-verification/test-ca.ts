import type forge from 'node-forge';
import {
  issueCertificate,
  newPkiKeySync,
  pemOf,
  type CertificateSpec,
  type PkiKey,
} from '../../certify/security/throwaway-ca';
import { TEST_NOW_MS } from '../support/clock';

/**
 * A throwaway PKI: trusted root → intermediate → leaf for echo-api.amazon.com, plus the bad variants
 * the verifier tests need, built on the one throwaway CA (certify/security/throwaway-ca.ts).
 */
export interface TestPki {
  rootPem: string;
  /** Private key of every leaf below; requests are signed with it. */
  leafKey: PkiKey;
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

/** One certificate of the test PKI: valid from a day before TEST_NOW for a year unless told otherwise. */
function makeCert(
  spec: Omit<CertificateSpec, 'organization' | 'notBefore' | 'notAfter'> & {
    readonly notBefore?: Date;
    readonly notAfter?: Date;
  },
): forge.pki.Certificate {
  return issueCertificate({
    organization: 'voicebank test',
    notBefore: new Date(TEST_NOW_MS - DAY),
    notAfter: new Date(TEST_NOW_MS + 365 * DAY),
    ...spec,
  });
}

let built: TestPki | undefined;

/** Builds the PKI once per mocha process (key generation dominates; ~1 s for five keys). */
export function testPki(): TestPki {
  built ??= buildPki();
  return built;
}

function buildPki(): TestPki {
  const [rootKey, interKey, leafKey, rogueKey] = [newPkiKeySync(), newPkiKeySync(), newPkiKeySync(), newPkiKeySync()];
  const root = makeCert({ commonName: 'Voicebank Test Root', key: rootKey, ca: true });
  const inter = makeCert({
    commonName: 'Voicebank Test Intermediate',
    key: interKey,
    issuer: { cert: root, key: rootKey },
    ca: true,
  });
  const byInter = { cert: inter, key: interKey };
  const leaf = (extra: Partial<Parameters<typeof makeCert>[0]>): forge.pki.Certificate =>
    makeCert({
      commonName: 'echo-api.amazon.com',
      key: leafKey,
      issuer: byInter,
      ca: false,
      san: ['echo-api.amazon.com'],
      ...extra,
    });
  const rogueInter = makeCert({ commonName: 'Voicebank Test Intermediate', key: rogueKey, ca: true });
  const goodLeaf = leaf({});
  // Without keyUsage, OpenSSL's checkIssued accepts a non-CA issuer; our basicConstraints check must not.
  const issuingLeaf = leaf({ noKeyUsage: true });
  return {
    rootPem: pemOf(root),
    leafKey,
    goodChain: pemOf(goodLeaf, inter),
    chainWithRoot: pemOf(goodLeaf, inter, root),
    expiredChain: pemOf(
      leaf({ notBefore: new Date(TEST_NOW_MS - 30 * DAY), notAfter: new Date(TEST_NOW_MS - DAY) }),
      inter,
    ),
    notYetValidChain: pemOf(leaf({ notBefore: new Date(TEST_NOW_MS + DAY) }), inter),
    noSanChain: pemOf(leaf({ san: ['example.com'] }), inter),
    untrustedChain: pemOf(leaf({ issuer: { cert: rogueInter, key: rogueKey } }), rogueInter),
    leafIssuedByLeafChain: pemOf(
      makeCert({
        commonName: 'echo-api.amazon.com',
        key: rogueKey,
        issuer: { cert: issuingLeaf, key: leafKey },
        ca: false,
        san: ['echo-api.amazon.com'],
      }),
      issuingLeaf,
      inter,
    ),
  };
}
