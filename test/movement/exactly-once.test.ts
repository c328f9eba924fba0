import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { openPostgresAudit } from '../../shared/audit/postgres-audit';
import type { AuditLog } from '../../shared/audit';
import { BankError, type FdxBankClient, type TransferClient } from '../../shared/bank';
import { startSandbox, type RunningSandbox } from '../../sandbox';
import { toPlainText } from '../../shared/speech/ssml';
import { alexaEnvelope, type AlexaTurn } from '../support/alexa-requests';
import { testClock } from '../support/clock';
import { throwawayDatabase } from '../support/postgres';
import { postJson, startTestService, type TestService } from '../support/service';
import { adminClient, deleteUnder, REDIS_URL, requireRedis, uniquePrefix } from '../state/redis-support';
import { MOVEMENT_ENV } from './scenarios';

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const speech = (body: unknown): string => toPlainText(String(obj(obj(obj(body).response).outputSpeech).ssml ?? ''));

/** Counts what reaches the bank's Money Movement API; `loseAnswer` drops the answer after the bank has it. */
function countingBank(
  counts: { posts: number; reads: number },
  loseAnswer = false,
): (bank: FdxBankClient) => TransferClient {
  return (bank) => ({
    async createTransfer(token, order, options) {
      counts.posts += 1;
      const receipt = await bank.createTransfer(token, order, options);
      if (loseAnswer) throw new BankError('timeout', 'answer lost after the bank received the transfer');
      return receipt;
    },
    getTransfer(token, id, options) {
      counts.reads += 1;
      return bank.getTransfer(token, id, options);
    },
  });
}

/** One Alexa session: each turn carries the attributes the last answer set. */
function session(token: string) {
  const sessionId = `amzn1.echo-api.session.${randomUUID()}`;
  let attributes: Json = {};
  const envelope = (turn: Omit<AlexaTurn, 'token' | 'sessionId' | 'attributes'>) =>
    alexaEnvelope({ ...turn, token, sessionId, attributes });
  return {
    envelope,
    async say(service: TestService, turn: Omit<AlexaTurn, 'token' | 'sessionId' | 'attributes'>): Promise<string> {
      const { body } = await postJson(`${service.url}/alexa`, envelope(turn));
      attributes = obj(obj(body).sessionAttributes);
      return speech(body);
    },
    attributes: () => attributes,
  };
}

/** Enrols the PIN and reaches the confirmation of "transfer 200 dollars from checking to savings". */
async function toConfirmation(service: TestService, conversation: ReturnType<typeof session>): Promise<string> {
  await conversation.say(service, {
    intent: 'transfer',
    slots: { dollars: '200', fromAccount: 'checking', toAccount: 'savings' },
  });
  await conversation.say(service, { intent: 'pin', slots: { pin: '4826' } });
  const confirmation = await conversation.say(service, { intent: 'pin', slots: { pin: '4826' } });
  assert.match(confirmation, /To confirm: move \$200\.00/);
  return String(obj(conversation.attributes().movement).transferId);
}

async function transfersAtBank(sandbox: RunningSandbox): Promise<unknown[]> {
  const response = await fetch(`${sandbox.url}/transfers`, { headers: { authorization: 'Bearer demo-alex' } });
  return (obj(await response.json()).transfers as unknown[]) ?? [];
}

describe('money movement happens exactly once', () => {
  const prefix = uniquePrefix();
  let admin: Redis;
  let sandbox: RunningSandbox;
  let database: { url: string; drop: () => Promise<void> };
  const audits: AuditLog[] = [];
  const services: TestService[] = [];
  const env = {
    ...MOVEMENT_ENV,
    STATE_STORE: REDIS_URL,
    STATE_KEY_PREFIX: prefix,
    STATE_KEY_SECRET: 'exactly-once-secret-0123456789abcdef',
  };
  const instance = async (
    transfers: (bank: FdxBankClient) => TransferClient,
  ): Promise<{ service: TestService; audit: AuditLog }> => {
    const audit = await openPostgresAudit(database.url);
    audits.push(audit);
    const service = await startTestService({ env, bankUrl: sandbox.url, audit, transfers });
    services.push(service);
    return { service, audit };
  };

  before(async () => {
    admin = adminClient();
    await requireRedis(admin);
    database = await throwawayDatabase();
  });
  beforeEach(async () => {
    sandbox = await startSandbox({ port: 0, clock: testClock() });
  });
  afterEach(async () => {
    await Promise.all(services.splice(0).map((s) => s.close()));
    await Promise.all(audits.splice(0).map((a) => a.close()));
    await sandbox.close();
    await deleteUnder(admin, prefix);
  });
  after(async () => {
    admin.disconnect();
    await database.drop();
  });

  it('the same confirming request sent 20 times at once to two instances sharing Redis makes exactly one POST /transfers', async () => {
    const counts = { posts: 0, reads: 0 };
    const first = await instance(countingBank(counts));
    const second = await instance(countingBank(counts));
    const conversation = session('demo-alex');
    const transferId = await toConfirmation(first.service, conversation);
    const yes = conversation.envelope({ intent: 'yes' });
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) => postJson(`${(i % 2 === 0 ? first : second).service.url}/alexa`, yes)),
    );
    const spoken = replies.map((r) => speech(r.body));
    assert.equal(counts.posts, 1, spoken.join('\n'));
    assert.equal((await transfersAtBank(sandbox)).length, 1);
    assert.ok(
      spoken.every((s) => /Done: \$200\.00|already on its way/.test(s)),
      spoken.join('\n'),
    );
    assert.ok(spoken.some((s) => s.startsWith('Done: $200.00')));
    // A late repeat hears the recorded answer and still sends nothing.
    assert.match(speech((await postJson(`${second.service.url}/alexa`, yes)).body), /^Done: \$200\.00/);
    assert.equal(counts.posts, 1);
    assert.deepEqual(
      (await first.audit.linesFor(transferId)).map((line) => line.outcome),
      ['moved'],
    );
  });

  it('an answer lost after the bank received it: no second POST, and the next turn has the right answer', async () => {
    const counts = { posts: 0, reads: 0 };
    const { service, audit } = await instance(countingBank(counts, true));
    const conversation = session('demo-alex');
    const transferId = await toConfirmation(service, conversation);
    const yes = conversation.envelope({ intent: 'yes' });
    assert.match(
      speech((await postJson(`${service.url}/alexa`, yes)).body),
      /hasn't confirmed the transfer yet, and I won't send it twice/,
    );
    assert.equal((await transfersAtBank(sandbox)).length, 1);
    const later = session('demo-alex');
    assert.match(
      await later.say(service, { intent: 'transferStatus', newSession: true }),
      /^Done: \$200\.00 from Everyday checking ending in 4821/,
    );
    assert.equal(counts.posts, 1);
    assert.ok(counts.reads >= 1);
    assert.match(speech((await postJson(`${service.url}/alexa`, yes)).body), /^Done: \$200\.00/);
    assert.equal(counts.posts, 1);
    assert.deepEqual(
      (await audit.linesFor(transferId)).map((line) => line.outcome),
      ['unknown', 'moved'],
    );
  });
});
