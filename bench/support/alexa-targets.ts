import { systemClock } from '../../shared/clock';
import http from 'node:http';
import { getRequestType, SkillBuilders } from 'ask-sdk-core';
import { ExpressAdapter, SkillRequestSignatureVerifier, TimestampVerifier } from 'ask-sdk-express-adapter';
import express from 'express';
import pino from 'pino';
import { createBankClient } from '../../shared/bank';
import { loadConfig } from '../../shared/config';
import { createLogger } from '../../shared/log/logger';
import { createApp } from '../../skills/app';
import { createAlexaVerifiers } from '../../skills/alexa/verification';
import { isTargetsInit, type TargetsInit, type TargetsReady } from './alexa-targets-protocol';
import { CERT_URL } from '../../test/alexa-verification/signed-request';
import { bareBalance } from './bare-fdx';
import { serveChild } from './children';
import { listenOnLoopback } from '../../shared/loopback';

/**
 * Child-process entry for `npm run bench`: the HTTP servers under test, each on 127.0.0.1 and a
 * free port, in one process apart from the load loop (which would otherwise share their CPU).
 */

async function listen(handler: express.Express, path: string): Promise<string> {
  return `${(await listenOnLoopback(handler)).url}${path}`;
}

/** Our service as skills/server.ts wires it, logging at info to /dev/null (the cost of a line stays). */
function ourService(init: TargetsInit, verify: boolean): express.Express {
  const config = loadConfig({ VERIFY_REQUESTS: String(verify), ALEXA_SKILL_ID: init.skillId });
  const logger = createLogger({ level: 'info', destination: pino.destination({ dest: '/dev/null', sync: true }) });
  const bank = createBankClient({ baseUrl: init.bankUrl, timeoutMs: config.bankTimeoutMs, logger, clock: systemClock });
  const alexaVerifiers = verify
    ? createAlexaVerifiers({
        skillId: init.skillId,
        trustedRoots: [init.rootPem],
        fetchPem: async () => init.chainPem,
        clock: systemClock,
      })
    : undefined;
  return createApp({
    config,
    logger,
    bank,
    clock: systemClock,
    ...(alexaVerifiers === undefined ? {} : { alexaVerifiers }),
  });
}

function askHelloWorld(): express.Express {
  const skill = SkillBuilders.custom()
    .addRequestHandlers({
      canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
      handle: (input) => input.responseBuilder.speak('Hello world').getResponse(),
    })
    .create();
  const app = express();
  app.post('/', ...new ExpressAdapter(skill, false, false).getRequestHandlers());
  return app;
}

/** (D) express.json() and the two FDX calls a balance answer needs, written by hand. */
function bareFdx(init: TargetsInit): express.Express {
  const agent = new http.Agent({ keepAlive: true });
  const app = express();
  app.post('/', express.json(), (req, res, next) => {
    const raw = field(field(field(field(req.body, 'context'), 'System'), 'user'), 'accessToken');
    const token = typeof raw === 'string' ? raw : '';
    bareBalance(agent, init.bankUrl, token).then((text) => {
      res.json({ version: '1.0', response: { outputSpeech: { type: 'PlainText', text }, shouldEndSession: false } });
    }, next);
  });
  return app;
}

/**
 * (E) an ask-sdk-core skill on ExpressAdapter(skill, true, true): the SDK's own signature and
 * timestamp verifiers, its certificate cache seeded with the test chain (as after its first download;
 * it cannot reach Amazon from here), and the same two FDX calls in its handler.
 */
function askVerifiedFdx(init: TargetsInit): express.Express {
  const agent = new http.Agent({ keepAlive: true });
  const skill = SkillBuilders.custom()
    .addRequestHandlers({
      canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
      handle: async (input) => {
        const text = await bareBalance(
          agent,
          init.bankUrl,
          input.requestEnvelope.context.System.user.accessToken ?? '',
        );
        return input.responseBuilder.speak(text).reprompt('Anything else?').getResponse();
      },
    })
    .create();
  const signature = new SkillRequestSignatureVerifier();
  const cache: unknown = Reflect.get(signature, 'certCache');
  if (!(cache instanceof Map)) throw new Error('ask-sdk-express-adapter: no certCache to seed');
  cache.set(CERT_URL, init.chainPem);
  const app = express();
  app.post('/', ...new ExpressAdapter(skill, false, false, [signature, new TimestampVerifier()]).getRequestHandlers());
  return app;
}

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

function bareExpress(): express.Express {
  const app = express();
  app.post('/', express.json(), (_req, res) => {
    res.json({ version: '1.0', response: { outputSpeech: { type: 'PlainText', text: 'Hello world' } } });
  });
  return app;
}

if (require.main === module) {
  serveChild(
    isTargetsInit,
    async (init): Promise<TargetsReady> => ({
      full: await listen(ourService(init, true), '/alexa'),
      fullUnverified: await listen(ourService(init, false), '/alexa'),
      askHello: await listen(askHelloWorld(), '/'),
      bareExpress: await listen(bareExpress(), '/'),
      bareFdx: await listen(bareFdx(init), '/'),
      askVerifiedFdx: await listen(askVerifiedFdx(init), '/'),
    }),
  );
}
