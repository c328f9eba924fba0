import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawExchange } from '../bank/raw-http';
import type { RunContext } from '../context';
import { maskJson, type Masker } from '../mask';
import { displayUrl } from '../report/meta';
import type { Recorded } from '../service/recording-poster';
import type { RunMeta } from '../types';
import { buildInfo } from './build-info';
import { configurationOf } from './configuration';

/** The folder of the bundle that holds the raw material (the reports sit beside it). */
export const EVIDENCE_DIR = 'evidence';

const HEADER_SECRETS = /^(?:authorization|x-voicebank-secret|cookie|set-cookie|proxy-authorization)$/i;

/** Headers with credentials replaced and every value masked. */
function maskHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>,
  mask: Masker,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers)
      .filter((entry): entry is [string, string | string[]] => entry[1] !== undefined)
      .map(([name, value]) => [
        name,
        HEADER_SECRETS.test(name) ? '[token]' : mask(Array.isArray(value) ? value.join(', ') : value),
      ]),
  );
}

/** A bank exchange as the raw observer saw it: the headers it sent, the answer masked field by field. */
function bankRecord(exchange: RawExchange, mask: Masker): unknown {
  const sent = {
    authorization: 'Bearer [token]',
    'x-fapi-interaction-id': exchange.interactionId,
    'fdx-api-actor-type': 'USER',
    accept: 'application/json',
  };
  const body = exchange.json === undefined ? mask(exchange.text) : maskJson(exchange.json, '', mask);
  return {
    request: { line: mask(exchange.summary), headers: sent },
    response:
      exchange.status === undefined
        ? { error: mask(exchange.error ?? 'no answer') }
        : { status: exchange.status, headers: maskHeaders(exchange.headers, mask), body },
    ms: exchange.ms,
  };
}

/** A voice request and its answer, both masked. */
function voiceRecord(record: Recorded, mask: Masker): unknown {
  return {
    request: {
      line: `POST ${record.path}`,
      headers: maskHeaders(record.headers, mask),
      body: maskJson(record.request, '', mask),
    },
    response: { status: record.status, body: maskJson(record.body, '', mask) },
  };
}

/** A log line masked: JSON field by field (timings, levels and statuses kept), other text as text. */
function logLine(line: string, mask: Masker): string {
  try {
    return JSON.stringify(maskJson(JSON.parse(line), '', mask));
  } catch {
    return mask(line);
  }
}

/** Plain JSON of a typed value (luxon dates become ISO strings), so masking sees what a file would hold. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
const jsonl = (items: readonly unknown[]): string => items.map((item) => `${JSON.stringify(item)}\n`).join('');
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

const README = `Evidence bundle of a voicebank certification run. Every file is masked: amounts, account
numbers, PINs and tokens are replaced; dates, HTTP statuses, counts and timings are kept.

bank-exchanges.jsonl          every request the kit sent to the bank over raw HTTP, with the answer
voice-exchanges.jsonl         every Alexa and Dialogflow request of the behaviour checks, with the answer
verification-exchanges.jsonl  every signed, forged and secret-bearing request of the security checks, with the answer
client-calls.jsonl            every call of the service's own FDX client (the services' bank calls): what it asked, the typed result or error, the time
service-log.jsonl             every log line of the in-process services and bank clients (debug level)
configuration.json            the settings of the run and the deployment settings read (secrets redacted)
build.json                    version, commit, runtime, dependency versions and a SHA-256 of every source file

../manifest.json lists a SHA-256 of every file of the bundle; \`npm run certify -- --verify DIR\` recomputes them.
`;

/** Writes the evidence folder of the bundle into `outDir`, replacing one left by an earlier run. */
export function writeEvidence(outDir: string, ctx: RunContext, meta: RunMeta, mask: Masker): string {
  const dir = join(outDir, EVIDENCE_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: ReadonlyArray<readonly [string, string]> = [
    ['README.txt', README],
    ['bank-exchanges.jsonl', jsonl(ctx.raw.exchanges.map((e) => bankRecord(e, mask)))],
    ['voice-exchanges.jsonl', jsonl(ctx.posts.map((r) => voiceRecord(r, mask)))],
    ['verification-exchanges.jsonl', jsonl(ctx.forged.map((r) => voiceRecord(r, mask)))],
    ['client-calls.jsonl', jsonl(ctx.clientCalls.map((call) => maskJson(asJson(call), '', mask)))],
    ['service-log.jsonl', ctx.capture.lines.map((line) => `${logLine(line, mask)}\n`).join('')],
    ['configuration.json', json(configurationOf(ctx.settings, displayUrl(ctx.bankUrl), meta))],
    ['build.json', json(buildInfo())],
  ];
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return dir;
}
