import type { KeyObject, X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { verifyCertChain, parseTrustedRoots } from './cert-chain';
import { fetchPemOverHttps, type CertFetcher } from './cert-fetcher';
import { VerificationError } from './verification-error';
import { BoundedCache } from '../../../shared';

/** Options for {@link createCertStore}. */
export interface CertStoreOptions {
  /** Current time in epoch milliseconds (the service's clock). */
  now: () => number;
  /** PEM trust anchors; defaults to Node's bundled `tls.rootCertificates`. */
  trustedRoots?: readonly string[] | undefined;
  /** Whole-download deadline in milliseconds; defaults to 2,000. */
  fetchTimeoutMs?: number | undefined;
  /** Maximum number of verified keys kept; defaults to 20. */
  cacheSize?: number | undefined;
  /** Downloads a chain; defaults to a GET over node:https. */
  fetchPem?: CertFetcher | undefined;
  /** How long a URL whose chain failed is refused without another download, ms; defaults to 30,000. */
  failureTtlMs?: number;
  /** Downloads in flight at once (distinct URLs); more are refused at once. Defaults to 4. */
  maxConcurrentDownloads?: number;
}

/** Hands out verified Alexa signing keys by (normalised) certificate chain URL. */
export interface CertStore {
  /**
   * The leaf public key of the chain at `url`, downloaded and verified on first use, then served
   * from a bounded cache until the chain expires. Concurrent callers for one URL share one download
   * (single-flight); a failure is remembered for `failureTtlMs`, and while `maxConcurrentDownloads`
   * are in flight a new URL is refused without downloading, so forged requests cannot turn the
   * service into a download amplifier.
   *
   * @param url - a URL already accepted and normalised by `validateCertUrl`
   * @throws VerificationError with reason `cert-download`, `cert-chain`, `cert-expired` or `cert-san`
   */
  getKey(url: string): Promise<KeyObject>;
  /** Number of keys currently cached (for tests and metrics). */
  readonly size: number;
}

/** Creates a {@link CertStore}; see {@link CertStoreOptions} for the defaults. */
export function createCertStore(options: CertStoreOptions): CertStore {
  const { now } = options;
  const fetchPem = options.fetchPem ?? fetchPemOverHttps;
  const timeoutMs = options.fetchTimeoutMs ?? 2_000;
  const cache = new BoundedCache<KeyObject>(options.cacheSize ?? 20);
  const inFlight = new Map<string, Promise<KeyObject>>();
  const failures = new BoundedCache<VerificationError>(100);
  const failureTtlMs = options.failureTtlMs ?? 30_000;
  const maxDownloads = options.maxConcurrentDownloads ?? 4;
  // Parsing ~150 bundled roots costs a few milliseconds: do it once, and only when first needed.
  let roots: X509Certificate[] | undefined;

  async function load(url: string): Promise<KeyObject> {
    let pem: string;
    try {
      pem = await fetchPem(url, timeoutMs);
    } catch {
      throw new VerificationError('cert-download');
    }
    roots ??= parseTrustedRoots(options.trustedRoots ?? rootCertificates);
    const verified = verifyCertChain(pem, now(), roots);
    cache.set(url, verified.key, verified.expiresAt);
    return verified.key;
  }

  function remembered(url: string): Promise<KeyObject> {
    return load(url).catch((error: unknown) => {
      const refusal = error instanceof VerificationError ? error : new VerificationError('cert-chain');
      failures.set(url, refusal, now() + failureTtlMs);
      throw refusal;
    });
  }

  return {
    getKey(url) {
      const cached = cache.get(url, now());
      if (cached !== undefined) return Promise.resolve(cached);
      const pending = inFlight.get(url);
      if (pending !== undefined) return pending;
      const failed = failures.get(url, now());
      if (failed !== undefined) return Promise.reject(failed);
      if (inFlight.size >= maxDownloads) return Promise.reject(new VerificationError('cert-download'));
      const loading = remembered(url).finally(() => inFlight.delete(url));
      inFlight.set(url, loading);
      return loading;
    },
    get size() {
      return cache.size;
    },
  };
}
