import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCertification, type CertificationResult } from '../../certify';
import { verifyBundle } from '../../certify/bundle/verify';
import { unzip, zip } from '../../certify/bundle/zip';
import { CONTROLS } from '../../certify/controls/catalogue';
import { testClock } from '../support/clock';
import { htmlProblems } from './html-check';
import { startShortTokenBank, type ShortTokenBank } from './short-token-bank';

const ROOT = join(__dirname, '..', '..');
const SHORT = 'a';
const LOG_SCAN = 'the logs carry no token, amount, account-number fragment or PIN';

/** `npm run certify -- --verify DIR` as a reviewer runs it, in a child process. */
function verifyCli(dir: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--require', 'tsx/cjs', 'scripts/certify.ts', '--verify', dir],
      { cwd: ROOT, timeout: 30_000 },
      (error, stdout) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout });
      },
    );
  });
}

const lines = (path: string): unknown[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown);

describe('certification against a bank with a one-character test token, and its evidence bundle', function () {
  this.timeout(120_000);
  let dir: string;
  let bank: ShortTokenBank;
  let run: CertificationResult;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'voicebank-bundle-'));
    bank = await startShortTokenBank(SHORT, testClock());
    run = await runCertification({
      bankUrl: bank.url,
      token: SHORT,
      outDir: join(dir, 'run'),
      samples: 2,
      clock: testClock(),
      zip: true,
    });
  });
  after(async () => {
    await bank.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('raises no false alarm: the log scan passes and the report warns that the token was too short to look for', () => {
    const scan = run.checks.find((c) => c.name === LOG_SCAN);
    assert.equal(scan?.status, 'pass', scan?.message);
    assert.ok(scan.evidence.notes?.some((n) => /shorter than 8 characters were not looked for/.test(n)));
    assert.equal(run.meta.warnings.length, 1);
    const html = readFileSync(run.files.html, 'utf8');
    assert.deepEqual(htmlProblems(html), []);
    assert.match(html, /<section class="warnings"><h2>Warnings<\/h2><ul><li>warning: 1 token\(s\) shorter than 8/);
    assert.deepEqual(
      run.checks.filter((c) => c.status === 'fail' && c.level === 'required').map((c) => c.name),
      [],
    );
  });

  it('maps every check to a control and lists the bank-owned gaps', () => {
    for (const check of run.checks) assert.ok(check.controls.length > 0, `${check.id} evidences no control`);
    const report = JSON.parse(readFileSync(run.files.json, 'utf8')) as {
      controls: Array<{ id: string; state: string }>;
    };
    assert.equal(report.controls.length, CONTROLS.length);
    const gaps = report.controls.filter((c) => c.state === 'gap').map((c) => c.id);
    for (const id of ['BANK-AS', 'BANK-TLS', 'DAC-AUTH-DURATION'])
      assert.ok(gaps.includes(id), `${id} is not listed as the bank's gap`);
  });

  it('bundles every exchange, the log lines, the configuration and the build, masked', () => {
    const evidence = join(run.bundle.dir, 'evidence');
    const bankExchanges = lines(join(evidence, 'bank-exchanges.jsonl'));
    assert.ok(bankExchanges.length >= 10, `${bankExchanges.length} bank exchanges`);
    assert.ok(lines(join(evidence, 'voice-exchanges.jsonl')).length >= 20);
    assert.ok(lines(join(evidence, 'verification-exchanges.jsonl')).length >= 14);
    assert.ok(lines(join(evidence, 'service-log.jsonl')).length >= 20);
    const calls = lines(join(evidence, 'client-calls.jsonl'));
    assert.ok(
      calls.some((call) => JSON.stringify(call).includes('"method":"listTransactions"')),
      'no transactions call of the service recorded',
    );
    const build = JSON.parse(readFileSync(join(evidence, 'build.json'), 'utf8')) as {
      sources: { files: number; digest: string };
      dependencies: Record<string, string>;
    };
    assert.ok(build.sources.files > 50);
    assert.match(build.sources.digest, /^[0-9a-f]{64}$/);
    assert.match(build.dependencies['ask-sdk-core'] ?? '', /^\d+\.\d+\.\d+$/);
    for (const file of [
      'bank-exchanges.jsonl',
      'voice-exchanges.jsonl',
      'verification-exchanges.jsonl',
      'client-calls.jsonl',
      'service-log.jsonl',
      'configuration.json',
    ]) {
      const text = readFileSync(join(evidence, file), 'utf8');
      assert.doesNotMatch(text, /\$\s?\d/, `${file} shows an amount`);
      assert.doesNotMatch(text, /Bearer (?!\[token\]|realm=|error=)/, `${file} shows a bearer token`);
      assert.doesNotMatch(text, /"(?:accessToken|x-voicebank-secret)":"(?!\[token\])/, `${file} shows a credential`);
      assert.doesNotMatch(text, /(?<![\w-])(?:4821|7710|9034)(?![\w-])/, `${file} shows an account's last four`);
      // The bank's data fields are masked; what the skill said (merchant names in speech) is the evidence a reviewer reads.
      if (!file.includes('voice') && !file.includes('verification'))
        assert.doesNotMatch(text, /Starbucks|Trader Joe|ACME Payroll/, `${file} shows a merchant`);
    }
  });

  it('verifies the bundle, then fails on an edited, a removed and an added file (also from the CLI)', async () => {
    const copy = join(dir, 'copy');
    cpSync(run.bundle.dir, copy, { recursive: true });
    assert.deepEqual(verifyBundle(copy).problems, []);
    const ok = await verifyCli(copy);
    assert.equal(ok.code, 0, ok.stdout);
    assert.match(
      ok.stdout,
      new RegExp(`VERIFIED: \\d+ files match the manifest \\(manifest.json SHA-256 ${run.bundle.manifestSha256}\\)`),
    );

    appendFileSync(join(copy, 'evidence', 'service-log.jsonl'), '{"msg":"added later"}\n');
    unlinkSync(join(copy, 'junit.xml'));
    writeFileSync(join(copy, 'notes.txt'), 'not part of the run');
    assert.deepEqual(verifyBundle(copy).problems, [
      'evidence/service-log.jsonl: changed since the bundle was sealed (SHA-256 differs)',
      'junit.xml: missing',
      'notes.txt: not in the manifest (added after sealing)',
    ]);
    const edited = await verifyCli(copy);
    assert.equal(edited.code, 1, edited.stdout);
    assert.match(edited.stdout, /✗ evidence\/service-log\.jsonl: changed/);
    assert.match(edited.stdout, /NOT VERIFIED: 3 problem\(s\)/);
  });

  it('writes the same bundle as <out>.zip beside the folder, which --verify reads too and which fails when an entry is edited or damaged', async () => {
    const archive = run.bundle.zip ?? '';
    assert.equal(archive, `${run.bundle.dir}.zip`);
    const entries = unzip(readFileSync(archive));
    assert.equal(entries[0]?.path, 'manifest.json');
    assert.deepEqual(verifyBundle(archive), {
      ok: true,
      problems: [],
      files: entries.length - 1,
      manifestSha256: run.bundle.manifestSha256,
    });
    const ok = await verifyCli(archive);
    assert.equal(ok.code, 0, ok.stdout);

    const edited = join(dir, 'edited.zip');
    writeFileSync(
      edited,
      zip(
        entries.map((e) =>
          e.path === 'report.md' ? { ...e, bytes: Buffer.concat([e.bytes, Buffer.from('\nall good\n')]) } : e,
        ),
      ),
    );
    assert.deepEqual(verifyBundle(edited).problems, [
      'report.md: changed since the bundle was sealed (SHA-256 differs)',
    ]);
    const damaged = join(dir, 'damaged.zip');
    const bytes = Buffer.from(readFileSync(archive));
    bytes[200] = (bytes[200] ?? 0) ^ 0xff;
    writeFileSync(damaged, bytes);
    assert.match(verifyBundle(damaged).problems[0] ?? '', /damaged/);
    const refused = await verifyCli(edited);
    assert.equal(refused.code, 1, refused.stdout);
  });
});
