import { mulberry32, type Random } from '../../sandbox/data/random';
import type { Clock } from '../../shared/clock';
import type { ThrowawayPki } from '../../certify/security/throwaway-ca';
import { GOOD_CERT_URL } from '../../certify/security/requests';
import { alexaSignatureHeaders as alexaHeaders, signAlexaBody as signBody } from '../../simulator/platforms/requests';
import { alexaEnvelope } from '../../test/support/alexa-requests';
import { webhookRequest, type Ask } from '../../test/contract/platforms';
import { newTally, record, type Tally } from './figures';
import { fuzzBody } from './fuzz';
import { pool, post } from './post';
import { alexaTimestamp, SECRET, SKILL_ID, type Target } from './targets';

const ASKS: readonly Ask[] = [
  { intent: 'getBalance', account: 'checking' },
  { intent: 'recentTransactions' },
  { intent: 'spending', merchant: 'starbucks', date: '2026-05' },
  { intent: 'listAccounts' },
  { intent: 'pin', pin: '4826' },
  { intent: 'selectAccount', lastFour: '4821' },
  { intent: 'help' },
  { intent: 'yes' },
  { intent: 'cardDetails' },
  { intent: 'lastTransactionWith', merchant: 'netflix' },
  { intent: 'pendingTransactions' },
];
const ATTRIBUTES = [
  {},
  { more: { kind: 'balances', ids: ['x'] } },
  { pinFlow: { stage: 'verify', pending: { intent: 'getBalance' } } },
  { period: { start: '2026-05-01', end: '2026-05-31' } },
];

function alexaBase(random: Random, clock: Clock): Record<string, unknown> {
  const ask = ASKS[Math.floor(random() * ASKS.length)] ?? { intent: 'help' };
  const slots = Object.fromEntries(
    Object.entries(ask)
      .filter(([k, v]) => k !== 'intent' && v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  const attributes = ATTRIBUTES[Math.floor(random() * ATTRIBUTES.length)] ?? {};
  return alexaEnvelope({
    intent: ask.intent,
    slots,
    token: 'demo-alex',
    attributes,
    skillId: SKILL_ID,
    timestamp: alexaTimestamp(clock),
  });
}

function googleBase(random: Random): Record<string, unknown> {
  const ask = ASKS[Math.floor(random() * ASKS.length)] ?? { intent: 'help' };
  const session = 'projects/reliability/agent/sessions/s1';
  const state = ATTRIBUTES[Math.floor(random() * ATTRIBUTES.length)] ?? {};
  return webhookRequest(
    ask,
    'demo-alex',
    [{ name: `${session}/contexts/voicebank-session`, lifespanCount: 5, parameters: { state } }],
    session,
  );
}

function alexaHeadersFor(body: string, index: number, target: Target, pki: ThrowawayPki): Record<string, string> {
  if (!target.verify) return {};
  // Every fourth body is signed properly, so fuzzed content also gets past verification.
  if (index % 4 === 0) return alexaHeaders(signBody(body, pki.signingKeyPem), GOOD_CERT_URL);
  return index % 4 === 1 ? {} : alexaHeaders(Buffer.from(`x${index}`).toString('base64'), GOOD_CERT_URL);
}

function googleHeadersFor(index: number): Record<string, string> {
  if (index % 10 === 0) return {};
  if (index % 10 === 1) return { 'x-voicebank-secret': 'wrong-secret-0123456789' };
  return { 'x-voicebank-secret': SECRET };
}

/** `count` fuzzed requests to one endpoint of `target`; every answer checked. */
export async function fuzzEndpoint(
  target: Target,
  endpoint: '/alexa' | '/google',
  count: number,
  pki: ThrowawayPki,
  clock: Clock,
  seed: number,
  progress: (done: number) => void = () => undefined,
): Promise<Tally> {
  const tally = newTally();
  const random = mulberry32(seed);
  await pool(count, 16, async (index) => {
    const body = fuzzBody(endpoint === '/alexa' ? alexaBase(random, clock) : googleBase(random), random);
    const headers = endpoint === '/alexa' ? alexaHeadersFor(body, index, target, pki) : googleHeadersFor(index);
    const { status, text, ms } = await post(`${target.url}${endpoint}`, body, headers, clock.monotonicMs);
    record(tally, status, text, ms);
    if (tally.requests % 2000 === 0) progress(tally.requests);
  });
  return tally;
}
