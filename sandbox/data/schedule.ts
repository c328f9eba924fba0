import type { DateTime } from 'luxon';
import type { Merchant } from './merchants';
import type { Random } from './random';

/**
 * When a rule fires. Calendar schedules (weekly, biweekly, monthly) depend on the date only, so a
 * given day keeps its items as "today" moves on; `daysAgo` is relative to "today".
 */
export type Schedule =
  /** Every week on `weekday` (luxon: 1 = Monday … 7 = Sunday). */
  | { readonly kind: 'weekly'; readonly weekday: number }
  /** Every 14 days counted from `anchor` (`yyyy-MM-dd`, any past or future occurrence). */
  | { readonly kind: 'biweekly'; readonly anchor: string }
  /** Every month on `day`, moved to the month's last day when the month is shorter. */
  | { readonly kind: 'monthly'; readonly day: number }
  /** On any day with probability `perDay`. */
  | { readonly kind: 'chance'; readonly perDay: number }
  /** Exactly `days` days before today (1 = yesterday). */
  | { readonly kind: 'daysAgo'; readonly days: readonly number[] };

/** One recurring (or one-off) kind of transaction on an account. */
export interface Rule {
  readonly merchant: Merchant;
  readonly schedule: Schedule;
  /** Inclusive range of the absolute amount in cents; equal ends make a fixed amount. */
  readonly cents: readonly [number, number];
  /** Defaults to DEBIT. */
  readonly memo?: 'DEBIT' | 'CREDIT' | 'MEMO';
  /** Still pending (not posted); use with `daysAgo` 1 or 2. */
  readonly pending?: boolean;
  /** Inclusive range of the local hour it happens at; defaults to 7–21. */
  readonly hours?: readonly [number, number];
}

const DAY_MS = 86_400_000;

function daysBetween(anchor: string, day: DateTime): number {
  const [y, m, d] = anchor.split('-').map(Number);
  const anchorUtc = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  const dayUtc = Date.UTC(day.year, day.month - 1, day.day);
  return Math.round((dayUtc - anchorUtc) / DAY_MS);
}

/** Whether `schedule` fires on `day`, which is `daysAgo` days before today. May draw from `random`. */
export function fires(schedule: Schedule, day: DateTime, daysAgo: number, random: Random): boolean {
  switch (schedule.kind) {
    case 'weekly':
      return day.weekday === schedule.weekday;
    case 'biweekly':
      return ((daysBetween(schedule.anchor, day) % 14) + 14) % 14 === 0;
    case 'monthly':
      return day.day === Math.min(schedule.day, day.daysInMonth ?? 28);
    case 'chance':
      return random() < schedule.perDay;
    case 'daysAgo':
      return schedule.days.includes(daysAgo);
  }
}
