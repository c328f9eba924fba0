import type { CheckResult, CheckStatus } from '../types';

/** `840 ms`, `2.51 s`, `12.3 s`: never a run of four digits, so masked reports stay readable. */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** The mark the CLI and the reports print for a status. */
export function statusMark(status: CheckStatus): string {
  return status === 'pass' ? '✓' : status === 'fail' ? '✗' : '–';
}

/** `pass`, `FAIL`, `not applicable`. */
export function statusWord(status: CheckStatus): string {
  return status === 'pass' ? 'pass' : status === 'fail' ? 'FAIL' : 'not applicable';
}

/** `pass: …`, `FAIL: …`, `not applicable (…)`: the status with the check's finding. */
export function finding(check: Pick<CheckResult, 'status' | 'message'>): string {
  return check.status === 'not-applicable'
    ? `not applicable (${check.message})`
    : `${statusWord(check.status)}: ${check.message}`;
}

/** Counts for a summary line. */
export interface Tally {
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly requiredFailed: number;
  readonly notApplicable: number;
}

/** Counts checks by outcome. */
export function tally(checks: readonly CheckResult[]): Tally {
  const count = (keep: (check: CheckResult) => boolean): number => checks.filter(keep).length;
  return {
    total: checks.length,
    passed: count((c) => c.status === 'pass'),
    failed: count((c) => c.status === 'fail'),
    requiredFailed: count((c) => c.status === 'fail' && c.level === 'required'),
    notApplicable: count((c) => c.status === 'not-applicable'),
  };
}

/** `47 checks: 45 passed, 0 failed, 2 not applicable`. */
export function summaryLine(t: Tally): string {
  return `${t.total} checks: ${t.passed} passed, ${t.failed} failed${t.failed > t.requiredFailed ? ` (${t.failed - t.requiredFailed} info only)` : ''}, ${t.notApplicable} not applicable`;
}

/** The check areas in report order, with headings. */
export const AREAS = [
  ['bank', 'Bank API conformance'],
  ['skill', 'Skill conformance'],
  ['security', 'Security and privacy'],
] as const;

/** `1,234`: thousands grouped, so counts survive masking. */
export const count = (n: number): string => n.toLocaleString('en-US');

/** `45 s`, `15 min`, `2 h`, `1 day`. */
export function formatSeconds(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} day${seconds === 86_400 ? '' : 's'}`;
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${count(seconds)} s`;
}
