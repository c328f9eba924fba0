import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INTENTS } from '../../interaction-models/catalogue/intents';
import { intentText } from '../../interaction-models/catalogue/locale';
import { enUS } from '../../interaction-models/catalogue/locales/en-US';
import { plainSample } from '../../interaction-models/catalogue/sample';
import { openSqliteAudit } from '../../shared/audit/sqlite-audit';
import type { AuditLog } from '../../shared/audit';
import { startSandbox, type RunningSandbox } from '../../sandbox';
import { Conversation } from '../../simulator/conversation';
import { readAlexaResponse } from '../../simulator/platforms/alexa';
import { readWebhookResponse } from '../../simulator/platforms/google';
import { webhookRequest } from '../../simulator/platforms/requests';
import { posterFor } from '../../simulator/service';
import { toWords } from '../../simulator/understand/words';
import { testClock } from '../support/clock';
import { startCountingProxy, type CountingProxy } from '../support/counting-proxy';
import { alexaEnvelope, TEST_SKILL_ID } from '../support/alexa-requests';
import { postJson, startTestService, TEST_DIALOGFLOW_SECRET, type TestService } from '../support/service';

/**
 * Requests to do something the service does not do, in people's own words (none is a catalogue
 * sample). Each goes through the simulator's understanding of the words, then the real Alexa
 * envelope or Dialogflow request, to the service over HTTP; the bank behind it counts every call.
 * None may read account data: zero calls at the bank for the turn, and the reply says it cannot be
 * done by voice and where it can.
 */
type Kind = 'card' | 'lost' | 'dispute' | 'send' | 'move' | 'change' | 'person';

const PHRASINGS: ReadonlyArray<readonly [string, Kind]> = [
  ['please freeze my credit card', 'card'],
  ['unfreeze my debit card', 'card'],
  ['can you lock my visa', 'card'],
  ['turn off my card', 'card'],
  ['block my card right now', 'card'],
  ['unlock my card please', 'card'],
  ['put a freeze on my rewards card', 'card'],
  ['I want to freeze my card', 'card'],
  ['switch my card back on', 'card'],
  ['temporarily disable my card', 'card'],
  ['unlock the card ending in 9034', 'card'],
  ['I lost my card', 'lost'],
  ["I can't find my credit card", 'lost'],
  ['someone stole my wallet', 'lost'],
  ['my card was stolen', 'lost'],
  ['I think I lost my debit card', 'lost'],
  ['my purse got stolen with my cards in it', 'lost'],
  ['report my card lost', 'lost'],
  ['I need a replacement card', 'lost'],
  ['my card is missing', 'lost'],
  ['dispute this charge', 'dispute'],
  ['that charge is wrong', 'dispute'],
  ['I want to dispute a transaction', 'dispute'],
  ["I didn't make that purchase", 'dispute'],
  ["there's a charge I don't recognize", 'dispute'],
  ['I was charged twice at Starbucks', 'dispute'],
  ['report fraud on my account', 'dispute'],
  ['someone used my card without permission', 'dispute'],
  ['I need a refund for that charge', 'dispute'],
  ['this transaction is fraudulent', 'dispute'],
  ['send money to my mom', 'send'],
  ['pay my rent', 'send'],
  ['zelle 20 dollars to John', 'send'],
  ['venmo my sister 15 dollars', 'send'],
  ['send 100 dollars to Alex', 'send'],
  ['pay my electric bill', 'send'],
  ['wire 500 dollars to my landlord', 'send'],
  ['pay the plumber 80 dollars', 'send'],
  ['send my brother fifty bucks', 'send'],
  ['pay my phone bill', 'send'],
  ['move some money into savings', 'move'],
  ['put 20 bucks in my savings account', 'move'],
  ['can you transfer money from savings to checking', 'move'],
  ['change my address', 'change'],
  ['reset my PIN', 'change'],
  ['update my phone number', 'change'],
  ['change my email address', 'change'],
  ['close my account', 'change'],
  ['increase my credit limit', 'change'],
  ['order checks', 'change'],
  ['raise my daily ATM limit', 'change'],
  ['open a new savings account', 'change'],
  ['change my card PIN', 'change'],
  ['I moved, update my address', 'change'],
  ['cancel my credit card', 'change'],
  ['set up a travel notice', 'change'],
  ['talk to a human', 'person'],
  ['let me speak to an agent', 'person'],
  ['I want to talk to a real person', 'person'],
  ['connect me to customer service', 'person'],
  ['get me a representative', 'person'],
  ['can I speak to someone at the bank', 'person'],
  ['call my bank', 'person'],
  ['operator', 'person'],
];

