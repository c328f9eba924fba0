import https from 'node:https';
import { collectCapped } from '../../../shared';

/**
 * Downloads a PEM certificate chain. Must settle within `timeoutMs` (milliseconds) and reject on
 * anything but a complete 200 response. Injectable so tests and other transports can stand in.
 */
export type CertFetcher = (url: string, timeoutMs: number) => Promise<string>;

/** Amazon's chains are ~5 KB; a larger answer is not a certificate chain we want to parse. */
const MAX_BYTES = 64 * 1024;

/**
 * Default {@link CertFetcher}: one GET over node:https, no redirects, whole-request deadline.
 * The deadline covers connect, headers and body together (the socket `timeout` option alone
 * only measures idle time, so a slow trickle could hold a request open indefinitely).
 */
export const fetchPemOverHttps: CertFetcher = (url, timeoutMs) =>
  new Promise<string>((resolve, reject) => {
    const request = https.get(url, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        request.destroy(new Error(`certificate download answered ${String(response.statusCode)}`));
        return;
      }
      collectCapped(response, MAX_BYTES, {
        tooLarge: () => request.destroy(new Error('certificate download too large')),
        end: (text, complete) => {
          // A connection cut mid-body also ends the stream; a truncated chain must not pass.
          if (!complete) {
            fail(new Error('certificate download cut short'));
            return;
          }
          clearTimeout(timer);
          resolve(text);
        },
      });
      response.on('error', fail);
    });
    const timer = setTimeout(() => request.destroy(new Error('certificate download timed out')), timeoutMs);
    request.on('error', fail);

    function fail(error: Error): void {
      clearTimeout(timer);
      reject(error);
    }
  });
