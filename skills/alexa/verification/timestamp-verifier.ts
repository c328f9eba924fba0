import { envelopeVerifier, readPath, type EnvelopeVerifier } from './envelope';
import { VerificationError } from './verification-error';

/** Amazon's limit for the age of a request, and our limit for clock skew the other way. */
export const TIMESTAMP_TOLERANCE_MS = 150_000;

/** ISO 8601 date-time with an explicit zone, as Alexa sends it; Date.parse alone accepts much more. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Rejects requests whose `request.timestamp` is more than 150 s from now in either direction
 * (replays, and clocks so far off that replay protection would be meaningless).
 *
 * @param now - current time in epoch milliseconds
 */
export function createTimestampVerifier(now: () => number): EnvelopeVerifier {
  return envelopeVerifier((envelope) => {
    const timestamp = readPath(envelope, ['request', 'timestamp']);
    if (typeof timestamp !== 'string' || !ISO_INSTANT.test(timestamp)) throw new VerificationError('timestamp');
    const sentAt = Date.parse(timestamp);
    if (!(Math.abs(now() - sentAt) <= TIMESTAMP_TOLERANCE_MS)) throw new VerificationError('timestamp');
  });
}
