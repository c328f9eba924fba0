import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { RunContext } from '../../certify/context';
import { resolveOptions, type Env } from '../../certify/options';
import { contextFor } from '../../certify/run';
import { longNumbers, ssmlXmlProblems } from '../../certify/security/answer-texts';
import { declinedCheck, exactlyOnceCheck, movementServices, type StartMovement } from '../../certify/security/movement';
import { lockStopsMovementCheck } from '../../certify/security/movement-lock';
import { pinRaceCheck, raceServices } from '../../certify/security/pin-race';
import { digitsCheck, ssmlSafetyCheck } from '../../certify/security/privacy-checks';
import { startInProcess } from '../../certify/service/in-process';
import type { Recorded } from '../../certify/service/recording-poster';
import { behaviourEnv } from '../../certify/skill';
import { hostileTextCheck } from '../../certify/skill/hostile-text';
import { startSandbox, type RunningSandbox } from '../../sandbox';
import type { TransferClient } from '../../shared/bank';
import type { StateStore } from '../../shared/state';
import { testClock } from '../support/clock';
import { adminClient, keysUnder, REDIS_URL, requireRedis } from '../state/redis-support';
import { rewritingProxy } from './rewriting-proxy';

/** An answer as a service would have sent it, for the scans. */
const alexaAnswer = (ssml: string, card = ''): Recorded => ({
  path: '/alexa',
  request: {},
  headers: {},
  status: 200,
  body: {
    version: '1.0',
    response: {
      outputSpeech: { type: 'SSML', ssml },
      ...(card ? { card: { type: 'Simple', title: 'T', content: card } } : {}),
    },
  },
});

