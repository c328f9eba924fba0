import type { CheckResult, RunMeta } from '../types';

/** Everything a report renders. */
export interface ReportData {
  readonly meta: RunMeta;
  readonly checks: readonly CheckResult[];
  readonly passed: boolean;
}
