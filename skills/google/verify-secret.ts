import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from '../../shared';

/** Header a Dialogflow console can send instead of basic auth. */
export const SECRET_HEADER = 'x-voicebank-secret';

export interface SecretCheckOptions {
  /** The shared secret configured in the Dialogflow console; absent refuses every request when verifying. */
  readonly secret?: string | undefined;
  readonly verify: boolean;
  readonly logger: Logger;
}

/** Secrets the caller presented: the basic-auth password (any user name) and our header. */
export function presentedSecrets(headers: IncomingHttpHeaders): string[] {
  const found: string[] = [];
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(headers.authorization ?? '');
  if (basic?.[1]) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon >= 0) found.push(decoded.slice(colon + 1));
  }
  const header = headers[SECRET_HEADER];
  if (typeof header === 'string' && header) found.push(header);
  return found;
}

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Constant-time comparison: hashing both sides gives equal lengths whatever was sent. */
export function secretMatches(presented: string, secret: string): boolean {
  return timingSafeEqual(digest(presented), digest(secret));
}

/**
 * Express step that lets through only callers who know the shared secret: none presented → 401,
 * a wrong one → 403, bodies without detail. With `verify` off every request passes.
 */
export function createSecretCheck({ secret, verify, logger }: SecretCheckOptions): RequestHandler {
  if (!verify) return (_req, _res, next) => next();
  if (!secret)
    logger.warn('Dialogflow verification is on but no secret is configured: every Dialogflow request will be refused');
  return (req, res, next) => {
    const presented = presentedSecrets(req.headers);
    if (!secret || presented.length === 0) {
      res.status(401).set('WWW-Authenticate', 'Basic realm="voicebank"').json({ error: 'unauthorized' });
      return;
    }
    // Every candidate is compared, so timing does not tell which one was wrong.
    const matches = presented.map((candidate) => secretMatches(candidate, secret));
    if (!matches.includes(true)) {
      res.status(403).json({ error: 'forbidden' });
      return;
    }
    next();
  };
}
