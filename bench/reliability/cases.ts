import type { Clock } from '../../shared/clock';
import type { ThrowawayPki } from '../../certify/security/throwaway-ca';
import { BAD_CERT_URLS } from '../../certify/security/forged-checks';
import { GOOD_CERT_URL, launchBody, welcomeWebhook } from '../../certify/security/requests';
import { alexaSignatureHeaders as alexaHeaders, signAlexaBody as signBody } from '../../simulator/platforms/requests';
import { alexaEnvelope } from '../../test/support/alexa-requests';
import { webhookRequest, type Ask } from '../../test/contract/platforms';
import { PLANTED_NUMBERS } from './hostile-bank';
import { newTally, record, type Tally } from './figures';
import { post } from './post';
import { alexaTimestamp, SECRET, SKILL_ID, type Target } from './targets';

/** How many refusals and acceptances came out as they should. */
export interface CaseCount {
  total: number;
  asExpected: number;
  failures: string[];
}
const newCount = (): CaseCount => ({ total: 0, asExpected: 0, failures: [] });

async function expect(
  count: CaseCount,
  tally: Tally,
  target: Target,
  path: string,
  name: string,
  body: string,
  headers: Record<string, string>,
  statuses: readonly number[],
  clock: Clock,
): Promise<void> {
  const { status, text, ms } = await post(`${target.url}${path}`, body, headers, clock.monotonicMs);
  record(tally, status, text, ms);
  count.total += 1;
  if (statuses.includes(status)) count.asExpected += 1;
  else count.failures.push(`${name}: HTTP ${status}`);
}

/** Forged Alexa requests (verification on): each refused with 400, the signed control accepted. */
export async function forgedAlexa(target: Target, pki: ThrowawayPki, clock: Clock, tally: Tally): Promise<CaseCount> {
  const count = newCount();
  const at = (): Date => new Date(clock.epochMs());
  const signed = (body: string): string => signBody(body, pki.signingKeyPem);
  const good = launchBody(SKILL_ID, at());
  await expect(
    count,
    tally,
    target,
    '/alexa',
    'signed control',
    good,
    alexaHeaders(signed(good), GOOD_CERT_URL),
    [200],
    clock,
  );
  const cases: Array<[string, string, Record<string, string>]> = [
    ['no headers', good, {}],
    ['bad signature', good, alexaHeaders(signed(launchBody(SKILL_ID, at())), GOOD_CERT_URL)],
    ['altered after signing', good.replace('"en-US"', '"en-GB"'), alexaHeaders(signed(good), GOOD_CERT_URL)],
    ['stale timestamp', launchBody(SKILL_ID, new Date(clock.epochMs() - 200_000)), {}],
    ['another skill', launchBody('amzn1.ask.skill.someone-else', at()), {}],
    ['signature not base64', good, alexaHeaders('!!!', GOOD_CERT_URL)],
    [
      'cert URL header twice',
      good,
      { signaturecertchainurl: `${GOOD_CERT_URL}, ${GOOD_CERT_URL}`, 'signature-256': signed(good) },
    ],
  ];
  for (const [name, url] of BAD_CERT_URLS)
    cases.push([`certificate URL ${name}`, good, alexaHeaders(signed(good), url)]);
  for (const [name, body, headers] of cases) {
    const sent =
      Object.keys(headers).length === 0 && name !== 'no headers' ? alexaHeaders(signed(body), GOOD_CERT_URL) : headers;
    await expect(count, tally, target, '/alexa', name, body, sent, [400], clock);
  }
  return count;
}

