import { envelopeVerifier, readPath, type EnvelopeVerifier } from './envelope';
import { VerificationError } from './verification-error';

const CONTEXT_APP_ID = ['context', 'System', 'application', 'applicationId'];
const SESSION_APP_ID = ['session', 'application', 'applicationId'];

/**
 * Rejects requests meant for another skill. The id is read from `context.System.application`
 * (present on every request) with `session.application` as the fallback; if both are present
 * both must match, since a disagreement means the envelope was tampered with.
 *
 * @param skillId - this skill's id, e.g. `amzn1.ask.skill.…`
 */
export function createApplicationIdVerifier(skillId: string): EnvelopeVerifier {
  return envelopeVerifier((envelope) => {
    const ids = [readPath(envelope, CONTEXT_APP_ID), readPath(envelope, SESSION_APP_ID)].filter(
      (id) => id !== undefined,
    );
    if (ids.length === 0 || ids.some((id) => id !== skillId)) throw new VerificationError('application-id');
  });
}
