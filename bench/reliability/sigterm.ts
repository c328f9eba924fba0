import { spawn } from 'node:child_process';
import http from 'node:http';
import { join } from 'node:path';
import { alexaEnvelope } from '../../test/support/alexa-requests';

/** What SIGTERM under load did to the clients. */
export interface SigtermFigures {
  readonly answered: number;
  readonly answeredAfterSignal: number;
  readonly closedAfterSignal: number;
  /** Requests reset or cut on a socket the server had accepted (must be 0). */
  readonly resets: number;
  /** New connections refused after the listener closed (expected: the clients learn it is gone). */
  readonly refused: number;
  readonly exitCode: number | null;
}

const BODY = JSON.stringify(
  alexaEnvelope({ intent: 'getBalance', slots: { account: 'checking' }, token: 'demo-alex' }),
);

function once(
  url: string,
  agent: http.Agent,
): Promise<{ status?: number | undefined; connection?: string | undefined; error?: string }> {
  return new Promise((resolve) => {
    const request = http.request(
      `${url}/alexa`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode, connection: response.headers.connection }));
        response.on('error', () => resolve({ error: 'ECONNRESET' }));
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    request.end(BODY);
  });
}

/** The development entry (`dev/server.ts`: the service and its embedded sandbox) as its own process, loaded by 16 keep-alive clients, then SIGTERM. */
export async function sigtermUnderLoad(signalAfter: number): Promise<SigtermFigures> {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', join(__dirname, '..', '..', 'dev', 'server.ts')], {
    env: { ...process.env, PORT: '0', VERIFY_REQUESTS: 'false', LOG_LEVEL: 'info', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /"port":(\d+),"msg":"voicebank listening/.exec(output)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    child.once('exit', () => reject(new Error(`the service did not start: ${output.slice(-500)}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  let answered = 0;
  let signalled = false;
  let answeredAfterSignal = 0;
  let closedAfterSignal = 0;
  let resets = 0;
  let refused = 0;
  const client = async (): Promise<void> => {
    for (;;) {
      const outcome = await once(url, agent);
      if (outcome.error === 'ECONNREFUSED') {
        refused += 1;
        return;
      }
      if (outcome.error || outcome.status !== 200) {
        resets += 1;
        return;
      }
      answered += 1;
      if (signalled) {
        answeredAfterSignal += 1;
        if (outcome.connection === 'close') closedAfterSignal += 1;
      }
      if (answered === signalAfter && !signalled) {
        signalled = true;
        child.kill('SIGTERM');
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, client));
  agent.destroy();
  return { answered, answeredAfterSignal, closedAfterSignal, resets, refused, exitCode: await exited };
}
