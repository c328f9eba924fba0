import { parseNumber } from './numbers';

/** A span ending today: `amount` of `unit`. */
export interface Duration {
  readonly amount: number;
  readonly unit: 'D' | 'W' | 'M' | 'Y';
}

const UNIT_WORDS: Readonly<Record<string, Duration['unit']>> = {
  day: 'D',
  days: 'D',
  week: 'W',
  weeks: 'W',
  month: 'M',
  months: 'M',
  year: 'Y',
  years: 'Y',
};

/** "two weeks", "30 days", "a month", "week", "fortnight"; undefined when the words are not a span. */
export function parseDuration(words: readonly string[]): Duration | undefined {
  if (words.length === 1 && words[0] === 'fortnight') return { amount: 2, unit: 'W' };
  const unitWord = words.at(-1);
  const unit = unitWord !== undefined && Object.hasOwn(UNIT_WORDS, unitWord) ? UNIT_WORDS[unitWord] : undefined;
  if (!unit) return undefined;
  const amount = words.length === 1 ? 1 : parseNumber(words.slice(0, -1));
  return amount !== undefined && amount > 0 && amount <= 1000 ? { amount, unit } : undefined;
}

/** ISO 8601, as AMAZON.DURATION sends it: `P2W`, `P30D`. */
export function isoDuration(duration: Duration): string {
  return `P${duration.amount}${duration.unit}`;
}