/** The issue's own rows (these may be samples): the same checks. */
const TABLE_ROWS: ReadonlyArray<readonly [string, Kind]> = [
  ['lock my card', 'card'],
  ['transfer 50 dollars to savings', 'move'],
];

/**
 * The review of issue 14 (these may be samples now): phrasings that reached data, with the action word
 * in the carrier phrase, or that were heard as a card payment or not at all.
 */
const REVIEW_ROWS: ReadonlyArray<readonly [string, Kind]> = [
  ['whats my balance and freeze my card', 'card'],
  ['show transactions on my lost card', 'lost'],
  ['how much have i spent on my stolen card', 'lost'],
  ['pause my card', 'card'],
  ['stop my card', 'card'],
  ['suspend my credit card', 'card'],
  ['deactivate my debit card', 'card'],
  ['venmo john', 'send'],
  ['get me a new pin', 'change'],
  ['call me', 'person'],
  ['talk to a person', 'person'],
  ['speak to a banker', 'person'],
  ['talk to someone', 'person'],
];

/**
 * Requests as the platforms send them, slot by slot: action words in a merchant or category slot, or
 * said into an account slot that entity resolution turned into a real account name.
 */
interface SlotRow {
  readonly intent: 'spending' | 'lastTransactionWith' | 'getBalance';
  /** What was heard per slot; `resolved` is Alexa's ER_SUCCESS_MATCH value (Dialogflow gets it as the parameter). */
  readonly slots: Readonly<Record<string, string>>;
  readonly resolved?: Readonly<Record<string, string>>;
  /** Dialogflow's queryText. */
  readonly said: string;
  readonly kind: Kind;
}
const SLOT_ROWS: readonly SlotRow[] = [
  { intent: 'spending', slots: { merchant: 'dispute' }, said: 'how much did I spend at dispute', kind: 'dispute' },
  {
    intent: 'spending',
    slots: { merchant: 'chargeback' },
    said: 'how much did I spend on chargeback',
    kind: 'dispute',
  },
  {
    intent: 'spending',
    slots: { category: 'lock my card' },
    said: 'how much did I spend on lock my card',
    kind: 'card',
  },
  {
    intent: 'lastTransactionWith',
    slots: { merchant: 'dispute the amazon charge' },
    said: 'when did I last pay dispute the amazon charge',
    kind: 'dispute',
  },
  {
    intent: 'lastTransactionWith',
    slots: { merchant: 'report stolen card' },
    said: 'when did I last pay report stolen card',
    kind: 'lost',
  },
  {
    intent: 'getBalance',
    slots: { account: 'lock my savings' },
    resolved: { account: 'savings' },
    said: 'what is the balance of lock my savings',
    kind: 'card',
  },
  {
    intent: 'getBalance',
    slots: { account: 'freeze my checking card' },
    resolved: { account: 'checking' },
    said: 'balance of freeze my checking card',
    kind: 'card',
  },
  ...(
    [
      ['talk to a person', 'person'],
      ['speak to a banker', 'person'],
      ['talk to someone', 'person'],
      ['pause', 'card'],
      ['suspend', 'card'],
      ['deactivate', 'card'],
      ['stop', 'card'],
      ['report', 'lost'],
      ["can't find", 'lost'],
      ["didn't make", 'dispute'],
      ['send', 'send'],
      ['pay', 'send'],
      ['transfer', 'move'],
    ] as const
  ).map(
    ([account, kind]): SlotRow => ({
      intent: 'getBalance',
      slots: { account },
      said: `what is the balance of ${account}`,
      kind,
    }),
  ),
];

/** Real merchant names with action-looking words in them: these are answered from the bank as usual. */
const MERCHANTS = [
  'Lockwood Savings',
  'Card Factory',
  'Transfer Station Diner',
  'Stop & Shop',
  'Payless',
  'H&R Block',
  'Lost Lake Cafe',
];

