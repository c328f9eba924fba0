import type { DateTime } from 'luxon';
import type { DateRange } from '../bank/types';
import { formatDate } from './format';

/**
 * The period said back to the user: "On November 3", "Between November 1 and November 30";
 * short spans carry weekdays ("Between Saturday, November 21 and Sunday, November 22").
 */
export function periodPhrase(range: DateRange, today: DateTime, locale: string): string {
  const first = range.start.startOf('day');
  const last = range.end.startOf('day');
  const days = Math.round(last.diff(first, 'days').days) + 1;
  const day = (d: DateTime): string => (days <= 7 ? `${d.setLocale(locale).toFormat('cccc')}, ` : '') + formatDate(d, today, locale);
  if (days <= 1) return `On ${day(first)}`;
  return `Between ${day(first)} and ${day(last)}`;
}

/** "today", "tomorrow", "in 5 days", "3 days ago" for a calendar date relative to today. */
export function relativeDays(date: DateTime, today: DateTime): { days: number; words: string } {
  const days = Math.round(date.startOf('day').diff(today.startOf('day'), 'days').days);
  if (days === 0) return { days, words: 'today' };
  if (days === 1) return { days, words: 'tomorrow' };
  if (days === -1) return { days, words: 'yesterday' };
  return { days, words: days > 0 ? `in ${days} days` : `${-days} days ago` };
}
