/**
 * What CI can check of the container without a container runtime: the Dockerfile's entry file is
 * in the build output, and the production start-up works from `npm ci --omit=dev` alone. It copies
 * dist/ and the lockfile to a temporary directory, installs production dependencies there, starts
 * the sandbox bank and the service from that directory with NODE_ENV=production, and asks for
 * /healthz, /readyz and /metrics; then checks that placeholder configuration is refused.
 * Run after `npm run build`: `npm run check:container`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = join(__dirname, '..');

function fail(message: string): never {
  process.stderr.write(`check-container: ${message}\n`);
  process.exit(1);
}

/** The file the runtime stage's CMD runs, e.g. dist/skills/server.js. */
function entryFile(): string {
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
  const cmd = [...dockerfile.matchAll(/^CMD \[(.*)\]$/gm)].at(-1)?.[1];
  const args = cmd ? (JSON.parse(`[${cmd}]`) as string[]) : [];
  if (args[0] !== 'node' || !args[1]) fail('the Dockerfile has no CMD ["node", "<file>"]');
  return args[1];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(url: string, attempts = 100): Promise<Response> {
  for (let i = 0; i < attempts; i += 1) {
    try {
      return await fetch(url);
    } catch {
      await sleep(100);
    }
  }
  return fail(`${url} never answered`);
}

function start(dir: string, file: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [file], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.once('exit', (code) => code !== null && code !== 0 && fail(`${file} exited with ${code}`));
  return child;
}

async function main(): Promise<void> {
  const entry = entryFile();
  if (!existsSync(join(root, entry)))
    fail(`${entry} (the Dockerfile's CMD) is not in the build output: run npm run build`);
  const dir = mkdtempSync(join(tmpdir(), 'voicebank-container-'));
  const children: ChildProcess[] = [];
  try {
    for (const name of ['package.json', 'package-lock.json', 'dist'])
      cpSync(join(root, name), join(dir, name), { recursive: true });
    const install = spawnSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: dir,
      stdio: 'inherit',
    });
    if (install.status !== 0) fail('npm ci --omit=dev failed');
    if (existsSync(join(dir, 'node_modules', 'typescript'))) fail('a development dependency was installed');
    const [bankPort, port] = [await freePort(), await freePort()];
    children.push(start(dir, 'dist/sandbox/main.js', { SANDBOX_PORT: String(bankPort) }));
    await waitFor(`http://127.0.0.1:${bankPort}/.well-known/oauth-authorization-server`);
    const env = {
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      BANK_API_URL: `http://127.0.0.1:${bankPort}`,
      ALEXA_SKILL_ID: 'amzn1.ask.skill.3b1c7a52-2d8e-4f0a-9c61-5e7d8f9a0b1c',
      DIALOGFLOW_SECRET: 'ci-check-secret-0123456789',
      LOG_LEVEL: 'warn',
    };
    children.push(start(dir, entry, env));
    for (const path of ['/healthz', '/readyz', '/metrics']) {
      const response = await waitFor(`http://127.0.0.1:${port}${path}`);
      if (response.status !== 200) fail(`${path} answered ${response.status}`);
    }
    const refused = spawnSync(process.execPath, [entry], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', ...env, DIALOGFLOW_SECRET: 'FILL-ME-secret', BANK_URL: 'x' },
      encoding: 'utf8',
    });
    if (refused.status !== 2 || !/DIALOGFLOW_SECRET/.test(refused.stderr) || !/BANK_URL/.test(refused.stderr))
      fail('placeholder configuration was not refused with every problem named');
    process.stdout.write(
      `check-container: ${entry} starts in production from npm ci --omit=dev; /healthz, /readyz, /metrics answer; placeholders refused\n`,
    );
  } finally {
    for (const child of children) {
      child.removeAllListeners('exit');
      child.kill('SIGTERM');
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
