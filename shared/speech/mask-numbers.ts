/**
 * Masking by meaning: a number is any run of digits joined by spaces, dashes, dots or slashes
 * ("4111 1111 1111 1111", "123-456-7890", "000.123.457.710", "12/34/5678"). When it holds five
 * digits or more, only its last four digits are kept. Digits are Unicode decimal digits, so
 * full-width or Arabic-Indic digits are counted too.
 */
const JOINER = '[\\s\\-./\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D\\uFF0E\\uFF0F]';
const NUMBER = new RegExp(`\\p{Nd}+(?:${JOINER}+\\p{Nd}+)*`, 'gu');
const DIGIT = /\p{Nd}/gu;

export function maskNumbers(text: string): string {
  return text.replace(NUMBER, (run) => {
    const digits = run.match(DIGIT) ?? [];
    return digits.length >= 5 ? digits.slice(-4).join('') : run;
  });
}

/** The digits of every number in `text` (joiners removed), as masking sees them. */
export function numbersIn(text: string): string[] {
  return (text.match(NUMBER) ?? []).map((run) => (run.match(DIGIT) ?? []).join(''));
}
