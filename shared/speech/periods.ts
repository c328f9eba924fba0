import type { DateTime } from 'luxon';
import type { DateRange } from '../bank/types';
import { formatDate } from './format';

/**
 * The period said back to the user the way people say it (issue 14): "Yesterday", "On Tuesday",
 * "Last weekend, December 26 and 27", "Last week, November 23 to 29", "Last month, in November",
 * "In October", "So far this month", "In the last 30 days, since November 2", "From November 2 to 14".
 * A relative name ("last weekend", "last month") pins the dates, so they carry no year; other dates
 * carry the year only when it is not today's. The phrase opens a sentence; `lowerFirst` fits it inside one.
 */
export function periodPhrase(range: DateRange, today: DateTime, locale: string): string {
  const first = range.start.startOf('day');
  const last = range.end.startOf('day');
  const now = today.startOf('day');
  const days = Math.round(last.diff(first, 'days').days) + 1;
  const date = (d: DateTime): string => formatDate(d, today, locale);
  if (days <= 1) return onePhrase(first, now, locale, date);
  const named = namedSpan(first, last, now, locale, date);
  if (named) return named;
  if (last.hasSame(now, 'day')) return `In the last ${days} days, since ${date(first)}`;
  return `From ${date(first)} to ${first.hasSame(last, 'month') && first.year === last.year ? String(last.day) : date(last)}`;
}

/** The phrase inside a sentence: "you spent nothing last month" ("Last" → "last"; month names keep their capital). */
export function lowerFirst(phrase: string): string {
  return /^(On|In|From|Last|Yesterday|Today|So|Since|This|The)\b/.test(phrase)
    ? phrase.charAt(0).toLowerCase() + phrase.slice(1)
    : phrase;
}

/** "since September 3": the part of a range the bank's history covers, said after "your bank shares the last 90 days". */
export function sincePhrase(range: DateRange, today: DateTime, locale: string): string {
  const last = range.end.startOf('day');
  const first = formatDate(range.start, today, locale);
  return last.hasSame(today, 'day') ? `since ${first}` : `from ${first} to ${formatDate(last, today, locale)}`;
}

function onePhrase(day: DateTime, now: DateTime, locale: string, date: (d: DateTime) => string): string {
  const back = Math.round(now.diff(day, 'days').days);
  if (back === 0) return 'Today';
  if (back === 1) return 'Yesterday';
  if (back > 1 && back < 7) return `On ${day.setLocale(locale).toFormat('cccc')}`;
  return `On ${date(day)}`;
}

/** Dates without the year, for spans a relative name already places. */
function shortDate(d: DateTime, locale: string): string {
  return d.setLocale(locale).toLocaleString({ month: 'long', day: 'numeric' });
}

/** "December 26 and 27" / "January 31 and February 1". */
function pair(a: DateTime, b: DateTime, locale: string, joiner: string): string {
  return `${shortDate(a, locale)}${joiner}${a.hasSame(b, 'month') ? String(b.day) : shortDate(b, locale)}`;
}

function namedSpan(
  first: DateTime,
  last: DateTime,
  now: DateTime,
  locale: string,
  date: (d: DateTime) => string,
): string | undefined {
  const days = Math.round(last.diff(first, 'days').days) + 1;
  const month = first.setLocale(locale).toFormat('LLLL');
  const monthStart = first.day === 1;
  // A weekend: Saturday and Sunday.
  if (days === 2 && first.weekday === 6) {
    const thisWeekend = now >= first && now <= last;
    if (thisWeekend) return 'This weekend';
    if (now.diff(last, 'days').days <= 7) return `Last weekend, ${pair(first, last, locale, ' and ')}`;
    return `The weekend of ${pair(first, last, locale, ' and ')}`;
  }
  // A week: Monday to Sunday, or Monday to today.
  if (first.weekday === 1 && (days === 7 || (last.hasSame(now, 'day') && days < 7))) {
    if (last.hasSame(now, 'day') || (now >= first && now <= last)) return 'This week so far';
    if (now.diff(last, 'days').days <= 7) return `Last week, ${pair(first, last, locale, ' to ')}`;
    return `The week of ${date(first)}`;
  }
  // A calendar month, whole or so far.
  if (
    monthStart &&
    (last.hasSame(first.endOf('month'), 'day') || (last.hasSame(now, 'day') && first.hasSame(now, 'month')))
  ) {
    if (first.hasSame(now, 'month')) return 'So far this month';
    if (first.hasSame(now.minus({ months: 1 }), 'month')) return `Last month, in ${month}`;
    return first.year === now.year ? `In ${month}` : `In ${month} ${first.year}`;
  }
  // A calendar year, whole or so far.
  if (
    monthStart &&
    first.month === 1 &&
    (last.hasSame(first.endOf('year'), 'day') || (last.hasSame(now, 'day') && first.year === now.year))
  ) {
    if (first.year === now.year) return 'So far this year';
    return first.year === now.year - 1 ? `Last year, in ${first.year}` : `In ${first.year}`;
  }
  return undefined;
}

/** "today", "tomorrow", "in 5 days", "3 days ago" for a calendar date relative to today. */
export function relativeDays(date: DateTime, today: DateTime): { days: number; words: string } {
  const days = Math.round(date.startOf('day').diff(today.startOf('day'), 'days').days);
  if (days === 0) return { days, words: 'today' };
  if (days === 1) return { days, words: 'tomorrow' };
  if (days === -1) return { days, words: 'yesterday' };
  return { days, words: days > 0 ? `in ${days} days` : `${-days} days ago` };
}
