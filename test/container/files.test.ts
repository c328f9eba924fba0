import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const read = (name: string): string => readFileSync(join(root, name), 'utf8');

describe('Container files (what can be checked without a container runtime)', () => {
  const dockerfile = read('Dockerfile');
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const runtime = stages.at(-1) ?? '';

  it('builds in stages and ships production dependencies only', () => {
    assert.ok(stages.length >= 3, 'build, deps and runtime stages');
    assert.match(dockerfile, /npm ci --omit=dev/);
    assert.doesNotMatch(runtime, /npm (ci|install)(?! --omit=dev)/);
    assert.match(runtime, /COPY --from=deps [^\n]*node_modules/);
  });

  it('runs as a non-root user with NODE_ENV=production on 0.0.0.0:$PORT, with a HEALTHCHECK on /healthz', () => {
    assert.match(runtime, /^USER node$/m);
    assert.match(runtime, /NODE_ENV=production/);
    assert.match(runtime, /HOST=0\.0\.0\.0/);
    assert.match(runtime, /PORT=3000/);
    assert.match(runtime, /^HEALTHCHECK [\s\S]*\/healthz/m);
  });

  it('starts an entry file the build compiles', () => {
    const cmd = /^CMD \["node", "dist\/(.+)\.js"\]$/m.exec(runtime)?.[1];
    assert.ok(cmd, 'CMD ["node", "dist/<file>.js"]');
    assert.ok(existsSync(join(root, `${cmd}.ts`)), `${cmd}.ts exists`);
    const build = JSON.parse(read('tsconfig.build.json')) as { include: string[] };
    assert.ok(build.include.includes(cmd.split('/')[0] ?? ''), 'tsconfig.build.json compiles it');
  });

  it('keeps secrets and bulk out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['.git', 'node_modules', '.env', 'dist', 'test']) assert.ok(ignored.includes(entry), entry);
  });

  it('composes two service replicas sharing Redis in front of the sandbox bank', () => {
    const compose = read('compose.yaml');
    assert.match(compose, /^ {2}voicebank-1:$/m);
    assert.match(compose, /^ {2}voicebank-2:$/m);
    assert.match(compose, /^ {2}redis:$/m);
    assert.match(compose, /^ {2}sandbox-bank:$/m);
    assert.match(compose, /STATE_STORE: redis:\/\/redis:6379/);
    assert.match(compose, /BANK_API_URL: http:\/\/sandbox-bank:4000/);
    assert.match(compose, /dist\/sandbox\/main\.js/);
  });
});
