import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import express, { type Request, type Response } from 'express';
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
  router.post('/mcp', requireBearer(options), express.json({ limit: '64kb' }), (req, res, next) => {
    serve(options, req, res).catch(next);
  });
  // Stateless: no server-sent event stream to open and no session to end.
  router.all('/mcp', (_req, res) => {
    res.set('Allow', 'POST').status(405).json({ error: 'method not allowed' });
  });
  return router;
}

function requireBearer(options: McpRouteOptions): express.RequestHandler {
  return (req, res, next) => {
    const bearer = bearerOf(req);
    if (bearer.ok) {
      res.locals.token = bearer.token;
      next();
      return;
    }
    const pointer = metadataUrl(resourceUrl(req, options.resourceUrl));
    res.set('WWW-Authenticate', challenge(pointer, bearer.presented)).status(401).json({ error: bearer.presented ? 'invalid_token' : 'unauthorized' });
  };
}

async function serve(options: McpOptions, req: Request, res: Response): Promise<void> {
  const token = typeof res.locals.token === 'string' ? res.locals.token : '';
  const server = createMcpServer(options);
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  res.on('close', () => {
    void transport.close();
    void server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(Object.assign(req, { auth: { token, clientId: 'bearer', scopes: [] } }), res, req.body);
}
