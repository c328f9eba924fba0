import type { RunContext } from '../context';
import { fail, notApplicable, pass } from '../runner';
import type { CheckSpec, Outcome } from '../types';
import { codeOf, consent, getAs, pkce, postAs, PUBLIC_CLIENT, REDIRECT } from './oauth-client';

const METADATA = '/.well-known/oauth-authorization-server';
const check = (ctx: RunContext, name: string, run: () => Promise<Outcome>): CheckSpec => ({
  name,
  area: 'security',
  level: 'required',
  run: () =>
    ctx.sandbox
      ? run()
      : Promise.resolve(notApplicable("a real bank's authorization server is the bank's own (see the controls table)")),
});

async function endpoints(
  ctx: RunContext,
): Promise<{ authorize: string; token: string; metadata: Record<string, unknown> }> {
  const { json } = await getAs(`${ctx.bankUrl}${METADATA}`);
  return { authorize: String(json.authorization_endpoint), token: String(json.token_endpoint), metadata: json };
}

/** Code for a fresh consent, exchanged with `verifier`; the token endpoint's answer. */
async function exchange(
  ctx: RunContext,
  verifier?: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const { authorize, token } = await endpoints(ctx);
  const pair = pkce();
  const code = codeOf(await consent(authorize, pair.challenge, '90')) ?? '';
  const fields = {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT,
    client_id: PUBLIC_CLIENT,
    code_verifier: verifier ?? pair.verifier,
  };
  const answer = await postAs(token, fields);
  // Tokens issued for the run are secrets like the test token: masked in reports, looked for in the logs.
  for (const name of ['access_token', 'refresh_token'])
    if (typeof answer.json[name] === 'string') ctx.seen.addToken(answer.json[name]);
  return answer;
}

/** The sandbox's authorization server (RFC 8414 metadata, PKCE S256, rotating refresh tokens, consent at most a year), over HTTP. */
export function authorizationServerChecks(ctx: RunContext): CheckSpec[] {
  return [
    check(ctx, "the sandbox's authorization server publishes its OAuth metadata with PKCE S256 only", async () => {
      const { metadata } = await endpoints(ctx);
      const evidence = {
        request: `GET ${METADATA}`,
        response: JSON.stringify({
          issuer: metadata.issuer,
          code_challenge_methods_supported: metadata.code_challenge_methods_supported,
        }),
      };
      const s256 = JSON.stringify(metadata.code_challenge_methods_supported) === '["S256"]';
      return s256 && metadata.issuer === ctx.bankUrl
        ? pass('issuer is the bank URL; only S256', evidence)
        : fail('metadata missing, another issuer, or a PKCE method other than S256', evidence);
    }),
    check(ctx, "the sandbox's authorization server refuses a code with the wrong PKCE verifier", async () => {
      const answer = await exchange(ctx, pkce().verifier);
      const evidence = {
        request: 'POST /oauth/token grant_type=authorization_code, a verifier that does not match the challenge',
        response: `HTTP ${answer.status} error=${String(answer.json.error)}`,
      };
      return answer.status === 400 && answer.json.error === 'invalid_grant'
        ? pass('HTTP 400 invalid_grant', evidence)
        : fail(`expected HTTP 400 invalid_grant, got ${answer.status}`, evidence);
    }),
    check(ctx, "the sandbox's authorization server rotates refresh tokens and ends the grant on a replay", async () => {
      const { token } = await endpoints(ctx);
      const issued = await exchange(ctx);
      const first = String(issued.json.refresh_token);
      const refresh = (value: string) =>
        postAs(token, { grant_type: 'refresh_token', refresh_token: value, client_id: PUBLIC_CLIENT });
      const rotated = await refresh(first);
      if (typeof rotated.json.refresh_token === 'string') ctx.seen.addToken(rotated.json.refresh_token);
      if (typeof rotated.json.access_token === 'string') ctx.seen.addToken(rotated.json.access_token);
      const replay = await refresh(first);
      const after = await refresh(String(rotated.json.refresh_token));
      const notes = [
        `code exchange HTTP ${issued.status}`,
        `refresh HTTP ${rotated.status}, new refresh token: ${rotated.json.refresh_token !== first ? 'yes' : 'no'}`,
        `replayed old refresh token HTTP ${replay.status} ${String(replay.json.error)}`,
        `the rotated one after the replay HTTP ${after.status} ${String(after.json.error)}`,
      ];
      const ok =
        issued.status === 200 &&
        rotated.status === 200 &&
        rotated.json.refresh_token !== first &&
        replay.status === 400 &&
        after.status === 400;
      return ok
        ? pass('rotated on use; a replay ends the grant', { notes })
        : fail('refresh tokens do not rotate, or a replay leaves the grant alive', { notes });
    }),
    check(ctx, "the sandbox's authorization server refuses consent for longer than one year", async () => {
      const { authorize } = await endpoints(ctx);
      const answer = await consent(authorize, pkce().challenge, '366');
      const evidence = {
        request: 'POST /oauth/authorize decision=allow, duration_days=366',
        response: `HTTP ${answer.status}${answer.location === null ? '' : ', a redirect'}`,
      };
      return codeOf(answer) === null
        ? pass(`no code issued (HTTP ${answer.status})`, evidence)
        : fail('a code was issued for more than a year', evidence);
    }),
  ];
}
