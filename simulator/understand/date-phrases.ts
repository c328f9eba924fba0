import type { DateTime } from 'luxon';
import { parseDayOfMonth, parseNumber } from './numbers';
import type { Period } from './periods';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const SHORT_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const UNITS = ['week', 'weekend', 'month', 'year'] as const;
type Unit = (typeof UNITS)[number];

/** Words before a period that do not change it: "on Monday", "in October", "during last week". */
const LEAD_INS = new Set(['on', 'in', 'for', 'during', 'over']);

const monthOf = (word: string | undefined): number | undefined => {
  const index = word === undefined ? -1 : Math.max(MONTHS.indexOf(word), SHORT_MONTHS.indexOf(word));
  return index >= 0 ? index + 1 : undefined;
};

/** The period of `unit` containing `day`, `shift` units later (negative: earlier). */
function unitPeriod(unit: Unit, today: DateTime, shift: number): Period {
  if (unit === 'weekend') {
    // The weekend being asked about is never ahead unless said so: on a weekday "this weekend" is the one just gone.
    const saturday = today.startOf('week').plus({ days: 5 });
    const latest = saturday > today ? saturday.minus({ weeks: 1 }) : saturday;
    const weekendToday = today.weekday >= 6;
    return { kind: 'weekend', start: latest.plus({ weeks: shift < 0 && weekendToday ? shift : Math.max(shift, 0) }) };
  }
  const start = today.startOf(unit).plus({ [`${unit}s`]: shift });
  return { kind: unit, start };
}

function relative(words: readonly string[], today: DateTime): Period | undefined {
  const [first, second, third] = words;
  if (words.length === 1 && first === 'today') return { kind: 'day', start: today };
  if (words.length === 1 && first === 'yesterday') return { kind: 'day', start: today.minus({ days: 1 }) };
  if (words.join(' ') === 'the day before yesterday') return { kind: 'day', start: today.minus({ days: 2 }) };
  if (words.at(-1) === 'ago' && (words.at(-2) === 'days' || words.at(-2) === 'day')) {
    const n = parseNumber(words.slice(0, -2));
    return n === undefined ? undefined : { kind: 'day', start: today.minus({ days: n }) };
  }
  const unit = UNITS.find((u) => u === (words.length === 2 ? second : third));
  if (!unit) return undefined;
  const lead = words.length === 2 ? first : `${first ?? ''} ${second ?? ''}`;
  const shift = { this: 0, last: -1, past: -1, previous: -1, next: 1, 'this past': -1, 'the last': -1, 'the past': -1 }[
    lead ?? ''
  ];
  if (shift === undefined) return undefined;
  return unitPeriod(unit, today, unit === 'weekend' && lead === 'this' ? 0 : shift);
}

/** "Monday", "last Monday": the latest such day, today included unless "last" is said. */
function weekday(words: readonly string[], today: DateTime): Period | undefined {
  const last = words.length === 2 && (words[0] === 'last' || words[0] === 'this' || words[0] === 'past');
  const index = WEEKDAYS.indexOf(words[last ? 1 : 0] ?? '');
  if (index < 0 || words.length !== (last ? 2 : 1)) return undefined;
  let back = (today.weekday - (index + 1) + 7) % 7;
  if (back === 0 && words[0] === 'last') back = 7;
  return { kind: 'day', start: today.minus({ days: back }) };
}

/** "October", "October 2025", "November 3", "the third of November", "11/3", "2026-11-03", "2025". */
function calendar(words: readonly string[], today: DateTime): Period | undefined {
  const text = words.join(' ');
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return day(today, Number(iso[2]), Number(iso[3]), Number(iso[1]));
  const slash = /^(\d{1,2})-(\d{1,2})(?:-(\d{4}))?$/.exec(text);
  if (slash) return day(today, Number(slash[1]), Number(slash[2]), slash[3] ? Number(slash[3]) : undefined);
  if (/^(19|20)\d{2}$/.test(text)) return { kind: 'year', start: today.set({ year: Number(text) }).startOf('year') };
  const words2 = words[0] === 'the' ? words.slice(1) : words;
  const ofAt = words2.indexOf('of');
  if (ofAt > 0) {
    const month = monthOf(words2[ofAt + 1]);
    const dom = parseDayOfMonth(words2.slice(0, ofAt));
    return month && dom && words2.length === ofAt + 2 ? day(today, month, dom) : undefined;
  }
  const month = monthOf(words2[0]);
  if (!month) return undefined;
  const rest = words2.slice(1);
  const year = rest.length > 0 && /^(19|20)\d{2}$/.test(rest.at(-1) ?? '') ? Number(rest.at(-1)) : undefined;
  const dayWords = year === undefined ? rest : rest.slice(0, -1);
  if (dayWords.length === 0) return monthPeriod(today, month, year);
  const dom = parseDayOfMonth(dayWords);
  return dom ? day(today, month, dom, year) : undefined;
}

/** A named month without a year is the latest one not in the future. */
function monthPeriod(today: DateTime, month: number, year?: number): Period {
  const y = year ?? (month > today.month ? today.year - 1 : today.year);
  return { kind: 'month', start: today.set({ year: y, month, day: 1 }).startOf('day') };
}

/** A day without a year is the latest one not in the future; impossible days are refused. */
function day(today: DateTime, month: number, dom: number, year?: number): Period | undefined {
  const y = year ?? today.year;
  const candidate = today.set({ year: y, month, day: dom }).startOf('day');
  if (!candidate.isValid || candidate.month !== month || candidate.day !== dom) return undefined;
  return { kind: 'day', start: year === undefined && candidate > today ? candidate.minus({ years: 1 }) : candidate };
}

/**
 * The period a date phrase names, relative to `today` (a DateTime in the user's zone), read
 * plainly towards the past as a banking question is; undefined when the words are not a date.
 */
export function parseDatePhrase(words: readonly string[], today: DateTime): Period | undefined {
  const bare = words.length > 1 && LEAD_INS.has(words[0] ?? '') ? words.slice(1) : words;
  const start = today.startOf('day');
  return relative(bare, start) ?? weekday(bare, start) ?? calendar(bare, start);
}
