import type { DateTime } from 'luxon';
import { minorDigits, type Money } from '../money/money';

const FORMATTERS = new Map<string, Intl.NumberFormat>();

/** Building an Intl.NumberFormat costs more than formatting with it; locales × currencies are few. */
function currencyFormatter(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    if (FORMATTERS.size < 200) FORMATTERS.set(key, formatter);
  }
  return formatter;
}

/**
 * Money as people say it: "$1,254.30". Built from the integer minor units as a decimal string so
 * no floating-point division happens on the way (Intl accepts decimal strings since ES2023).
 */
export function formatMoney(amount: Money, locale: string, options: { absolute?: boolean } = {}): string {
  const minor = options.absolute ? Math.abs(amount.minor) : amount.minor;
  const digits = minorDigits(amount.currency);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  const decimal = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  const formatter = currencyFormatter(locale, amount.currency);
  // Intl.NumberFormat.format takes a decimal string at run time; its typings in lib ES2023 lag behind.
  return formatter.format(`${sign}${decimal}` as unknown as number);
}

/**
 * A past day relative to today in the user's zone: "today", "yesterday", a weekday within the
 * last week, else "November 3" (with the year when it is not this year).
 */
export function formatPastDay(day: DateTime, today: DateTime, locale: string): string {
  const days = Math.round(today.startOf('day').diff(day.startOf('day'), 'days').days);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days > 1 && days < 7) return day.setLocale(locale).toFormat('cccc');
  return formatDate(day, today, locale);
}

/** "November 3", or "November 3, 2025" when the year differs from today's. */
export function formatDate(day: DateTime, today: DateTime, locale: string): string {
  const sameYear = day.year === today.year;
  return day
    .setLocale(locale)
    .toLocaleString(sameYear ? { month: 'long', day: 'numeric' } : { month: 'long', day: 'numeric', year: 'numeric' });
}
