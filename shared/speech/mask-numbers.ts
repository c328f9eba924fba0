/**
 * Masking by meaning: a number is any run of digits joined by spaces, dashes, dots or slashes
 * ("4111 1111 1111 1111", "123-456-7890", "000.123.457.710", "12/34/5678"), or by a comma,
 * underscore, middle dot, colon or plus written straight between two digits ("4111,1111,1111,1111",
 * "4111_1111", "4111:1111", "4111+1111"; a comma followed by a space is list punctuation, so
 * "#1234, 12/31" is two numbers). When it holds five digits or more, only its last four digits are
 * kept. Digits are Unicode decimal digits, so full-width or Arabic-Indic digits are counted too.
 *
 * The one exception is a well-formed amount: a currency sign or code before, or a currency word
 * after, a number grouped in thousands ("$1,234.56", "1,234 dollars", "€12,000"), under a billion.
 * "$4111,1111,1111,1111" and "4111111111111111 USD" are no such amounts, so they are masked.
 */
const SPACED = '[\\s\\-./\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D\\uFF0E\\uFF0F]';
/** Joiners that join only when a digit follows straight away: commas, underscores, middle dots, colons, pluses. */
const TIGHT =
  '[,_\\u00B7\\u2027\\u2219\\u30FB\\uFF65:+\\u060C\\u066B\\u066C\\uFE50\\uFE55\\uFF0C\\uFF0B\\uFF1A\\uFF3F](?=\\p{Nd})';
const JOINS = `(?:${SPACED}|${TIGHT})+`;
const NUMBER = new RegExp(`\\p{Nd}+(?:${JOINS}\\p{Nd}+)*`, 'gu');
const DIGIT = /\p{Nd}/gu;

/** A thousands-grouped amount under a billion, with cents or not: "1,234.56", "12", "999,999,999". */
const GROUPED = '(?:\\d{1,3}(?:,\\d{3}){0,2}(?:\\.\\d{1,2})?)';
const CURRENCY_BEFORE = '(?:[$€£¥₹₩₪]|\\b[A-Z]{1,3}[$¥]|\\b(?:USD|EUR|GBP|CAD|AUD|CHF|JPY)\\s?)';
const CURRENCY_AFTER = '\\s?(?:dollars?|euros?|pounds?|cents?|USD|EUR|GBP|CAD|AUD|CHF|JPY)\\b';
/** Not part of a longer number: no digit, and no joiner followed by a digit, on either side. */
const ALONE_BEFORE = `(?<!\\p{Nd}|\\p{Nd}${JOINS})`;
const ALONE_AFTER = `(?!\\p{Nd}|${JOINS}\\p{Nd})`;
const AMOUNT = new RegExp(
  `${CURRENCY_BEFORE}${ALONE_BEFORE}${GROUPED}${ALONE_AFTER}|${ALONE_BEFORE}${GROUPED}${ALONE_AFTER}(?=${CURRENCY_AFTER})`,
  'gu',
);

/** The [start, end) spans of the well-formed amounts in `text`. */
function amountSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(AMOUNT)].map((m) => [m.index, m.index + m[0].length]);
}

export function maskNumbers(text: string): string {
  const amounts = amountSpans(text);
  return text.replace(NUMBER, (run, offset: number) => {
    const digits = run.match(DIGIT) ?? [];
    if (digits.length < 5) return run;
    if (amounts.some(([start, end]) => offset >= start && offset + run.length <= end)) return run;
    return digits.slice(-4).join('');
  });
}

/** The digits of every number in `text` (joiners removed), as masking sees them. */
export function numbersIn(text: string): string[] {
  return (text.match(NUMBER) ?? []).map((run) => (run.match(DIGIT) ?? []).join(''));
}
