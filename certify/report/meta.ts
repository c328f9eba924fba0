import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANSWER_DEADLINE_MS, type Settings } from '../options';
import { repoRoot } from '../paths';
import { formatMs } from './format';

const ROOT = repoRoot();

/** `version` of the service's package.json, or `unknown`. */
export function serviceVersion(): string {
  try {
    const version: unknown = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version?: unknown })
      .version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** `git rev-parse HEAD` of the service's checkout, or `unknown` (no git, not a checkout). */
export function gitCommit(): string {
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    })
      .toString()
      .trim();
    return /^[0-9a-f]{40}$/.test(out) ? out : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The URL without userinfo, query or fragment: reports must not carry credentials. */
export function displayUrl(text: string): string {
  const url = new URL(text);
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/+$/, '');
}

/** The settings of the run as label/value pairs, without any token or secret. */
export function configurationRows(settings: Settings, sandbox: boolean): Array<readonly [string, string]> {
  return [
    ['bank', sandbox ? 'the embedded sandbox bank on 127.0.0.1' : 'an external FDX bank'],
    [
      'test customer',
      sandbox && settings.token === 'demo-alex'
        ? "the sandbox's demo customer Alex (the default)"
        : 'the token given (never shown)',
    ],
    [
      'expired token',
      settings.expiredToken === undefined
        ? 'not given'
        : sandbox
          ? "the sandbox's expired-token fault"
          : 'the token given (never shown)',
    ],
    ['latency samples per endpoint', String(settings.samples)],
    ['voice budget per bank call (BANK_TIMEOUT_MS)', formatMs(settings.bankTimeoutMs)],
    ['turn deadline (TURN_DEADLINE_MS)', formatMs(settings.turnDeadlineMs)],
    ['platform deadline every answer must beat', `${formatMs(ANSWER_DEADLINE_MS)} (Dialogflow; Alexa allows 8 s)`],
    ['time zone (DEFAULT_TIME_ZONE)', settings.zone],
    [
      'behaviour checks',
      'in-process service, VERIFY_REQUESTS=false (the offline simulator cannot sign like Alexa), PIN_POLICY=off except where a golden dialog sets it, memory state store',
    ],
    [
      'security checks',
      'a second in-process service with VERIFY_REQUESTS=true, ALEXA_SKILL_ID and DIALOGFLOW_SECRET made for this run; Alexa certificates from a throwaway CA made at run time, served from memory',
    ],
    ['logs', 'every line of every service and bank client at debug level, captured and scanned'],
    ['network', sandbox ? 'loopback only' : 'loopback and the bank URL only'],
  ];
}
