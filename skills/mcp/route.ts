import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import express, { type Request, type Response } from 'express';
import { strictUtf8 } from '../http/body-guard';
import { bearerOf, challenge } from './bearer';
import { METADATA_PATHS, metadataUrl, resourceMetadata, resourceUrl } from './resource-metadata';
import { createMcpServer, type McpOptions } from './server';

export interface McpRouteOptions extends McpOptions {
  /** Issuer URL of the authorization server that issues tokens for the bank (RFC 8414). */
  readonly issuer: string;
  /** Public URL of POST /mcp; derived from each request when absent. */
  readonly resourceUrl?: string;
}

/**
 * POST /mcp (Streamable HTTP, stateless: a fresh server and transport per request, plain JSON
 * answers) behind a bearer check, and the RFC 9728 metadata that names the authorization server.
 */
export function mcpRouter(options: McpRouteOptions): express.Router {
  const router = express.Router();
  for (const path of METADATA_PATHS) {
    router.get(path, (req, res) => {
      res.json(resourceMetadata(resourceUrl(req, options.resourceUrl), options.issuer));
    });
  }
  router.post(
    '/mcp',
    requireBearer(options),
    express.json({ limit: '64kb', verify: refuseMalformedUtf8 }),
    (req, res, next) => {
      serve(options, req, typeof res.locals.token === 'string' ? res.locals.token : '').then((answer) => {
        if (answer === 'tokenRejected') refuse(options, req, res, true);
        else void send(answer, res).catch(next);
      }, next);
    },
  );
  // Stateless: no server-sent event stream to open and no session to end.
  router.all('/mcp', (_req, res) => {
    res.set('Allow', 'POST').status(405).json({ error: 'method not allowed' });
  });
  return router;
}

/**
 * body-parser would decode bytes that are not UTF-8 into U+FFFD and go on; a UTF-8 body (the only
 * charset MCP clients send) must be well-formed, else 400 with the fixed body (outer-error-handler.ts).
 */
function refuseMalformedUtf8(_req: unknown, _res: unknown, bytes: Buffer, encoding: string): void {
  if (/^utf-?8$/i.test(encoding) && strictUtf8(bytes) === undefined)
    throw Object.assign(new Error('body is not UTF-8'), { status: 400 });
}

/** 401 with the RFC 6750 / RFC 9728 challenge; `presented` says a token came and was refused. */
function refuse(options: McpRouteOptions, req: Request, res: Response, presented: boolean): void {
  const pointer = metadataUrl(resourceUrl(req, options.resourceUrl));
  res
    .set('WWW-Authenticate', challenge(pointer, presented))
    .status(401)
    .json({ error: presented ? 'invalid_token' : 'unauthorized' });
}

function requireBearer(options: McpRouteOptions): express.RequestHandler {
  return (req, res, next) => {
    const bearer = bearerOf(req);
    if (!bearer.ok) {
      refuse(options, req, res, bearer.presented);
      return;
    }
    res.locals.token = bearer.token;
    next();
  };
}

/** The request as the SDK's web-standard transport reads it: headers only, the body is parsed already. */
function webRequest(req: Request): globalThis.Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  return new globalThis.Request(`http://localhost${req.originalUrl}`, { method: 'POST', headers });
}

/**
 * One stateless exchange: a fresh server and transport, plain JSON answers. The answer is held
 * until every tool has run, so a token the bank refused turns into a 401 rather than a result.
 */
async function serve(options: McpOptions, req: Request, token: string): Promise<globalThis.Response | 'tokenRejected'> {
  let rejected = false;
  const server = createMcpServer(options, {
    onTokenRejected: () => {
      rejected = true;
    },
  });
  const transport = new WebStandardStreamableHTTPServerTransport({ enableJsonResponse: true }); // no session id generator: stateless
  try {
    await server.connect(transport);
    const answer = await transport.handleRequest(webRequest(req), {
      parsedBody: req.body,
      authInfo: { token, clientId: 'bearer', scopes: [] },
    });
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by the onTokenRejected callback while handleRequest runs
    return rejected ? 'tokenRejected' : answer;
  } finally {
    await transport.close();
    await server.close();
  }
}

async function send(answer: globalThis.Response, res: Response): Promise<void> {
  res.status(answer.status);
  answer.headers.forEach((value, name) => res.setHeader(name, value));
  res.send(await answer.text());
}
