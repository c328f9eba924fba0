import { splitTokens } from '../mask';
import type { SeenData } from '../seen-data';

/** Something that must never reach a log line, and how to spot it. */
export interface Needle {
  readonly kind: 'token' | 'amount' | 'account-number fragment' | 'PIN' | 'Authorization header';
  readonly found: (line: string) => boolean;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const substring =
  (value: string) =>
  (line: string): boolean =>
    line.includes(value);
/** A whole number: not inside a longer number, word or UUID (request ids are full of digit runs). */
const wholeNumber = (digits: string): ((line: string) => boolean) => {
  const pattern = new RegExp(`(?<![\\w-])${digits}(?![\\w-])`);
  return (line) => pattern.test(line);
};

/** The written forms of an amount: `1,254.30`, `1254.30` and, for fractions, the JSON `1254.3`. */
export function amountForms(amount: number): string[] {
  const cents = Math.round(Math.abs(amount) * 100);
  const whole = Math.floor(cents / 100);
  const fraction = String(cents % 100).padStart(2, '0');
  const forms = [`${whole.toLocaleString('en-US')}.${fraction}`, `${whole}.${fraction}`];
  if (cents % 100 !== 0) forms.push(String(Math.abs(amount)));
  return [...new Set(forms)];
}

function amountNeedle(amount: number): Needle {
  const patterns = amountForms(amount).map((form) => new RegExp(`(?<![\\d.,])${escapeRegExp(form)}(?!\\d)`));
  return { kind: 'amount', found: (line) => patterns.some((pattern) => pattern.test(line)) };
}

/**
 * Every value the run saw that a log line must not carry, looked for by its exact value. Whole-dollar
 * zero is left out (it says nothing), and so are tokens too short to tell apart from ordinary text
 * (see {@link splitTokens}; the log-scan check warns about them).
 */
export function needlesFor(seen: SeenData): Needle[] {
  return [
    ...splitTokens(seen.tokens).scanned.map((token): Needle => ({ kind: 'token', found: substring(token) })),
    ...[...seen.amounts].filter((amount) => amount > 0).map(amountNeedle),
    ...[...seen.last4s].map((digits): Needle => ({ kind: 'account-number fragment', found: wholeNumber(digits) })),
    ...[...seen.maskedNumbers].map(
      (display): Needle => ({ kind: 'account-number fragment', found: substring(display) }),
    ),
    ...[...seen.pins].map((pin): Needle => ({ kind: 'PIN', found: wholeNumber(pin) })),
    { kind: 'Authorization header', found: (line) => /\bBearer\s/.test(line) },
  ];
}

/** The first line carrying a needle, as the kind found and the line's message (never the value). */
export function firstLeak(
  lines: readonly string[],
  needles: readonly Needle[],
): { kind: string; message: string; line: number } | undefined {
  for (const [index, line] of lines.entries()) {
    const needle = needles.find((candidate) => candidate.found(line));
    if (needle) return { kind: needle.kind, message: messageOf(line), line: index + 1 };
  }
  return undefined;
}

function messageOf(line: string): string {
  try {
    const parsed = JSON.parse(line) as { msg?: unknown };
    return typeof parsed.msg === 'string' ? parsed.msg : '(no message)';
  } catch {
    return '(not JSON)';
  }
}
