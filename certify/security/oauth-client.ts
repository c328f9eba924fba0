import { createHash, randomBytes } from 'node:crypto';

/** The sandbox's public development client (PKCE, no secret) and a loopback redirect it allows. */
export const PUBLIC_CLIENT = 'voicebank-dev-public';
export const REDIRECT = 'http://127.0.0.1:9/certify-callback';

/** One answer of the authorization server: status, Location and the JSON body when there is one. */
export interface AsAnswer {
  readonly status: number;
  readonly location: string | null;
  readonly json: Record<string, unknown>;
}

async function read(response: Response): Promise<AsAnswer> {
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      json = Object.fromEntries(Object.entries(parsed));
  } catch {
    // a page, not JSON
  }
  return { status: response.status, location: response.headers.get('location'), json };
}

/** GET without following redirects. */
export async function getAs(url: string): Promise<AsAnswer> {
  return read(await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) }));
}

/** POST a form without following redirects. */
export async function postAs(url: string, fields: Record<string, string | readonly string[]>): Promise<AsAnswer> {
  const pairs = Object.entries(fields).flatMap(
    ([k, v]): Array<[string, string]> =>
      typeof v === 'string' ? [[k, v]] : v.map((one): [string, string] => [k, one]),
  );
  const body = new URLSearchParams(pairs);
  return read(
    await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      body: body.toString(),
      signal: AbortSignal.timeout(10_000),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    }),
  );
}

/** A PKCE S256 pair. */
export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The consent page's form, answered for demo-alex's checking account for `days` days; the redirect's answer. */
export function consent(authorize: string, challenge: string, days: string): Promise<AsAnswer> {
  const url = new URL(authorize);
  const query = {
    response_type: 'code',
    client_id: PUBLIC_CLIENT,
    redirect_uri: REDIRECT,
    state: 'certify',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  };
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return postAs(url.href, { customer: 'cust-alex', account: ['acc-alex-chk'], duration_days: days, decision: 'allow' });
}

/** The `code` of a redirect back to the client, if any. */
export const codeOf = (answer: AsAnswer): string | null =>
  answer.location === null ? null : new URL(answer.location).searchParams.get('code');
