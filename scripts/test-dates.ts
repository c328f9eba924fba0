/**
 * `npm run test:dates`: replays the scenario list, the spending-sum check, the PIN scenarios, the
 * golden dialogs (certify/dialogs, through test/simulator/golden.test.ts), the MCP tools (answers equal to the voice's) and the money-movement scenarios
 * (voice and MCP) with the test clock (TEST_NOW) on
 * each of a set of hard dates, one mocha run per date, and prints a line per date. Exits 1 if any
 * date fails.
 */
import { spawnSync } from 'node:child_process';

/** Each instant with the zone offset in force there, and why it is hard. */
export const HARD_DATES: ReadonlyArray<{ readonly at: string; readonly why: string }> = [
  { at: '2025-12-31T23:30:00-05:00', why: "New Year's Eve, half an hour before midnight (UTC is already next year)" },
  { at: '2026-01-01T00:30:00-05:00', why: '1 January, just after midnight: last month and last weekend are last year' },
  { at: '2026-02-28T12:00:00-05:00', why: 'end of a 28-day February' },
  { at: '2028-02-29T12:00:00-05:00', why: 'a leap day' },
  { at: '2026-03-01T08:00:00-05:00', why: '1 March: month-to-date is one day, last month had 28 days' },
  { at: '2026-03-08T03:30:00-04:00', why: 'US daylight saving starts (America/New_York), the hour after the gap' },
  { at: '2026-03-08T03:30:00-07:00', why: 'US daylight saving starts (America/Los_Angeles)' },
  { at: '2026-04-30T21:00:00-04:00', why: 'end of a 30-day month, evening (UTC is the next month)' },
  { at: '2026-05-31T23:59:00-04:00', why: 'end of a 31-day month, a minute before midnight' },
  { at: '2026-11-01T01:30:00-05:00', why: 'US daylight saving ends (America/New_York), the repeated hour' },
  { at: '2026-11-01T01:30:00-08:00', why: 'US daylight saving ends (America/Los_Angeles)' },
  { at: '2026-12-01T09:00:00-05:00', why: 'just after a month-end interest credit' },
  { at: '2026-12-05T09:00:00-05:00', why: 'the day after a biweekly paycheck' },
];

const SUITES = [
  'test/contract/scenarios.test.ts',
  'test/contract/spending.test.ts',
  'test/contract/pin.test.ts',
  'test/simulator/golden.test.ts',
  'test/mcp/tools.test.ts',
  'test/movement/scenarios.test.ts',
  'test/mcp/movement.test.ts',
  'test/conversations/issue-14-rows.test.ts',
];

function runOn(at: string): { ok: boolean; summary: string; output: string } {
  const result = spawnSync(process.execPath, [require.resolve('mocha/bin/mocha.js'), ...SUITES], {
    env: { ...process.env, TEST_NOW: at },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}${result.stderr}`;
  const passing = /(\d+) passing/.exec(output)?.[1] ?? '0';
  const failing = /(\d+) failing/.exec(output)?.[1] ?? '0';
  return { ok: result.status === 0, summary: `${passing} passing, ${failing} failing`, output };
}

function main(): void {
  const only = process.argv.slice(2);
  const dates = only.length > 0 ? only.map((at) => ({ at, why: 'given on the command line' })) : HARD_DATES;
  let failed = 0;
  let passed = 0;
  for (const { at, why } of dates) {
    const run = runOn(at);
    process.stdout.write(`${run.ok ? 'ok  ' : 'FAIL'} ${at}  ${run.summary}  (${why})\n`);
    if (run.ok) passed += 1;
    else {
      failed += 1;
      process.stdout.write(`${run.output.slice(run.output.indexOf('failing') - 8)}\n`);
    }
  }
  process.stdout.write(`dates: ${passed} passed, ${failed} failed\n`);
  process.exit(failed === 0 ? 0 : 1);
}

if (require.main === module) main();
