/**
 * Sensitive values the run came across — tokens, the bank's amounts, account-number fragments and
 * PINs — collected so the log scan can look for each and the reports can mask the tokens.
 */

/** FDX number fields that are counts or codes, not money. */
const NOT_MONEY = new Set([
  'totalElements',
  'totalPages',
  'code',
  'limit',
  'offset',
  'nextOffset',
  'merchantCategoryCode',
]);
/** FDX fields that carry (masked) account numbers. */
const NUMBER_FIELDS = new Set(['accountNumber', 'accountNumberDisplay']);

import type { Secrets } from './mask';

/** Values to look for, by kind. */
export class SeenData {
  readonly tokens = new Set<string>();
  /** Amounts as the bank sent them (decimal dollars, any sign). */
  readonly amounts = new Set<number>();
  readonly last4s = new Set<string>();
  /** Account numbers as displayed, e.g. `...4821`. */
  readonly maskedNumbers = new Set<string>();
  readonly pins = new Set<string>();

  /** What every masked text must hide: the tokens, and the last fours and PINs as whole numbers. */
  secrets(): Secrets {
    return { tokens: this.tokens, numbers: [...this.last4s, ...this.pins] };
  }

  /** Remembers a token (and any other secret that must never be shown or logged). */
  addToken(token: string | undefined): void {
    if (token) this.tokens.add(token);
  }

  /** Walks a parsed FDX body and remembers its amounts and account numbers. */
  noteBody(value: unknown, key = ''): void {
    if (Array.isArray(value)) {
      for (const item of value) this.noteBody(item, key);
    } else if (typeof value === 'number') {
      if (!NOT_MONEY.has(key) && Number.isFinite(value)) this.amounts.add(Math.abs(value));
    } else if (typeof value === 'string') {
      if (NUMBER_FIELDS.has(key)) this.noteAccountNumber(value);
    } else if (typeof value === 'object' && value !== null) {
      for (const [name, inner] of Object.entries(value)) this.noteBody(inner, name);
    }
  }

  /** Four-digit codes a user says in a dialog (`4 8 2 6`, `my pin is 4826`). */
  notePins(utterance: string): void {
    if (!/\bpin\b|^[\d\s]+$/i.test(utterance.trim())) return;
    const joined = utterance.replace(/\b(\d)\s+(?=\d\b)/g, '$1');
    for (const match of joined.matchAll(/\b\d{4}\b/g)) this.pins.add(match[0]);
  }

  private noteAccountNumber(display: string): void {
    const digits = display.replace(/\D/g, '');
    if (digits.length < 4) return;
    this.maskedNumbers.add(display.trim());
    this.last4s.add(digits.slice(-4));
  }
}
