/**
 * Speech is carried as an SSML fragment (no <speak> wrapper): dynamic text is escaped here and
 * only here, and the few tags we emit are produced by the helpers below. Adapters wrap it for
 * their platform or turn it into plain text with {@link toPlainText}.
 */

import { maskNumbers } from './mask-numbers';
import { speechSafe } from './safe-text';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Dynamic text made safe for SSML: characters XML cannot carry are dropped (see speechSafe), then
 * the five XML special characters are escaped so a payee called "AT&T" cannot break the response.
 */
export function escapeSsml(text: string): string {
  return speechSafe(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/**
 * Text from outside (the bank's payee, description, nickname, or the user's own words) made safe
 * to say: any number of five or more digits, however punctuated, keeps only its last four
 * (mask-numbers.ts). Then escaped for SSML.
 */
export function bankText(text: string): string {
  return escapeSsml(plainBankText(text));
}

/** {@link bankText} without the SSML escaping, for cards and text channels. */
export function plainBankText(text: string): string {
  return maskNumbers(speechSafe(text));
}

/** Digits read one by one ("4 8 2 1"); anything but digits is refused so no number leaks whole. */
export function sayDigits(digits: string): string {
  if (!/^\d{1,4}$/.test(digits)) throw new Error('sayDigits takes at most four digits');
  return `<say-as interpret-as="digits">${digits}</say-as>`;
}

const UNESCAPES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

/** The fragment as plain text for cards and text channels: tags dropped, entities restored. */
export function toPlainText(ssml: string): string {
  return ssml
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (entity) => UNESCAPES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Alexa's limit for output speech is 8,000 characters; we stay well inside it. */
export const MAX_SPEECH_CHARS = 6000;
