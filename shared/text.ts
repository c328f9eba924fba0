/** Small text and JSON helpers the whole service shares: one text folding, one object guard. */

/** Letters that Unicode decomposition does not split into a base letter plus an accent. */
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};

/**
 * Lower case, accents off ("Café Müller" → "cafe muller"), apostrophes gone ("Joe's" → "joes").
 * Nothing else changes; account words, merchant keys and category lookups build on it.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøđłıþ]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/['’‘`´ʼ]/g, '');
}

/** A parsed JSON object. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** A JSON object (not null, not an array). */
export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
