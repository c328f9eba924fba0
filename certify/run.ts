import { createBankClient } from '../shared/bank';
import { startSandbox } from '../sandbox';
import { runBankChecks } from './bank';
import { createRawBank } from './bank/raw-http';
import type { RunContext } from './context';
import { captureLogs } from './log-capture';
import { createMasker, splitTokens } from './mask';
import { resolveOptions, type CertificationOptions, type Settings } from './options';
import { configurationRows, displayUrl, gitCommit, serviceVersion } from './report/meta';
import { publish } from './publish';
import { recordingBank, type ClientCall } from './service/recording-bank';
import { fail, Recorder } from './runner';
import { runSecurityChecks } from './security';
import { shortTokenWarning } from './security/privacy-checks';
import { SeenData } from './seen-data';
import { runSkillChecks } from './skill';
import type { CertificationResult, CheckArea, RunMeta } from './types';

/** The bank to certify: the URL given, or an embedded sandbox started for this run. */
async function openBank(settings: Settings): Promise<{ url: string; sandbox: boolean; close(): Promise<void> }> {
  if (settings.bankUrl !== undefined) return { url: settings.bankUrl, sandbox: false, close: async () => undefined };
  const sandbox = await startSandbox({ port: 0, host: '127.0.0.1', clock: settings.clock });
  return { url: sandbox.url, sandbox: true, close: () => sandbox.close() };
}

/** What every check of a run shares, for `bank`. */
export function contextFor(settings: Settings, bank: { url: string; sandbox: boolean }): RunContext {
  const seen = new SeenData();
  seen.addToken(settings.token);
  seen.addToken(settings.expiredToken);
  const capture = captureLogs();
  const clientCalls: ClientCall[] = [];
  const client = createBankClient({
    baseUrl: bank.url,
    timeoutMs: settings.bankTimeoutMs,
    logger: capture.logger,
    clock: settings.clock,
  });
  return {
    settings,
    bankUrl: bank.url,
    sandbox: bank.sandbox,
    capture,
    seen,
    posts: [],
    forged: [],
    clientCalls,
    raw: createRawBank(bank.url, seen),
    client: recordingBank(client, clientCalls, settings.clock),
  };
}

/** What a reviewer must know to read this run rightly. */
function runWarnings(ctx: RunContext): string[] {
  const { tooShort } = splitTokens(ctx.seen.tokens);
  return tooShort > 0 ? [shortTokenWarning(tooShort)] : [];
}

/** Runs one area's checks; if the area cannot run at all (a service that will not start), that is a failed check too. */
async function phase(recorder: Recorder, area: CheckArea, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    const message = `the ${area} checks stopped: ${error instanceof Error ? error.message : String(error)}`;
    await recorder.sequential([
      { name: `the ${area} checks ran to the end`, area, level: 'required', run: async () => fail(message) },
    ]);
  }
}

/**
 * Certifies the integration with one bank: FDX conformance of the bank, the skill's behaviour
 * through both adapters against it, and security and privacy evidence; writes report.md,
 * report.html, report.json, junit.xml (and report.pdf when asked) and the evidence folder into
 * `outDir`, sealed by manifest.json. Resolves once the reports are written
 * (a part that cannot run is reported as a failed check); rejects only for unusable options
 * (TypeError/RangeError, before anything runs), a sandbox that cannot start, or an unwritable `outDir`.
 */
export async function runCertification(options: CertificationOptions = {}): Promise<CertificationResult> {
  const settings = resolveOptions(options);
  const { clock } = settings;
  const startedAt = clock.now();
  const started = clock.monotonicMs();
  const bank = await openBank(settings);
  const ctx = contextFor(settings, bank);
  const mask = createMasker(() => ctx.seen.secrets());
  const recorder = new Recorder(mask, options.onCheck);
  try {
    await phase(recorder, 'bank', () => runBankChecks(ctx, recorder));
    await phase(recorder, 'skill', () => runSkillChecks(ctx, recorder));
    await phase(recorder, 'security', () => runSecurityChecks(ctx, recorder));
  } finally {
    ctx.client.close();
    ctx.raw.close();
    await bank.close();
  }
  const checks = recorder.results;
  const meta: RunMeta = {
    version: serviceVersion(),
    commit: gitCommit(),
    bankUrl: displayUrl(bank.url),
    bankKind: bank.sandbox ? 'embedded sandbox' : 'external bank',
    startedAt: startedAt.toISO() ?? '',
    durationMs: Math.round(clock.monotonicMs() - started),
    configuration: configurationRows(settings, bank.sandbox),
    warnings: runWarnings(ctx),
  };
  const passed = !checks.some((check) => check.status === 'fail' && check.level === 'required');
  return { passed, checks, meta, ...(await publish(ctx, { meta, checks, passed }, mask)) };
}