const ALEXA_NAMES: Readonly<Record<SlotRow['intent'], string>> = {
  spending: 'SpendingIntent',
  lastTransactionWith: 'LastTransactionIntent',
  getBalance: 'GetBalanceIntent',
};
const DIALOGFLOW_NAMES: Readonly<Record<SlotRow['intent'], string>> = {
  spending: 'Spending',
  lastTransactionWith: 'Last Transaction',
  getBalance: 'Get Balance',
};

/** An Alexa slot as heard, with an entity-resolution match when one is given. */
function alexaSlot(name: string, value: string, resolved: string | undefined): Record<string, unknown> {
  const match = {
    authority: `amzn1.er-authority.echo-sdk.${TEST_SKILL_ID}.${name}`,
    status: { code: 'ER_SUCCESS_MATCH' },
    values: [{ value: { name: resolved, id: resolved } }],
  };
  return {
    name,
    value,
    confirmationStatus: 'NONE',
    ...(resolved ? { resolutions: { resolutionsPerAuthority: [match] } } : {}),
  };
}

async function sendRow(
  service: TestService,
  platform: 'alexa' | 'google',
  row: Pick<SlotRow, 'intent' | 'slots' | 'resolved' | 'said'>,
): Promise<{ status: number; speech: string }> {
  if (platform === 'alexa') {
    const envelope = alexaEnvelope({ intent: row.intent, token: 'demo-alex' }) as {
      request: { intent: { name: string; slots: Record<string, unknown> } };
    };
    envelope.request.intent.name = ALEXA_NAMES[row.intent];
    envelope.request.intent.slots = Object.fromEntries(
      Object.entries(row.slots).map(([name, value]) => [name, alexaSlot(name, value, row.resolved?.[name])]),
    );
    const response = await postJson(`${service.url}/alexa`, envelope);
    return { status: response.status, speech: readAlexaResponse(response.body).speech };
  }
  const parameters = { ...row.slots, ...row.resolved };
  const body = webhookRequest({
    session: 'projects/voicebank/agent/sessions/safety-1',
    displayName: DIALOGFLOW_NAMES[row.intent],
    parameters,
    queryText: row.said,
    token: 'demo-alex',
  });
  const response = await postJson(`${service.url}/google`, body, { 'x-voicebank-secret': TEST_DIALOGFLOW_SECRET });
  return { status: response.status, speech: readWebhookResponse(response.body).speech };
}

const APP = 'the Harbor Bank app';
const PHONE = '1-800-555-0134';
/** Where to go instead: the configured app or phone number; lost cards and people need the phone. */
const WHERE: Readonly<Record<Kind, RegExp>> = {
  card: /Harbor Bank app|1-800-555-0134/,
  lost: /1-800-555-0134/,
  dispute: /Harbor Bank app|1-800-555-0134/,
  send: /Harbor Bank app|1-800-555-0134/,
  move: /Harbor Bank app|1-800-555-0134/,
  change: /Harbor Bank app|1-800-555-0134/,
  person: /1-800-555-0134/,
};
/** The refusal is about what was asked. */
const ABOUT: Readonly<Record<Kind, RegExp>> = {
  card: /lock|freeze/i,
  lost: /lost|stolen/i,
  dispute: /disput|charge/i,
  send: /send money|pay (people|bills|someone)/i,
  move: /move money/i,
  change: /change/i,
  person: /person|someone/i,
};
const ENV = { BANK_APP_NAME: APP, BANK_PHONE: PHONE, ACCOUNT_CACHE_SECONDS: '0' } as const;
const ZONE = 'America/New_York';

const SAMPLE_WORDS = new Set(
  INTENTS.flatMap((intent) => intentText(enUS, intent.id).samples).map((sample) =>
    toWords(plainSample(sample)).join(' '),
  ),
);

interface Bench {
  readonly service: TestService;
  readonly proxy: CountingProxy;
  say(platform: 'alexa' | 'google', text: string): Promise<{ speech: string; status: number; understood: string }>;
}

