import assert from 'node:assert/strict';
import { createApplicationIdVerifier, VerificationError } from '../../skills/alexa/verification';
import { launchBody, SKILL_ID } from './signed-request';

describe('application id verifier', () => {
  const verifier = createApplicationIdVerifier(SKILL_ID);
  const refused = async (body: string): Promise<void> => {
    await assert.rejects(
      verifier.verify(body),
      (e: unknown) => e instanceof VerificationError && e.reason === 'application-id',
    );
  };

  it('accepts a request for the configured skill', async () => {
    await verifier.verify(launchBody());
  });

  it('falls back to the session application id when the context has none', async () => {
    const body = JSON.stringify({ session: { application: { applicationId: SKILL_ID } }, context: { System: {} } });
    await verifier.verify(body);
  });

  it('refuses a request for another skill', async () => {
    await refused(launchBody({ applicationId: 'amzn1.ask.skill.someone-else' }));
  });

  it('refuses a request without any application id', async () => {
    await refused(launchBody({ applicationId: null }));
  });

  it('refuses a request whose session names another skill than its context', async () => {
    const body = JSON.stringify({
      session: { application: { applicationId: 'amzn1.ask.skill.someone-else' } },
      context: { System: { application: { applicationId: SKILL_ID } } },
    });
    await refused(body);
  });
});
