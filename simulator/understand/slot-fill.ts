import type { DateTime } from 'luxon';
import type { CatalogueLocale } from '../../interaction-models/catalogue/locale';
import { CUSTOM_TYPE_IDS, isCustomType } from '../../interaction-models/catalogue/slots';
import type { CustomSlotType, SlotDef } from '../../interaction-models/catalogue/types';
import { parseDatePhrase } from './date-phrases';
import { parseDuration, type Duration } from './durations';
import { parseDigits, parseNumber } from './numbers';
import type { Period } from './periods';
import { toWords } from './words';

/** What a slot was filled with: the words heard, and what they mean for the slot's type. */
export type Fill =
  | { readonly kind: 'custom'; readonly heard: string; readonly canonical?: string }
  | { readonly kind: 'digits'; readonly heard: string; readonly digits: string }
  | { readonly kind: 'number'; readonly heard: string; readonly value: number }
  | { readonly kind: 'date'; readonly heard: string; readonly period: Period }
  | { readonly kind: 'duration'; readonly heard: string; readonly duration: Duration };

/** The values and synonyms of a locale's custom slot types, looked up by their words. */
export class Vocabulary {
  private readonly tables = new Map<CustomSlotType, Map<string, string>>();

  constructor(locale: CatalogueLocale) {
    for (const type of CUSTOM_TYPE_IDS) {
      const table = new Map<string, string>();
      for (const { value, synonyms } of locale.values[type]) {
        for (const said of [value, ...synonyms]) table.set(toWords(said).join(' '), value);
      }
      this.tables.set(type, table);
    }
  }

  /** The canonical value these words name, as entity resolution would find it. */
  canonical(type: CustomSlotType, words: readonly string[]): string | undefined {
    return this.tables.get(type)?.get(words.join(' '));
  }
}

/**
 * The words as a value of the slot's type, or undefined when they cannot be one. Unknown words in
 * a custom slot are kept as heard (platforms do that); the matcher decides whether to believe them.
 */
export function fillSlot(
  slot: SlotDef,
  words: readonly string[],
  vocabulary: Vocabulary,
  today: DateTime,
): Fill | undefined {
  const heard = words.join(' ');
  if (isCustomType(slot.type)) {
    const canonical = vocabulary.canonical(slot.type, words);
    return { kind: 'custom', heard, ...(canonical === undefined ? {} : { canonical }) };
  }
  switch (slot.type) {
    case 'AMAZON.FOUR_DIGIT_NUMBER': {
      const digits = parseDigits(words);
      return digits && /^\d{4}$/.test(digits) ? { kind: 'digits', heard, digits } : undefined;
    }
    case 'AMAZON.NUMBER': {
      const value = parseNumber(words);
      return value === undefined ? undefined : { kind: 'number', heard, value };
    }
    case 'AMAZON.DATE': {
      // "last week's purchases": the possessive names the same period as "last week".
      const last = words.at(-1) ?? '';
      const plain = last.endsWith("'s") ? [...words.slice(0, -1), last.slice(0, -2)] : words;
      const period = parseDatePhrase(plain, today);
      return period ? { kind: 'date', heard, period } : undefined;
    }
    case 'AMAZON.DURATION': {
      const duration = parseDuration(words);
      return duration ? { kind: 'duration', heard, duration } : undefined;
    }
  }
}

/** True when the fill is a custom value no list knows: a guess the matcher scores down. */
export const isGuess = (fill: Fill): boolean => fill.kind === 'custom' && fill.canonical === undefined;