async function bench(sandbox: RunningSandbox, env: Record<string, string>, audit?: AuditLog): Promise<Bench> {
  const proxy = await startCountingProxy(sandbox.url);
  const service = await startTestService({ env: { ...ENV, ...env }, bankUrl: proxy.url, ...(audit ? { audit } : {}) });
  const post = posterFor({ url: service.url, close: async () => undefined });
  return {
    service,
    proxy,
    async say(platform, text) {
      const conversation = new Conversation({
        platform,
        post,
        token: 'demo-alex',
        locale: 'en-US',
        zone: ZONE,
        secret: TEST_DIALOGFLOW_SECRET,
        clock: testClock(),
      });
      proxy.reset();
      const turn = await conversation.say(text);
      return { speech: turn.reply.speech, status: turn.status, understood: turn.understanding.intent.id };
    },
  };
}

describe("action requests in people's own words never read account data (both adapters, the simulator's understanding)", () => {
  it('has at least 60 distinct phrasings, none of them a catalogue sample word for word', () => {
    assert.ok(new Set(PHRASINGS.map(([text]) => text)).size >= 60);
    for (const [text] of PHRASINGS) assert.ok(!SAMPLE_WORDS.has(toWords(text).join(' ')), `"${text}" is a sample`);
  });

  const modes = [
    { name: 'money movement off', env: {}, kinds: undefined },
    // With movement on, own-account transfers go to the movement dialogs (tested in test/movement); everything else still refuses.
    {
      name: 'money movement on',
      env: { MONEY_MOVEMENT: 'on' },
      kinds: new Set<Kind>(['card', 'lost', 'dispute', 'send', 'change', 'person']),
    },
  ] as const;
  for (const mode of modes) {
    describe(mode.name, () => {
      let sandbox: RunningSandbox;
      let running: Bench;
      let audit: AuditLog | undefined;
      const folder = mkdtempSync(join(tmpdir(), 'voicebank-safety-'));
      before(async () => {
        sandbox = await startSandbox({ port: 0, clock: testClock() });
        audit = 'MONEY_MOVEMENT' in mode.env ? openSqliteAudit(join(folder, 'audit.sqlite')) : undefined;
        running = await bench(sandbox, mode.env, audit);
      });
      after(async () => {
        await running.service.close();
        await running.proxy.close();
        await sandbox.close();
        await audit?.close();
        rmSync(folder, { recursive: true, force: true });
      });
      for (const row of SLOT_ROWS) {
        // With movement on, "transfer" said as an account is refused as paying out, not as moving money.
        const kind: Kind = row.kind === 'move' && mode.kinds ? 'send' : row.kind;
        for (const platform of ['alexa', 'google'] as const) {
          it(`${platform}: ${row.intent} with ${JSON.stringify(row.slots)} is refused without a bank call`, async () => {
            running.proxy.reset();
            const heard = await sendRow(running.service, platform, row);
            assert.equal(heard.status, 200);
            assert.deepEqual(running.proxy.seen, [], `bank calls (${heard.speech})`);
            assert.match(heard.speech, /by voice/, heard.speech);
            assert.match(heard.speech, WHERE[kind], heard.speech);
            assert.match(heard.speech, ABOUT[kind], heard.speech);
          });
        }
      }
      for (const merchant of MERCHANTS) {
        for (const platform of ['alexa', 'google'] as const) {
          it(`${platform}: spending at "${merchant}" is answered from the bank`, async () => {
            running.proxy.reset();
            const heard = await sendRow(running.service, platform, {
              intent: 'spending',
              slots: { merchant },
              said: `how much did I spend at ${merchant}`,
            });
            assert.equal(heard.status, 200);
            assert.ok(running.proxy.seen.length > 0, `no bank call for ${merchant}: ${heard.speech}`);
            assert.doesNotMatch(heard.speech, /by voice/, heard.speech);
          });
        }
      }
      for (const [text, kind] of [...TABLE_ROWS, ...REVIEW_ROWS, ...PHRASINGS].filter(
        ([, k]) => !mode.kinds || mode.kinds.has(k),
      )) {
        for (const platform of ['alexa', 'google'] as const) {
          it(`${platform}: "${text}" is refused without a bank call`, async () => {
            const heard = await running.say(platform, text);
            const context = `heard as ${heard.understood}: ${heard.speech}`;
            assert.equal(heard.status, 200);
            assert.deepEqual(running.proxy.seen, [], `bank calls for "${text}" (${context})`);
            assert.match(heard.speech, /by voice/, context);
            assert.match(heard.speech, WHERE[kind], context);
            assert.match(heard.speech, ABOUT[kind], context);
          });
        }
      }
    });
  }
});
