/**
 * Text that can stand in an XML (SSML) document and be read aloud: no control characters (tabs and
 * line breaks become spaces), no format characters (zero-width joiners, bidi overrides, soft
 * hyphens), no noncharacters (U+FDD0–U+FDEF, U+FFFE/U+FFFF in every plane) and no lone surrogates.
 * Everything else, accents and emoji included, is kept. Run before SSML escaping.
 */
export function speechSafe(text: string): string {
  // With the `u` flag a paired surrogate is one code point, so \p{Cs} matches only lone halves.
  return text.replace(UNSAFE, (ch) => (WHITESPACE.test(ch) ? ' ' : ''));
}

const WHITESPACE = /^[\t\n\v\f\r\u0085]$/u;
const NONCHARACTERS = Array.from({ length: 17 }, (_, plane) => {
  const base = (plane * 0x10000 + 0xfffe).toString(16);
  const last = (plane * 0x10000 + 0xffff).toString(16);
  return `\\u{${base}}-\\u{${last}}`;
}).join('');
const UNSAFE = new RegExp(`[\\p{Cc}\\p{Cf}\\p{Cs}\\u{FDD0}-\\u{FDEF}${NONCHARACTERS}]`, 'gu');