/** A state store that gives every PIN guard counters of its own (a limiter name per call): the movement PIN no longer shares the read PIN's lock. */
function apartStore(inner: StateStore): StateStore {
  let calls = 0;
  return new Proxy(inner, {
    get(target, property) {
      if (property === 'createLimiter') {
        return (options: Parameters<StateStore['createLimiter']>[0]) =>
          target.createLimiter({ ...options, name: `${options.name}-${(calls += 1)}` });
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** A state store whose attempt counter reads, waits and then writes: concurrent guesses all see the old count. */
function racyStore(inner: StateStore): StateStore {
  return new Proxy(inner, {
    get(target, property) {
      if (property === 'createLimiter') {
        return (options: Parameters<StateStore['createLimiter']>[0]) => {
          const limiter = target.createLimiter(options);
          return {
            ...limiter,
            get: limiter.get.bind(limiter),
            block: limiter.block.bind(limiter),
            async consume(key: Parameters<typeof limiter.consume>[0]) {
              const before = await limiter.get(key);
              await new Promise((resolve) => setTimeout(resolve, 200));
              await limiter.consume(key);
              return {
                consumed: (before?.consumed ?? 0) + 1,
                limited: before?.limited ?? false,
                msBeforeReset: before?.msBeforeReset ?? 900_000,
              };
            },
          };
        };
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('certification kit: the checks of this wave fail on a broken service and pass on ours', function () {
  this.timeout(60_000);
  let sandbox: RunningSandbox;
  const clock = testClock();
  const contexts: RunContext[] = [];
  const context = (env: Env = {}): RunContext => {
    const ctx = contextFor(resolveOptions({ clock, env, outDir: 'unused' }), { url: sandbox.url, sandbox: true });
    contexts.push(ctx);
    return ctx;
  };
  const starter = (ctx: RunContext) => () =>
    startInProcess({ env: behaviourEnv(ctx.settings), logger: ctx.capture.logger, bank: ctx.client, clock });

  before(async () => {
    sandbox = await startSandbox({ port: 0, host: '127.0.0.1', clock });
  });
  after(async () => {
    for (const ctx of contexts) {
      ctx.client.close();
      ctx.raw.close();
    }
    await sandbox.close();
  });

  describe('PIN attempts under concurrency', () => {
    it('passes: at most PIN_MAX_ATTEMPTS of the concurrent wrong PINs are checked, and the right PIN is refused once locked', async () => {
      const ctx = context();
      const outcome = await pinRaceCheck(ctx, raceServices(ctx)).run();
      assert.equal(outcome.status, 'pass', `${outcome.message}\n${outcome.evidence?.notes?.join('\n') ?? ''}`);
      assert.match(outcome.message, /^3 of 12 concurrent wrong PINs checked/);
    });

    it('passes over Redis when the service is configured with one (two instances, each its own connection)', async () => {
      const admin = adminClient();
      try {
        await requireRedis(admin);
        const ctx = context({ STATE_STORE: REDIS_URL });
        const outcome = await pinRaceCheck(ctx, raceServices(ctx)).run();
        assert.equal(outcome.status, 'pass', `${outcome.message}\n${outcome.evidence?.notes?.join('\n') ?? ''}`);
        assert.ok(outcome.evidence?.notes?.some((n) => /two instances sharing the Redis of STATE_STORE/.test(n)));
      } finally {
        admin.disconnect();
      }
    });

    it('fails on a service whose attempt counter reads before it writes', async () => {
      const ctx = context();
      const outcome = await pinRaceCheck(ctx, raceServices(ctx, racyStore)).run();
      assert.equal(outcome.status, 'fail');
      assert.match(outcome.message, /wrong PINs were checked at once, more than PIN_MAX_ATTEMPTS=3/);
    });
  });

  describe('punctuated numbers and SSML under hostile text', () => {
    it('reads a number of more than four digits however it is punctuated, but not amounts, dates or times', () => {
      assert.deepEqual(longNumbers('Zelle 4111-1111-1111-1111'), ['4111111111111111']);
      assert.deepEqual(longNumbers('card 4111 1111 1111 1111, acct 1234.5678.9012, ref 12/34/5678/90'), [
        '4111111111111111',
        '123456789012',
        '1234567890',
      ]);
      assert.deepEqual(
        longNumbers(
          '$1,254.30 on December 1, 2026 (2026-12-01T10:00:00Z, 12/01/2026) at 10:30, ending in 4821; 1,234.56 euros',
        ),
        [],
      );
      assert.deepEqual(longNumbers('Ref 7890; 3 items'), []);
    });

    it('reads numbers joined by commas, underscores, colons, pluses and middle dots, and takes only well-formed amounts as money', () => {
      assert.deepEqual(longNumbers('Acct 4111,1111,1111,1111'), ['4111111111111111']);
      assert.deepEqual(longNumbers('Payout 4111_1111_1111_1111 ref 4111:1111:1111:1111'), [
        '4111111111111111',
        '4111111111111111',
      ]);
      assert.deepEqual(longNumbers('4111+1111+1111 and 4111\u00B71111\u00B71111'), ['411111111111', '411111111111']);
      assert.deepEqual(longNumbers('$4111,1111,1111,1111 at a shop'), ['4111111111111111']);
      assert.deepEqual(longNumbers('a 4111111111111111 USD charge'), ['4111111111111111']);
      assert.deepEqual(longNumbers('$4,111,111,111,111,111 and $999,999,999,999.99'), ['4111111111111111']);
      assert.deepEqual(longNumbers('12:34:56:78:90 and 2026-12-01-4111'), ['1234567890', '202612014111']);
      assert.deepEqual(
        longNumbers('\u20AC30.00, \u00A325.00, $20.00, CA$1,234.56 and CHF\u00A012,345.00; store #1234, 12/31'),
        [],
      );
    });

    it('parses SSML as XML and names injected elements, attributes, CDATA ends and bare ampersands', () => {
      assert.deepEqual(
        ssmlXmlProblems(
          '<speak>AT&amp;T ending in <say-as interpret-as="digits">4821</say-as>. &lt;audio src=&quot;x&quot;/&gt;</speak>',
        ),
        [],
      );
      assert.deepEqual(ssmlXmlProblems('<speak>Bits <audio src="https://example.invalid/a.mp3"/></speak>'), [
        'an injected <audio> element',
      ]);
      assert.deepEqual(ssmlXmlProblems('<speak><say-as interpret-as="digits" onload="x">1</say-as></speak>'), [
        'an injected onload= attribute on <say-as>',
      ]);
      assert.match(ssmlXmlProblems("<speak>Tom's ]]> Deli</speak>")[0] ?? '', /not well-formed XML/);
      assert.match(ssmlXmlProblems('<speak>AT&T</speak>')[0] ?? '', /not well-formed XML/);
      assert.deepEqual(ssmlXmlProblems('<speak><speak>x</speak></speak>'), ['a <speak> inside <speak>']);
    });

    it('the scans of every answer fail on a leaked number or injected SSML, and pass on clean answers', async () => {
      const ctx = context();
      ctx.posts.push(
        alexaAnswer('<speak>$10.00 at Zelle 1111 on December 1, 2026.</speak>', 'yesterday: -$10.00 Zelle 1111'),
      );
      assert.equal((await digitsCheck(ctx).run()).status, 'pass');
      assert.equal((await ssmlSafetyCheck(ctx).run()).status, 'pass');
      ctx.posts.push(
        alexaAnswer('<speak>$11.11 at Wire acct 1234.5678.9012 <audio src="https://example.invalid/a.mp3"/></speak>'),
      );
      const digits = await digitsCheck(ctx).run();
      assert.equal(digits.status, 'fail');
      assert.match(digits.message, /1 number\(s\) of more than four digits in the answers, the first 12 digits long/);
      const ssml = await ssmlSafetyCheck(ctx).run();
      assert.equal(ssml.status, 'fail');
      assert.match(ssml.message, /alexa speech: an injected <audio> element/);
    });

    it('passes the sandbox\u2019s hostile demo customer through our service', async () => {
      const ctx = context();
      const service = await starter(ctx)();
      try {
        const outcome = await hostileTextCheck(ctx, service.url).run();
        assert.equal(outcome.status, 'pass', outcome.message);
        assert.ok(ctx.posts.length >= 4);
      } finally {
        await service.close();
      }
    });

    it('fails on a service that forgets to escape bank text and to mask its numbers', async () => {
      const ctx = context();
      const service = await starter(ctx)();
      const careless = await rewritingProxy(service.url, {
        response: (body) =>
          body
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '\\"')
            .replace('Zelle 1111', 'Zelle 4111-1111-1111-1111'),
      });
      try {
        const outcome = await hostileTextCheck(ctx, careless.url).run();
        assert.equal(outcome.status, 'fail');
        // The message names the first three kinds of problem; the notes list every one (items come five a turn).
        assert.ok(
          outcome.evidence?.notes?.some((n) => /not well-formed XML|an injected <audio> element/.test(n)),
          outcome.evidence?.notes?.join('\n'),
        );
        assert.ok(
          outcome.evidence?.notes?.some((n) => /problem: a 16-digit number said or shown/.test(n)),
          outcome.evidence?.notes?.join('\n'),
        );
      } finally {
        await careless.close();
        await service.close();
      }
    });

    it('fails on a service that speaks a comma-, underscore- or colon-joined card number in full', async () => {
      const ctx = context();
      const service = await starter(ctx)();
      // Our service masks the planted "Acct 4111,1111,1111,1111" to "Acct 1111"; this one puts the number back.
      const leaky = await rewritingProxy(service.url, {
        response: (body) =>
          body
            .replace(/Acct 1111/g, 'Acct 4111,1111,1111,1111')
            .replace(/Payout 1111/g, 'Payout 4111_1111_1111_1111')
            .replace(/ref 1111/g, 'ref 4111:1111:1111:1111'),
      });
      try {
        const outcome = await hostileTextCheck(ctx, leaky.url).run();
        assert.equal(outcome.status, 'fail', outcome.message);
        assert.ok(
          outcome.evidence?.notes?.some((n) => /problem: a 16-digit number said or shown/.test(n)),
          outcome.evidence?.notes?.join('\n'),
        );
        assert.doesNotMatch(outcome.message, /not well-formed XML|injected/);
      } finally {
        await leaky.close();
        await service.close();
      }
    });
  });

  describe('money movement exactly once', () => {
    it('does not apply when the service under test has MONEY_MOVEMENT off', async () => {
      const ctx = context({});
      assert.equal((await exactlyOnceCheck(ctx, movementServices(ctx)).run()).status, 'not-applicable');
      assert.equal((await declinedCheck(ctx, movementServices(ctx)).run()).status, 'not-applicable');
    });

    it('passes: 20 identical confirmations move one dollar once, and a declined one moves nothing', async () => {
      const ctx = context({ MONEY_MOVEMENT: 'on' });
      const once = await exactlyOnceCheck(ctx, movementServices(ctx)).run();
      assert.equal(once.status, 'pass', `${once.message}\n${once.evidence?.notes?.join('\n') ?? ''}`);
      assert.ok(once.evidence?.notes?.some((n) => /listed \d+ before and \d+ after; new: 1/.test(n)));
      const declined = await declinedCheck(ctx, movementServices(ctx)).run();
      assert.equal(declined.status, 'pass', declined.message);
    });

    it('passes over Redis when the service is configured with one: each instance its own connection, the run\u2019s keys deleted after', async () => {
      const admin = adminClient();
      try {
        await requireRedis(admin);
        const earlier = new Set(await keysUnder(admin, 'voicebank-certify:'));
        const ctx = context({
          MONEY_MOVEMENT: 'on',
          STATE_STORE: REDIS_URL,
          STATE_KEY_SECRET: 'certify-redis-secret-0123456789abcdef',
        });
        const once = await exactlyOnceCheck(ctx, movementServices(ctx)).run();
        assert.equal(once.status, 'pass', `${once.message}\n${once.evidence?.notes?.join('\n') ?? ''}`);
        assert.ok(
          once.evidence?.notes?.some((n) =>
            /two instances sharing the Redis of STATE_STORE, each over its own connection/.test(n),
          ),
        );
        assert.deepEqual(
          (await keysUnder(admin, 'voicebank-certify:')).filter((key) => !earlier.has(key)),
          [],
          'the run left keys in Redis',
        );
      } finally {
        admin.disconnect();
      }
    });

    it('a PIN lock at a balance question stops a transfer too, over Redis (PIN_POLICY=session), and not when each guard counts apart', async () => {
      const admin = adminClient();
      try {
        await requireRedis(admin);
        const ctx = context({
          MONEY_MOVEMENT: 'on',
          PIN_POLICY: 'session',
          STATE_STORE: REDIS_URL,
          STATE_KEY_SECRET: 'certify-redis-secret-0123456789abcdef',
        });
        const outcome = await lockStopsMovementCheck(ctx, movementServices(ctx)).run();
        assert.equal(outcome.status, 'pass', `${outcome.message}\n${outcome.evidence?.notes?.join('\n') ?? ''}`);
        assert.equal(
          (await lockStopsMovementCheck(context({ MONEY_MOVEMENT: 'on' }), movementServices(ctx)).run()).status,
          'not-applicable',
        );
        const apart = await lockStopsMovementCheck(ctx, movementServices(ctx, apartStore)).run();
        assert.equal(apart.status, 'fail');
        assert.match(apart.message, /money movement counts wrong PINs apart from the read PIN/);
      } finally {
        admin.disconnect();
      }
    });

    it('fails on a service that sends each transfer twice under two ids', async () => {
      const ctx = context({ MONEY_MOVEMENT: 'on' });
      const twice = (client: TransferClient): TransferClient => ({
        getTransfer: (token, id, options) => client.getTransfer(token, id, options),
        async createTransfer(token, order, options) {
          await client.createTransfer(
            token,
            { ...order, transferId: randomUUID(), idempotencyKey: randomUUID() },
            options,
          );
          return client.createTransfer(token, order, options);
        },
      });
      const broken: StartMovement = () => movementServices(ctx)(twice);
      const outcome = await exactlyOnceCheck(ctx, broken).run();
      assert.equal(outcome.status, 'fail');
      assert.match(
        outcome.message,
        /the bank lists 2 new transfer\(s\) between the two accounts after 20 identical confirmations/,
      );
    });

    it('fails on a service that hears "no" as "yes"', async () => {
      const ctx = context({ MONEY_MOVEMENT: 'on' });
      const deaf: StartMovement = async () => {
        const real = await movementServices(ctx)();
        const proxies = await Promise.all(
          real.urls.map((url) =>
            rewritingProxy(url, { request: (body) => body.replace('"AMAZON.NoIntent"', '"AMAZON.YesIntent"') }),
          ),
        );
        return {
          urls: proxies.map((p) => p.url),
          shared: real.shared,
          close: async () => {
            await Promise.all(proxies.map((p) => p.close()));
            await real.close();
          },
        };
      };
      const outcome = await declinedCheck(ctx, deaf).run();
      assert.equal(outcome.status, 'fail');
      assert.match(outcome.message, /"no" was not answered as cancelled/);
      assert.ok(
        outcome.evidence?.notes?.some((n) => /new: 1/.test(n)),
        'the bank shows the transfer the broken service made',
      );
    });
  });
});