/** Dialogflow secret cases (verification on): missing and wrong refused with 401/403, right accepted. */
export async function dialogflowSecret(target: Target, clock: Clock, tally: Tally): Promise<CaseCount> {
  const count = newCount();
  const basic = (password: string): Record<string, string> => ({
    authorization: `Basic ${Buffer.from(`dialogflow:${password}`).toString('base64')}`,
  });
  const cases: Array<[string, Record<string, string>, number[]]> = [
    ['right header', { 'x-voicebank-secret': SECRET }, [200]],
    ['right basic auth', basic(SECRET), [200]],
    ['none', {}, [401]],
    ['wrong header', { 'x-voicebank-secret': 'nope' }, [403]],
    ['wrong basic auth', basic('nope'), [403]],
    ['empty header', { 'x-voicebank-secret': '' }, [401]],
    ['basic without password', { authorization: 'Basic ZGlhbG9nZmxvdw==' }, [401]],
    ['prefix of the secret', { 'x-voicebank-secret': SECRET.slice(0, -1) }, [403]],
    ['secret with a suffix', { 'x-voicebank-secret': `${SECRET}x` }, [403]],
    ['bearer instead of basic', { authorization: `Bearer ${SECRET}` }, [401]],
  ];
  for (const [name, headers, statuses] of cases)
    await expect(count, tally, target, '/google', name, welcomeWebhook(), headers, statuses, clock);
  return count;
}

const QUESTIONS: readonly Ask[] = [
  { intent: 'getBalance' },
  { intent: 'getBalance', account: 'checking' },
  { intent: 'recentTransactions' },
  { intent: 'listAccounts' },
  { intent: 'spending', merchant: 'starbucks' },
  { intent: 'pendingTransactions' },
  { intent: 'cardDetails' },
  { intent: 'lastTransactionWith', merchant: 'netflix' },
  { intent: 'transactionsInPeriod', date: '2026-06' },
];

/** One question through one platform, unsigned (for targets with verification off). */
export async function ask(
  target: Target,
  platform: 'alexa' | 'google',
  question: Ask,
  token: string,
  clock: Clock,
): Promise<{ status: number; text: string; ms: number }> {
  if (platform === 'alexa') {
    const slots = Object.fromEntries(
      Object.entries(question)
        .filter(([k, v]) => k !== 'intent' && v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    );
    return post(
      `${target.url}/alexa`,
      JSON.stringify(
        alexaEnvelope({ intent: question.intent, slots, token, skillId: SKILL_ID, timestamp: alexaTimestamp(clock) }),
      ),
      {},
      clock.monotonicMs,
    );
  }
  return post(
    `${target.url}/google`,
    JSON.stringify(webhookRequest(question, token, [], 'projects/reliability/agent/sessions/s2')),
    { 'x-voicebank-secret': SECRET },
    clock.monotonicMs,
  );
}

export const FAULT_TOKENS = [
  'fault-500',
  'fault-429',
  'fault-malformed',
  'fault-reset',
  'fault-expired',
  'fault-slow-3000',
  'fault-slow-9000',
];

/** The bank fault matrix: every fault × question × platform answers 200 with speech. */
export async function faultMatrix(target: Target, clock: Clock, tally: Tally): Promise<CaseCount> {
  const count = newCount();
  const jobs = FAULT_TOKENS.flatMap((token) =>
    QUESTIONS.flatMap((question) => (['alexa', 'google'] as const).map((platform) => ({ token, question, platform }))),
  );
  await Promise.all(
    jobs.map(async ({ token, question, platform }) => {
      const { status, text, ms } = await ask(target, platform, question, token, clock);
      record(tally, status, text, ms);
      count.total += 1;
      if (status === 200 && /"(ssml|fulfillmentText)":"[^"]/.test(text)) count.asExpected += 1;
      else count.failures.push(`${token} ${question.intent} ${platform}: HTTP ${status}`);
    }),
  );
  return count;
}

/** Every question through both platforms against the hostile bank: planted numbers and broken text. */
export async function hostileText(target: Target, clock: Clock, rounds: number): Promise<Tally> {
  const tally = newTally();
  for (let round = 0; round < rounds; round++) {
    for (const question of QUESTIONS) {
      for (const platform of ['alexa', 'google'] as const) {
        const { status, text, ms } = await ask(target, platform, question, 'hostile-token', clock);
        record(tally, status, text, ms, PLANTED_NUMBERS);
      }
    }
  }
  return tally;
}
