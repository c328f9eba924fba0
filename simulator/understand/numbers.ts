/** English number words as people say them to a speaker: "five", "twenty one", "a", "forty eight twenty one". */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  oh: 0,
  o: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

const lookup = (table: Readonly<Record<string, number>>, word: string | undefined): number | undefined =>
  word !== undefined && Object.hasOwn(table, word) ? table[word] : undefined;

/** One spoken chunk at `words[at]`: a digit string, a unit, a teen, or tens with an optional unit. */
function chunk(words: readonly string[], at: number): { value: number; digits: string; used: number } | undefined {
  const word = words[at];
  if (word !== undefined && /^\d+$/.test(word)) return { value: Number(word), digits: word, used: 1 };
  const small = lookup(UNITS, word) ?? lookup(TEENS, word);
  if (small !== undefined) return { value: small, digits: String(small), used: 1 };
  const tens = lookup(TENS, word);
  if (tens === undefined) return undefined;
  const unit = lookup(UNITS, words[at + 1]);
  return unit !== undefined && unit > 0
    ? { value: tens + unit, digits: String(tens + unit), used: 2 }
    : { value: tens, digits: String(tens), used: 1 };
}

/** A whole number said in full: "5", "five", "twenty one", "a", "a couple"; undefined otherwise. */
export function parseNumber(words: readonly string[]): number | undefined {
  const joined = words.join(' ');
  if (joined === 'a' || joined === 'an') return 1;
  if (joined === 'a couple' || joined === 'a couple of' || joined === 'couple') return 2;
  if (words.length === 1 && /^\d+(\.0+)?$/.test(joined)) return Number(joined);
  const first = chunk(words, 0);
  return first && first.used === words.length && !/^\d/.test(words[0] ?? '') ? first.value : undefined;
}

/** Digits said one by one or in pairs ("four eight two one", "forty eight twenty one", "4821"). */
export function parseDigits(words: readonly string[]): string | undefined {
  let digits = '';
  for (let at = 0; at < words.length; ) {
    const next = chunk(words, at);
    if (!next) return undefined;
    digits += next.digits;
    at += next.used;
  }
  return digits || undefined;
}

/** A day of the month: "3", "3rd", "third", "twenty third". */
export function parseDayOfMonth(words: readonly string[]): number | undefined {
  const joined = words.join(' ');
  const numeric = /^(\d{1,2})(st|nd|rd|th)?$/.exec(joined);
  if (numeric?.[1]) return Number(numeric[1]);
  const ordinal = lookup(ORDINALS, joined);
  if (ordinal !== undefined) return ordinal;
  const tens = lookup(TENS, words[0]);
  const unit = lookup(ORDINALS, words[1]);
  if (words.length === 2 && tens !== undefined && unit !== undefined && unit < 10) return tens + unit;
  return parseNumber(words);
}
