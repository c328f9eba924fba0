import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface Instance {
  readonly url: string;
  readonly child: ChildProcess;
}

/** Starts the development entry (`dev/server.ts`, the service with the embedded sandbox) as its own process and waits for the port it logs. */
export function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', join(__dirname, '..', '..', 'dev', 'server.ts')], {
    env: { ...process.env, ...env, PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`instance did not start: ${output}`)), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /"port":(\d+),"msg":"voicebank listening/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${port}`, child });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`instance exited with ${String(code)}: ${output}`)));
  });
}
