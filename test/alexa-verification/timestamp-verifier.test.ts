import assert from 'node:assert/strict';
import { createTimestampVerifier, VerificationError } from '../../skills/alexa/verification';
import { launchBody, NOW } from './signed-request';

const at = (offsetMs: number): string => new Date(NOW + offsetMs).toISOString();

describe('timestamp verifier', () => {
  const verifier = createTimestampVerifier(() => NOW);
  const refused = async (body: string): Promise<void> => {
    await assert.rejects(
      verifier.verify(body),
      (e: unknown) => e instanceof VerificationError && e.reason === 'timestamp',
    );
  };

  it('accepts a request sent now', async () => {
    await verifier.verify(launchBody({ timestamp: at(0) }));
  });

  it('accepts a request sent 149 s ago', async () => {
    await verifier.verify(launchBody({ timestamp: at(-149_000) }));
  });

  it('accepts a request stamped 149 s in the future', async () => {
    await verifier.verify(launchBody({ timestamp: at(149_000) }));
  });

  it('accepts a timestamp without milliseconds, as Alexa sends it', async () => {
    await verifier.verify(launchBody({ timestamp: '2026-03-01T11:59:00Z' }));
  });

  it('refuses a request sent 151 s ago', async () => {
    await refused(launchBody({ timestamp: at(-151_000) }));
  });

  it('refuses a request stamped 151 s in the future', async () => {
    await refused(launchBody({ timestamp: at(151_000) }));
  });

  it('refuses a timestamp that cannot be parsed', async () => {
    await refused(launchBody({ timestamp: 'yesterday' }));
  });

  it('refuses a timestamp without a time zone', async () => {
    await refused(launchBody({ timestamp: '2026-03-01T12:00:00' }));
  });

  it('refuses a request without a timestamp', async () => {
    await refused(JSON.stringify({ request: { type: 'LaunchRequest' } }));
  });

  it('refuses a body that is not JSON', async () => {
    await assert.rejects(
      verifier.verify('{"request":'),
      (e: unknown) => e instanceof VerificationError && e.reason === 'body',
    );
  });
});
