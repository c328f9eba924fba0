import { buildThrowawayPki } from '../../certify/security/throwaway-ca';
import type { Clock } from '../../shared/clock';
import { startSandbox } from '../../sandbox';
import { dialogflowSecret, faultMatrix, forgedAlexa, hostileText, type CaseCount } from './cases';
import { merge, newTally, type Tally } from './figures';
import { fuzzEndpoint } from './fuzz-run';
import { startHostileBank } from './hostile-bank';
import { pinRace, type PinRaceFigures } from './pin-race';
import { sigtermUnderLoad, type SigtermFigures } from './sigterm';
import { stackedWorstCase, type StackedFigures } from './stacked';
import { startTarget } from './targets';

export interface ReliabilityOptions {
  /** Fuzzed requests per endpoint and verification mode (the full run: 10,000, so 20,000 per endpoint). */
  readonly fuzzPerEndpoint: number;
  /** Rounds of every question through both platforms against the hostile bank. */
  readonly hostileRounds: number;
  /** Answers before SIGTERM is sent in the drain section. */
  readonly sigtermAfter: number;
  readonly clock: Clock;
  readonly seed: number;
  readonly log?: (line: string) => void;
}

export interface ReliabilityFigures {
  readonly fuzz: Readonly<Record<string, Tally>>;
  readonly forged: CaseCount;
  readonly secret: CaseCount;
  readonly faults: CaseCount;
  readonly hostile: Tally;
  readonly pin: PinRaceFigures;
  readonly stacked: StackedFigures;
  readonly sigterm: SigtermFigures;
  /** Everything, for the totals. */
  readonly total: Tally;
  /** Each acceptance rule broken, in words; empty when all hold. */
  readonly violations: readonly string[];
}

function violations(f: Omit<ReliabilityFigures, 'violations'>): string[] {
  const broken: string[] = [];
  const t = f.total;
  if (t.fiveXx > 0) broken.push(`${t.fiveXx} answers with a 5xx`);
  if ((t.byStatus['0'] ?? 0) > 0) broken.push(`${t.byStatus['0'] ?? 0} requests without an answer`);
  if (t.internal > 0) broken.push(`${t.internal} bodies with internal text`);
  if (t.ssmlMalformed > 0) broken.push(`${t.ssmlMalformed} malformed SSML documents`);
  if (t.leaks > 0) broken.push(`${t.leaks} answers with a full bank number`);
  for (const [name, c] of [
    ['forged Alexa', f.forged],
    ['Dialogflow secret', f.secret],
    ['bank fault', f.faults],
  ] as const) {
    if (c.asExpected !== c.total) broken.push(`${name} cases: ${c.failures.join('; ')}`);
  }
  if (f.pin.balancesAfterLimit > 0) broken.push(`${f.pin.balancesAfterLimit} balances after the PIN limit`);
  if (f.pin.mostChecked > f.pin.maxAttempts)
    broken.push(`${f.pin.mostChecked} PINs checked in one burst (limit ${f.pin.maxAttempts})`);
  if (f.stacked.status !== 200 || !f.stacked.apologised || f.stacked.ms > 6500)
    broken.push(`stacked worst case: HTTP ${f.stacked.status} in ${Math.round(f.stacked.ms)} ms`);
  if (f.sigterm.resets > 0 || f.sigterm.exitCode !== 0)
    broken.push(`SIGTERM under load: ${f.sigterm.resets} resets, exit ${String(f.sigterm.exitCode)}`);
  return broken;
}

/** The whole hostile-input run, on 127.0.0.1 only; it stops by itself. */
export async function runReliability(options: ReliabilityOptions): Promise<ReliabilityFigures> {
  const { clock, log = () => undefined } = options;
  const pki = await buildThrowawayPki(clock.epochMs());
  const sandbox = await startSandbox({ port: 0, clock });
  const hostileBank = await startHostileBank(clock);
  try {
    const fuzz: Record<string, Tally> = {};
    for (const verify of [true, false]) {
      const target = await startTarget({ bankUrl: sandbox.url, clock, pki, verify });
      try {
        for (const endpoint of ['/alexa', '/google'] as const) {
          log(`fuzzing ${endpoint} with verification ${verify ? 'on' : 'off'} (${options.fuzzPerEndpoint} requests)`);
          fuzz[`${endpoint} verification ${verify ? 'on' : 'off'}`] = await fuzzEndpoint(
            target,
            endpoint,
            options.fuzzPerEndpoint,
            pki,
            clock,
            options.seed + (verify ? 1 : 2) + endpoint.length,
            (done) => log(`  ${done} done`),
          );
        }
      } finally {
        await target.close();
      }
    }
    const cases = newTally();
    const secure = await startTarget({ bankUrl: sandbox.url, clock, pki, verify: true });
    const open = await startTarget({ bankUrl: sandbox.url, clock, pki, verify: false });
    const hostileTarget = await startTarget({ bankUrl: hostileBank.url, clock, pki, verify: false });
    let forged: CaseCount;
    let secret: CaseCount;
    let faults: CaseCount;
    let hostile: Tally;
    try {
      log('forged Alexa requests, Dialogflow secret cases, bank fault matrix, hostile bank text');
      forged = await forgedAlexa(secure, pki, clock, cases);
      secret = await dialogflowSecret(secure, clock, cases);
      faults = await faultMatrix(open, clock, cases);
      hostile = await hostileText(hostileTarget, clock, options.hostileRounds);
    } finally {
      await Promise.all([secure.close(), open.close(), hostileTarget.close()]);
    }
    log('concurrent PIN guesses across two instances sharing Redis');
    const pin = await pinRace(sandbox.url, clock);
    log('stacked worst case: cold certificate, hanging time-zone lookup, slow bank');
    const stacked = await stackedWorstCase(sandbox.url, pki, clock);
    log('SIGTERM under load');
    const sigterm = await sigtermUnderLoad(options.sigtermAfter);
    const total = [...Object.values(fuzz), cases, hostile].reduce((all, t) => merge(all, t), newTally());
    const figures = { fuzz, forged, secret, faults, hostile, pin, stacked, sigterm, total };
    return { ...figures, violations: violations(figures) };
  } finally {
    await hostileBank.close();
    await sandbox.close();
  }
}
