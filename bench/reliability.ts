import { systemClock } from '../shared/clock';
import { runReliability, type ReliabilityFigures } from './reliability/run';
import type { Tally } from './reliability/figures';

/**
 * `npm run reliability`: the hostile-input run. Prints figures, asserts nothing but exits 1 when
 * an acceptance rule is broken. Traffic stays on 127.0.0.1; it needs Redis on 127.0.0.1:6379.
 * Full: 10,000 fuzzed requests per endpoint with verification on and 10,000 with it off (20,000 per
 * endpoint); `-- --short` runs 300 of each.
 */
const short = process.argv.includes('--short');
const fmt = (n: number): string => n.toLocaleString('en-US');
const statuses = (t: Tally): string =>
  Object.entries(t.byStatus)
    .sort()
    .map(([s, n]) => `${s}:${fmt(n)}`)
    .join(' ');

function print(f: ReliabilityFigures): void {
  const out = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  out('\n| part | requests | statuses | 5xx | internal text | SSML checked / malformed | full numbers | latency max |');
  out('|---|---|---|---|---|---|---|---|');
  const row = (name: string, t: Tally): void =>
    out(
      `| ${name} | ${fmt(t.requests)} | ${statuses(t)} | ${t.fiveXx} | ${t.internal} | ${fmt(t.ssmlChecked)} / ${t.ssmlMalformed} | ${t.leaks} | ${Math.round(t.latencyMaxMs)} ms |`,
    );
  for (const [name, t] of Object.entries(f.fuzz)) row(`fuzz ${name}`, t);
  row('hostile bank text (planted numbers, broken characters)', f.hostile);
  row('**total**', f.total);
  out('');
  out(
    `forged Alexa requests: ${f.forged.asExpected}/${f.forged.total} as expected (control accepted, forgeries refused)`,
  );
  out(`Dialogflow secret cases: ${f.secret.asExpected}/${f.secret.total} as expected`);
  out(`bank fault matrix: ${f.faults.asExpected}/${f.faults.total} answered 200 with speech`);
  out(
    `PIN race, two instances on one Redis: ${f.pin.rounds} bursts of 8, ${f.pin.guesses} replies; most PINs checked in a burst ${f.pin.mostChecked} (limit ${f.pin.maxAttempts}); balances after the limit ${f.pin.balancesAfterLimit}`,
  );
  out(
    `stacked worst case (cold certificate 1.9 s + hanging time-zone lookup + bank 9 s): HTTP ${f.stacked.status} in ${Math.round(f.stacked.ms)} ms, ${f.stacked.apologised ? 'apology spoken' : 'NO apology'} (limit 6,500 ms)`,
  );
  out(
    `SIGTERM under load (16 keep-alive clients): ${fmt(f.sigterm.answered)} answered, ${f.sigterm.answeredAfterSignal} after the signal (${f.sigterm.closedAfterSignal} with Connection: close), ${f.sigterm.resets} reset, ${f.sigterm.refused} new connections refused, exit ${String(f.sigterm.exitCode)}`,
  );
  for (const example of f.total.examples) out(`example: ${example}`);
  out(f.violations.length === 0 ? '\nall acceptance figures hold' : `\nBROKEN:\n- ${f.violations.join('\n- ')}`);
}

async function main(): Promise<void> {
  const started = systemClock.monotonicMs();
  const figures = await runReliability({
    fuzzPerEndpoint: short ? 300 : 10_000,
    hostileRounds: short ? 2 : 20,
    sigtermAfter: short ? 100 : 1000,
    clock: systemClock,
    seed: 13,
    log: (line) => process.stdout.write(`… ${line}\n`),
  });
  print(figures);
  process.stdout.write(`(${Math.round((systemClock.monotonicMs() - started) / 1000)} s)\n`);
  process.exit(figures.violations.length === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `reliability run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(2);
});
