import {
  dayOf,
  decadePeriod,
  isSeason,
  monthPeriod,
  type Period,
  seasonPeriod,
  weekPeriod,
  yearPeriod,
} from '../../../shared';

/**
 * A parsed AMAZON.DATE value: the period for a given year, and the year Alexa sent. `any` is the
 * `XXXX-` form, where the user named no year and the caller picks the most recent one.
 */
export interface DateTemplate {
  readonly year: number | 'any';
  readonly build: (year: number) => Period | undefined;
}

type Rule = readonly [RegExp, (match: RegExpExecArray) => DateTemplate | undefined];

const YEAR = '(\\d{4}|XXXX)';

/** Undefined parts become NaN, which every period builder rejects as an invalid date. */
function int(text: string | undefined): number {
  return text === undefined ? Number.NaN : Number.parseInt(text, 10);
}

function yearOf(text: string | undefined): number | 'any' {
  return text === 'XXXX' ? 'any' : int(text);
}

/** One rule per form Alexa documents; anything else is malformed. */
const RULES: readonly Rule[] = [
  [
    new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})$`),
    (m) => ({ year: yearOf(m[1]), build: (y) => dayOf(y, int(m[2]), int(m[3])) }),
  ],
  [new RegExp(`^${YEAR}-W(\\d{2})$`), (m) => ({ year: yearOf(m[1]), build: (y) => weekPeriod(y, int(m[2]), false) })],
  [new RegExp(`^${YEAR}-W(\\d{2})-WE$`), (m) => ({ year: yearOf(m[1]), build: (y) => weekPeriod(y, int(m[2]), true) })],
  [new RegExp(`^${YEAR}-(\\d{2})$`), (m) => ({ year: yearOf(m[1]), build: (y) => monthPeriod(y, int(m[2])) })],
  [new RegExp(`^${YEAR}-([A-Z]{2})$`), seasonRule],
  [/^(\d{4})$/, (m) => ({ year: int(m[1]), build: yearPeriod })],
  [/^(\d{3})X$/, (m) => ({ year: int(m[1]) * 10, build: decadePeriod })],
];

function seasonRule(match: RegExpExecArray): DateTemplate | undefined {
  const code = match[2] ?? '';
  if (!isSeason(code)) return undefined;
  return { year: yearOf(match[1]), build: (y) => seasonPeriod(y, code) };
}

/** Reads an AMAZON.DATE value other than `PRESENT_REF`; undefined when it is no known form. */
export function parseAmazonDate(value: string): DateTemplate | undefined {
  for (const [pattern, read] of RULES) {
    const match = pattern.exec(value);
    if (match) return read(match);
  }
  return undefined;
}
