import { parseArgs } from 'node:util';
import { DEFAULT_ZONE } from '../sandbox';
import { clockForDay, type Clock } from '../shared/clock';
import { verifyBundle } from './bundle/verify';
import type { CertificationOptions } from './options';
import { finding, formatMs, statusMark, summaryLine, tally } from './report/format';
import { displayUrl } from './report/meta';
import { runCertification } from './run';
import type { CheckResult } from './types';

/** What `--help` prints. */
export const USAGE = `Usage: npm run certify -- [--bank-url URL --token TOKEN] [--expired-token TOKEN] [--out DIR] [--samples N] [--pdf] [--zip]
       npm run certify -- --verify DIR|ZIP

Certifies voicebank with a bank: the bank's FDX API, the skill on Alexa and Dialogflow against it,
and request verification and privacy. Writes report.md, report.html, report.json, junit.xml, the
evidence/ folder and manifest.json (a SHA-256 of every file): the output folder is the evidence bundle.
Exit status 0 when every required check passes, 1 when one fails, 2 on a usage error.

  --bank-url URL        FDX base URL of the bank (default: the embedded sandbox bank on 127.0.0.1)
  --token TOKEN         bearer token of a test customer (default demo-alex; required with --bank-url)
  --expired-token TOKEN a token the bank has expired: it must get 401 (sandbox default: fault-expired)
  --out DIR             where the reports go (default certification/)
  --samples N           latency samples per endpoint (default 10)
  --today YYYY-MM-DD    with the embedded sandbox: take this day as today (default $SANDBOX_TODAY or today)
  --pdf                 also print the report to report.pdf through headless Chromium (/usr/bin/chromium)
  --zip                 also write the sealed bundle as one archive, <out>.zip beside the folder
  --verify DIR|ZIP      recompute the SHA-256 of every file of a bundle (folder or its .zip) against
                        its manifest.json; exit 0 when nothing changed, 1 when a file was edited,
                        added or removed
  --help                this text`;

type Print = (line: string) => void;

/** The URL as the reports show it (no userinfo or query); a URL that does not parse is left to the option check. */
function safeUrl(text: string): string {
  try {
    return displayUrl(text);
  } catch {
    return 'the URL given';
  }
}

/** A clock on `day` (noon in the sandbox's zone); a TypeError for the user when it is not a day. */
function todayClock(day: string): Clock {
  try {
    return clockForDay(day, DEFAULT_ZONE);
  } catch {
    throw new TypeError(`--today must be a calendar day YYYY-MM-DD, got "${day}"`);
  }
}

/** Reads the command line into options; throws with a message for the user. */
export function parseCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): CertificationOptions & { help: boolean; verify?: string } {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      'bank-url': { type: 'string' },
      token: { type: 'string' },
      'expired-token': { type: 'string' },
      out: { type: 'string' },
      samples: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', default: false },
      pdf: { type: 'boolean', default: false },
      zip: { type: 'boolean', default: false },
      verify: { type: 'string' },
    },
  });
  const samples = values.samples === undefined ? undefined : Number(values.samples);
  const today = values.today ?? env.SANDBOX_TODAY;
  if (today !== undefined && values['bank-url'] !== undefined)
    throw new TypeError('--today only applies to the embedded sandbox bank');
  return {
    help: values.help,
    pdf: values.pdf,
    zip: values.zip,
    ...(values.verify === undefined ? {} : { verify: values.verify }),
    ...(values['bank-url'] === undefined ? {} : { bankUrl: values['bank-url'] }),
    ...(values.token === undefined ? {} : { token: values.token }),
    ...(values['expired-token'] === undefined ? {} : { expiredToken: values['expired-token'] }),
    ...(values.out === undefined ? {} : { outDir: values.out }),
    ...(samples === undefined ? {} : { samples }),
    ...(today === undefined ? {} : { clock: todayClock(today) }),
  };
}

/** `✓ GET /accounts lists every page (12 ms)`, with the finding when it did not pass. */
export function progressLine(check: CheckResult): string {
  const level = check.level === 'info' ? ' [info]' : '';
  const why = check.status === 'pass' ? '' : ` — ${check.status === 'fail' ? check.message : finding(check)}`;
  return `${statusMark(check.status)} ${check.name}${level} (${formatMs(check.durationMs)})${why}`;
}

/** `--verify DIR`: 0 when every file matches the manifest, 1 otherwise. */
function verifyCli(dir: string, print: Print): number {
  const result = verifyBundle(dir);
  for (const problem of result.problems) print(`✗ ${problem}`);
  const sealed = result.manifestSha256 === undefined ? '' : ` (manifest.json SHA-256 ${result.manifestSha256})`;
  print(
    result.ok
      ? `VERIFIED: ${result.files} files match the manifest${sealed}`
      : `NOT VERIFIED: ${result.problems.length} problem(s)${sealed}`,
  );
  return result.ok ? 0 : 1;
}

/** Runs the CLI; resolves to the exit status. */
export async function runCli(argv: readonly string[], print: Print): Promise<number> {
  let options: ReturnType<typeof parseCli>;
  try {
    options = parseCli(argv);
  } catch (error) {
    print(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) return (print(USAGE), 0);
  if (options.verify !== undefined) return verifyCli(options.verify, print);
  print(
    `voicebank certification against ${options.bankUrl === undefined ? 'the embedded sandbox bank' : safeUrl(options.bankUrl)}`,
  );
  try {
    const result = await runCertification({ ...options, onCheck: (check) => print(progressLine(check)) });
    const failed = result.checks.filter((c) => c.status === 'fail' && c.level === 'required');
    print(
      `\n${result.passed ? 'PASSED' : 'FAILED'}: ${summaryLine(tally(result.checks))} in ${formatMs(result.meta.durationMs)}`,
    );
    if (failed.length > 0) print(`required checks failed: ${failed.map((c) => c.name).join('; ')}`);
    print(`reports: ${Object.values(result.files).join(', ')}`);
    if (result.pdfNotWritten !== undefined) print(`report.pdf not written: ${result.pdfNotWritten}`);
    print(
      `evidence bundle: ${result.bundle.dir} (manifest.json SHA-256 ${result.bundle.manifestSha256}; file this value with the report)`,
    );
    if (result.bundle.zip !== undefined)
      print(`evidence bundle as one file: ${result.bundle.zip} (--verify reads it too)`);
    return result.passed ? 0 : 1;
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    print(`${error.message}\n\n${USAGE}`);
    return 2;
  }
}
