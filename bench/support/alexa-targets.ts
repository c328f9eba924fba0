import { systemClock } from '../../shared/clock';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestType, SkillBuilders } from 'ask-sdk-core';
import { ExpressAdapter } from 'ask-sdk-express-adapter';
import express from 'express';
import pino from 'pino';
import { createBankClient } from '../../shared/bank';
import { loadConfig } from '../../shared/config';
import { createLogger } from '../../shared/log/logger';
import { createApp } from '../../skills/app';
import { createAlexaVerifiers } from '../../skills/alexa/verification';
import { isTargetsInit, type TargetsInit, type TargetsReady } from './alexa-targets-protocol';
import { serveChild } from './children';

/**
 * Child-process entry for `npm run bench`: the HTTP servers under test, each on 127.0.0.1 and a
 * free port, in one process apart from the load loop (which would otherwise share their CPU).
 */

async function listen(handler: express.Express, path: string): Promise<string> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
}

/** Our service as skills/server.ts wires it, logging at info to /dev/null (the cost of a line stays). */
function ourService(init: TargetsInit, verify: boolean): express.Express {
  const config = loadConfig({ VERIFY_REQUESTS: String(verify), ALEXA_SKILL_ID: init.skillId });
  const logger = createLogger({ level: 'info', destination: pino.destination({ dest: '/dev/null', sync: true }) });
  const bank = createBankClient({ baseUrl: init.bankUrl, timeoutMs: config.bankTimeoutMs, logger, clock: systemClock });
  const alexaVerifiers = verify
    ? createAlexaVerifiers({ skillId: init.skillId, trustedRoots: [init.rootPem], fetchPem: async () => init.chainPem, clock: systemClock })
    : undefined;
  return createApp({ config, logger, bank, clock: systemClock, ...(alexaVerifiers === undefined ? {} : { alexaVerifiers }) });
}

function askHelloWorld(): express.Express {
  const skill = SkillBuilders.custom().addRequestHandlers({
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle: (input) => input.responseBuilder.speak('Hello world').getResponse(),
  }).create();
  const app = express();
  app.post('/', ...new ExpressAdapter(skill, false, false).getRequestHandlers());
  return app;
}

function bareExpress(): express.Express {
  const app = express();
  app.post('/', express.json(), (_req, res) => {
    res.json({ version: '1.0', response: { outputSpeech: { type: 'PlainText', text: 'Hello world' } } });
  });
  return app;
}

if (require.main === module) {
  serveChild(isTargetsInit, async (init): Promise<TargetsReady> => ({
    full: await listen(ourService(init, true), '/alexa'),
    fullUnverified: await listen(ourService(init, false), '/alexa'),
    askHello: await listen(askHelloWorld(), '/'),
    bareExpress: await listen(bareExpress(), '/'),
  }));
}
