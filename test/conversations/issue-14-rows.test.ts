import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteAudit } from '../../shared/audit/sqlite-audit';
import { Conversation } from '../../simulator/conversation';
import { posterFor } from '../../simulator/service';
import { testClock } from '../support/clock';
import { startTestService, TEST_DIALOGFLOW_SECRET, type TestService } from '../support/service';
import { dollars, fact, readFacts, type Facts } from '../contract/facts';
import { MOVEMENT_ENV } from '../movement/scenarios';

/**
 * The rows of issue 14's table that are new questions, said in words through the simulator's
 * understanding and each adapter to the service over HTTP, checked against the sandbox bank itself
 * (its FDX answers read here) and against the service's own other answers (same set of accounts).
 */
const ZONE = 'America/New_York';
const PLATFORMS = ['alexa', 'google'] as const;
type Platform = (typeof PLATFORMS)[number];

function talk(service: TestService, platform: Platform, token: string): (text: string) => Promise<string> {
  const conversation = new Conversation({
    platform,
    post: posterFor({ url: service.url, close: async () => undefined }),
    token,
    locale: 'en-US',
    zone: ZONE,
    secret: TEST_DIALOGFLOW_SECRET,
    clock: testClock(),
  });
  return async (text) => (await conversation.say(text)).reply.speech;
}

const amounts = (speech: string): number[] =>
  [...speech.matchAll(/\$([\d,]+\.\d\d)/g)].map((m) => Number((m[1] ?? '').replace(/,/g, '')));

/** Every page of a purchase list: the first answer, then "yes" while more is offered. */
async function wholeList(
  say: (text: string) => Promise<string>,
  question: string,
): Promise<{ first: string; amounts: number[] }> {
  const first = await say(question);
  const all = amounts(first);
  let reply = first;
  while (/Would you like to hear more\?$/.test(reply)) {
    reply = await say('yes');
    all.push(...amounts(reply));
  }
  return { first, amounts: all };
}

