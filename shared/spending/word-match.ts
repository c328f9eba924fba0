/**
 * How heard words compare with a merchant's key words. Every rule works on whole words, so "shell"
 * never matches "shellfish". Rules are listed strongest first; merchant-match.ts tries them in order.
 */

/** Words as merchant-key.ts produces them: lower case, no punctuation. */
export type Words = readonly string[];

/** A rule: does the heard name fit this key? */
export type WordRule = (heard: Words, key: Words) => boolean;

/** Shortest word that a one-letter slip is forgiven in ("starbuck", "walgrens"). */
const FUZZY_MIN_LENGTH = 5;

/** True when `a` becomes `b` by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i += 1;
  const tailIfSubstituted = shorter.slice(i + 1) === longer.slice(i + 1);
  const tailIfInserted = shorter.slice(i) === longer.slice(i + 1);
  return shorter.length === longer.length ? tailIfSubstituted : tailIfInserted;
}

/** Same word, a plural of it ("joe" / "joes"), or, for long words, one slip away. */
function nearWord(heard: string, known: string): boolean {
  if (heard === known) return true;
  if (heard.length >= 3 && (heard + 's' === known || heard === known + 's')) return true;
  return heard.length >= FUZZY_MIN_LENGTH && known.length >= FUZZY_MIN_LENGTH && withinOneEdit(heard, known);
}

/** The whole key, word for word, or the same letters split differently ("mc donalds"). */
export const isExact: WordRule = (heard, key) =>
  heard.length > 0 && (heard.join(' ') === key.join(' ') || heard.join('') === key.join(''));

/**
 * A run of whole key words spells the heard words ("home depot" in "the home depot",
 * "wholefoods" in "whole foods market"). The run starts and ends on word boundaries.
 */
export const isContained: WordRule = (heard, key) => {
  const target = heard.join('');
  if (target === '') return false;
  for (let start = 0; start < key.length; start += 1) {
    let spelled = '';
    for (let end = start; end < key.length && spelled.length < target.length; end += 1) {
      spelled += key[end] ?? '';
      if (spelled === target) return true;
    }
  }
  return false;
};

/** The heard name begins with the whole key: "shell gas station" for "shell". */
export const startsWithKey: WordRule = (heard, key) =>
  key.length > 0 && heard.length > key.length && key.every((word, i) => heard[i] === word);

/** Like {@link isContained}, word for word, forgiving plurals and one slip in long words. */
export const isNearlyContained: WordRule = (heard, key) => {
  if (heard.length === 0) return false;
  for (let start = 0; start + heard.length <= key.length; start += 1) {
    if (heard.every((word, i) => nearWord(word, key[start + i] ?? ''))) return true;
  }
  return false;
};

/** The rules from strongest to weakest. */
export const WORD_RULES: readonly WordRule[] = [isExact, isContained, startsWithKey, isNearlyContained];
