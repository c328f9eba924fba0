import { createHash, randomBytes } from 'node:crypto';

/** The development clients every sandbox knows (public fixtures, see sandbox/oauth/clients.ts). */
export const DEV_CLIENT = { id: 'voicebank-dev', secret: 'voicebank-dev-secret' } as const;
export const PUBLIC_CLIENT = { id: 'voicebank-dev-public' } as const;
/** An Amazon account-linking redirect URL, as the developer console shows it. */
export const ALEXA_REDIRECT = 'https://pitangui.amazon.com/api/skill/link/M2AAAAAAAAAAAA';

/** A PKCE verifier and its S256 challenge. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** One HTTP answer with its body as text and (when it parses) JSON. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly json: Record<string, unknown>;
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null) json = parsed as Record<string, unknown>;
  } catch {
    // not JSON (a page or a redirect)
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** GET without following redirects. */
export async function getUrl(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return answer(await fetch(url, { redirect: 'manual', headers }));
}

/** POSTs an urlencoded form (fields may repeat) without following redirects. */
export async function postForm(
  url: string,
  fields: ReadonlyArray<readonly [string, string]>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const body = new URLSearchParams(fields.map(([k, v]): [string, string] => [k, v])).toString();
  return answer(
    await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    }),
  );
}

/** The `Authorization: Basic` header of RFC 6749 §2.3.1. */
export function basicAuth(id: string, secret: string): Record<string, string> {
  const encode = (text: string): string => encodeURIComponent(text).replace(/%20/g, '+');
  return { authorization: `Basic ${Buffer.from(`${encode(id)}:${encode(secret)}`).toString('base64')}` };
}

export interface AuthorizeParams {
  readonly clientId?: string;
  readonly redirectUri?: string;
  readonly challenge?: string;
  readonly state?: string;
  readonly extra?: Readonly<Record<string, string>>;
}

/** The authorization endpoint URL with a code request's query. */
export function authorizeUrl(endpoint: string, params: AuthorizeParams): string {
  const url = new URL(endpoint);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', params.clientId ?? DEV_CLIENT.id);
  url.searchParams.set('redirect_uri', params.redirectUri ?? ALEXA_REDIRECT);
  url.searchParams.set('state', params.state ?? 'state-123');
  if (params.challenge !== undefined) {
    url.searchParams.set('code_challenge', params.challenge);
    url.searchParams.set('code_challenge_method', 'S256');
  }
  for (const [name, value] of Object.entries(params.extra ?? {})) url.searchParams.set(name, value);
  return url.href;
}

/** The consent a test gives: customer id, accounts, days. */
export interface ConsentFields {
  readonly customer?: string;
  readonly accounts?: readonly string[];
  readonly days?: string;
  readonly decision?: string;
}

/** The consent form's fields, as the page's form posts them. */
export function consentFields(fields: ConsentFields = {}): Array<[string, string]> {
  return [
    ['customer', fields.customer ?? 'cust-alex'],
    ...(fields.accounts ?? ['acc-alex-chk']).map((id): [string, string] => ['account', id]),
    ['duration_days', fields.days ?? '90'],
    ['decision', fields.decision ?? 'allow'],
  ];
}

/** The query parameters of a 302's Location. */
export function redirectParams(reply: Answer): URLSearchParams {
  const location = reply.headers.get('location');
  if (location === null) throw new Error(`expected a redirect, got ${reply.status}`);
  return new URL(location).searchParams;
}

/** Runs the consent page with PKCE and returns the code (throws when none comes back). */
export async function obtainCode(
  endpoint: string,
  params: AuthorizeParams,
  fields: ConsentFields = {},
): Promise<string> {
  const reply = await postForm(authorizeUrl(endpoint, params), consentFields(fields));
  const code = redirectParams(reply).get('code');
  if (code === null) throw new Error('no code in the redirect');
  return code;
}

/** The tokens of RFC 6749 §5.1, as the sandbox's token endpoint issues them. */
export interface IssuedTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresIn: number;
}

/**
 * The whole authorization-code flow with PKCE S256 over HTTP, as a linking client runs it: reads the
 * RFC 8414 metadata at `metadataUrl`, gives `consent` on the consent page, and trades the code for
 * tokens as the confidential development client. Throws when any step does not answer as it should.
 */
export async function tokensFromSandbox(metadataUrl: string, consent: ConsentFields = {}): Promise<IssuedTokens> {
  const metadata = (await getUrl(metadataUrl)).json;
  const { verifier, challenge } = pkcePair();
  const code = await obtainCode(String(metadata.authorization_endpoint), { challenge }, consent);
  const issued = await postForm(
    String(metadata.token_endpoint),
    [
      ['grant_type', 'authorization_code'],
      ['code', code],
      ['redirect_uri', ALEXA_REDIRECT],
      ['code_verifier', verifier],
    ],
    basicAuth(DEV_CLIENT.id, DEV_CLIENT.secret),
  );
  if (issued.status !== 200 || typeof issued.json.access_token !== 'string')
    throw new Error(`token endpoint answered ${issued.status}: ${issued.text}`);
  return {
    accessToken: issued.json.access_token,
    refreshToken: String(issued.json.refresh_token),
    expiresIn: Number(issued.json.expires_in),
  };
}