/** "across 4 purchases" in a spending answer; 0 when nothing was found. */
function spendingCount(speech: string): number {
  if (/^I didn't find any purchases/.test(speech)) return 0;
  const match = /across (\d+) purchases?/.exec(speech);
  assert.ok(match, `no purchase count in: ${speech}`);
  return Number(match[1]);
}

/** "you made 4 purchases across your accounts"; 0 when none were found. */
function purchaseCount(speech: string): number {
  if (/^I don't see any purchases/.test(speech)) return 0;
  const match = /you made (\d+) purchases? across your accounts\./.exec(speech);
  assert.ok(match, `no purchase count across accounts in: ${speech}`);
  return Number(match[1]);
}

type Json = Record<string, unknown>;

/** Interest credited to the customer's deposit accounts over the range, read from the bank over FDX. */
async function interestAtBank(bankUrl: string, token: string, start: string, end: string): Promise<number> {
  const get = async (path: string): Promise<Json> =>
    (await (await fetch(`${bankUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as Json;
  const accounts = ((await get('/accounts')).accounts as Json[]).filter((a) => a.accountCategory === 'DEPOSIT_ACCOUNT');
  let cents = 0;
  for (const account of accounts) {
    let path: string | undefined =
      `/accounts/${String(account.accountId)}/transactions?startTime=${start}&endTime=${end}`;
    while (path) {
      const page: Json = await get(path);
      for (const item of page.transactions as Json[]) {
        if (item.transactionType === 'INTEREST' && item.debitCreditMemo === 'CREDIT')
          cents += Math.round(Number(item.amount) * 100);
      }
      const next = (page.links as { next?: { href?: string } } | undefined)?.next?.href;
      path = next ? new URL(next, bankUrl).pathname + new URL(next, bankUrl).search : undefined;
    }
  }
  return cents / 100;
}

describe('issue 14 table rows (new questions) in words, through both adapters, checked against the bank', () => {
  let service: TestService;
  let facts: Facts;
  before(async () => {
    service = await startTestService({ env: { ACCOUNT_CACHE_SECONDS: '0' } });
    facts = await readFacts(service.bankUrl, ['demo-alex', 'demo-sam']);
  });
  after(async () => service.close());

  for (const platform of PLATFORMS) {
    describe(platform, () => {
      it('"am I overdrawn" (an overdrawn customer): yes, by its current (ledger) balance', async () => {
        const reply = await talk(service, platform, 'demo-sam')('am I overdrawn');
        assert.ok(fact(facts, 'acc-sam-chk').negative, 'demo-sam is overdrawn at the bank');
        assert.equal(
          reply,
          `Yes. Basic Checking ending in 3307 is overdrawn by ${fact(facts, 'acc-sam-chk').current ?? '?'}. Anything else?`,
        );
      });

      it('"am I overdrawn" (a customer in credit): no, for each deposit account', async () => {
        assert.equal(
          await talk(service, platform, 'demo-alex')('am I overdrawn'),
          "No. Everyday checking ending in 4821 and Rainy Day savings ending in 7710 aren't overdrawn. Anything else?",
        );
      });

      it('"how much cash do I have": the deposit accounts\' available balances added up, saying what is counted', async () => {
        const cents = ['acc-alex-chk', 'acc-alex-sav'].reduce(
          (sum, id) => sum + Math.round(Number((fact(facts, id).available ?? '').replace(/[$,]/g, '')) * 100),
          0,
        );
        const reply = await talk(service, platform, 'demo-alex')('how much cash do I have');
        assert.ok(reply.startsWith(`You have ${dollars(cents / 100)} to spend.`), reply);
        assert.match(
          reply,
          /Everyday checking ending in 4821 and Rainy Day savings ending in 7710, added up; credit cards, lines of credit and loans aren't counted/,
        );
      });

      it('"how much interest did I earn": the interest credits the bank holds for this year, as far back as its history goes', async () => {
        const today = testClock().now().setZone(ZONE);
        const historyStart = today.minus({ days: 89 }).startOf('day');
        const start = historyStart > today.startOf('year') ? historyStart : today.startOf('year');
        const expected = await interestAtBank(
          service.bankUrl,
          'demo-alex',
          start.toISODate() ?? '',
          today.toISODate() ?? '',
        );
        const reply = await talk(service, platform, 'demo-alex')('how much interest did I earn');
        if (expected === 0) assert.match(reply, /I didn't find any interest paid to you/, reply);
        else assert.ok(reply.includes(`you earned ${dollars(expected)} in interest`), reply);
      });

      it('"show me last week\'s purchases": across the accounts, the same purchases as "how much did I spend last week"', async () => {
        const say = talk(service, platform, 'demo-alex');
        const listed = await wholeList(say, "show me last week's purchases");
        const spent = spendingCount(await say('how much did I spend last week'));
        assert.equal(purchaseCount(listed.first), spent, listed.first);
        assert.equal(listed.amounts.length, spent, 'every purchase is read, page by page');
      });

      it('"what was my biggest purchase last month": largest first, and the first is the largest of all last month\'s purchases', async () => {
        const say = talk(service, platform, 'demo-alex');
        const biggest = await say('what was my biggest purchase last month');
        assert.match(biggest, /your biggest purchases, largest first, across your accounts: /);
        const top = amounts(biggest);
        assert.deepEqual(
          top,
          [...top].sort((a, b) => b - a),
          'read largest first',
        );
        const all = await wholeList(say, 'what did I buy last month');
        assert.ok(all.amounts.length > 3, 'last month has more purchases than one page');
        assert.equal(top[0], Math.max(...all.amounts));
        assert.equal(all.amounts.length, spendingCount(await say('how much did I spend last month')));
      });

      it('"what did I buy on Saturday" and "how much did I spend last weekend" use the same accounts', async () => {
        const say = talk(service, platform, 'demo-alex');
        const saturday = await wholeList(say, 'what did I buy on Saturday');
        const weekend = await wholeList(say, 'what did I buy last weekend');
        const spent = spendingCount(await say('how much did I spend last weekend'));
        assert.equal(weekend.amounts.length, spent, "the weekend's purchases are the ones spending counts");
        assert.equal(purchaseCount(saturday.first), saturday.amounts.length);
        // On a weekend day "Saturday" can be this weekend's and "last weekend" the one before: compare when they meet.
        const saturdayDay = /Saturday, (\w+ \d+)/.exec(saturday.first)?.[1];
        const weekendSaturday = /Saturday, (\w+ \d+) and Sunday/.exec(weekend.first)?.[1];
        if (saturdayDay && saturdayDay === weekendSaturday) {
          for (const amount of saturday.amounts)
            assert.ok(weekend.amounts.includes(amount), `Saturday's $${amount} is among the weekend's`);
        }
        assert.equal(spendingCount(await say('how much did I spend on Saturday')), saturday.amounts.length);
      });
    });
  }
});

describe('issue 14 table row "transfer 50 dollars to savings" with MONEY_MOVEMENT=on: the existing movement dialog', () => {
  const folder = mkdtempSync(join(tmpdir(), 'voicebank-rows-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  for (const platform of PLATFORMS) {
    it(`${platform}: asks for a PIN, then confirms $50.00 from checking to savings`, async () => {
      const audit = openSqliteAudit(join(folder, `${platform}.sqlite`));
      const service = await startTestService({ env: MOVEMENT_ENV, audit });
      try {
        const say = talk(service, platform, 'demo-alex');
        assert.match(await say('transfer 50 dollars to savings'), /let's set up a four-digit voice PIN/);
        assert.match(await say('my pin is 4 8 2 6'), /same four digits again/);
        assert.match(
          await say('my pin is 4 8 2 6'),
          /To confirm: move \$50\.00 from Everyday checking ending in 4821 to Rainy Day savings ending in 7710, today/,
        );
        assert.match(await say('no'), /No money was moved\./);
      } finally {
        await service.close();
        await audit.close();
      }
    });
  }
});
