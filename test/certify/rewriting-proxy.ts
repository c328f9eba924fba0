import http from 'node:http';
import { listenOnLoopback } from '../../shared/loopback';

/** How a deliberately broken service double changes what passes through it. */
export interface Rewrites {
  /** The request body the real service gets instead of the one sent. */
  readonly request?: (body: string) => string;
  /** The answer the caller gets instead of the real one. */
  readonly response?: (body: string) => string;
}

/**
 * A loopback proxy in front of a real in-process service that rewrites request or answer bodies:
 * a service that forgot to escape bank text, or that hears "no" as "yes". The checks must fail on it.
 */
export async function rewritingProxy(
  target: string,
  rewrites: Rewrites,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = (rewrites.request ?? ((b: string) => b))(Buffer.concat(chunks).toString('utf8'));
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      for (const name of ['authorization', 'x-voicebank-secret']) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      fetch(`${target}${req.url ?? '/'}`, { method: req.method ?? 'POST', headers, body })
        .then(async (answer) => {
          const text = (rewrites.response ?? ((b: string) => b))(await answer.text());
          res.writeHead(answer.status, { 'content-type': 'application/json' }).end(text);
        })
        .catch(() => res.writeHead(502).end());
    });
  });
  const { url, close } = await listenOnLoopback(server);
  return { url, close };
}
