import { Router, type Request, type Response } from 'express';
import { queryOf } from '../http/query';
import {
  isFailure,
  readAuthorizeRequest,
  redirectBack,
  type AuthorizeFailure,
  type AuthorizeRequest,
} from './authorize-request';
import { readConsentForm } from './consent-form';
import { consentPage, errorPage } from './consent-page';
import type { OAuthContext } from './context';
import { OAUTH_ERRORS } from './errors';
import { formBody, formOf, type Forms } from './form-body';
import { newConsentId } from './grants';

const DAY_MS = 86_400_000;

function sendPage(res: Response, status: number, html: string): void {
  // The consent page must not be framed (clickjacking) nor load anything from elsewhere. No
  // form-action: browsers apply it to the redirect after the post, which goes to the client.
  res.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  res.set('X-Frame-Options', 'DENY');
  res.status(status).type('html').send(html);
}

function refuse(res: Response, failure: AuthorizeFailure, issuer: string): void {
  if (failure.kind === 'page') {
    sendPage(res, 400, errorPage(failure.message));
    return;
  }
  res.redirect(
    302,
    redirectBack(failure.redirectUri, issuer, {
      error: failure.error.code,
      error_description: failure.error.description,
      state: failure.state,
    }),
  );
}

function checked(req: Request, res: Response, context: OAuthContext): AuthorizeRequest | undefined {
  const request = readAuthorizeRequest(queryOf(req), context.clients);
  if (!isFailure(request)) return request;
  refuse(res, request, context.issuer(req));
  return undefined;
}

/** `GET /oauth/authorize` (the consent page) and `POST /oauth/authorize` (the customer's decision). */
export function authorizeRoutes(context: OAuthContext): Router {
  const router = Router();
  const forms: Forms = new WeakMap();
  router.get('/oauth/authorize', (req, res) => {
    const request = checked(req, res, context);
    if (request) sendPage(res, 200, consentPage(request.client.clientId, context.customers(), queryOf(req)));
  });
  const badForm = (_req: Request, res: Response): void =>
    sendPage(res, 400, errorPage('The consent form could not be read.'));
  router.post('/oauth/authorize', formBody(forms, badForm), (req, res) => {
    const request = checked(req, res, context);
    if (!request) return;
    const issuer = context.issuer(req);
    const choice = readConsentForm(formOf(forms, req), context.customers());
    if ('invalid' in choice) {
      sendPage(res, 400, errorPage(choice.invalid));
      return;
    }
    if (choice.decision === 'deny') {
      res.redirect(
        302,
        redirectBack(request.redirectUri, issuer, { error: OAUTH_ERRORS.denied.code, state: request.state }),
      );
      return;
    }
    const consent = {
      consentId: newConsentId(),
      clientId: request.client.clientId,
      customerToken: choice.customer.token,
      accountIds: choice.accountIds,
      scope: request.scope,
      expiresAtMs: context.clock.epochMs() + choice.durationDays * DAY_MS,
    };
    const code = context.grants.issueCode({
      consent,
      redirectUri: request.redirectUri,
      ...(request.codeChallenge ? { codeChallenge: request.codeChallenge } : {}),
    });
    res.redirect(302, redirectBack(request.redirectUri, issuer, { code, state: request.state }));
  });
  return router;
}
