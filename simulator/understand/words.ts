/**
 * Typed text as the words the matcher compares. Samples and utterances go through the same
 * steps, so "What's my balance?" and the sample "what is my balance" meet as the same words.
 */

/** Contractions spelt out, so "what's" and "what is" are one phrasing (apostrophe-less typing too). */
const CONTRACTIONS: Readonly<Record<string, string>> = {
  "what's": 'what is',
  whats: 'what is',
  "when's": 'when is',
  whens: 'when is',
  "where's": 'where is',
  "it's": 'it is',
  "that's": 'that is',
  thats: 'that is',
  "i'm": 'i am',
  im: 'i am',
  "i've": 'i have',
  "didn't": 'did not',
  didnt: 'did not',
  "don't": 'do not',
  dont: 'do not',
  "hasn't": 'has not',
  hasnt: 'has not',
  "haven't": 'have not',
  "isn't": 'is not',
  "there's": 'there is',
  "how's": 'how is',
  "who's": 'who is',
  "can't": 'cannot',
  "won't": 'will not',
  "what're": 'what are',
};

/**
 * Lower case, curly quotes straightened, punctuation gone (except apostrophes inside words,
 * `&`, and the `-` `/` `.` inside numbers and dates), contractions spelt out.
 */
export function toWords(text: string): string[] {
  const cleaned = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    // A NUL stands in for a hyphen between digits while punctuation is blanked, then turns back.
    .replace(/(\d)[-/.](?=\d)/g, '$1\u0000')
    // eslint-disable-next-line no-control-regex -- the placeholder is the one character no heard text holds
    .replace(/[^\p{L}\p{N}'&\u0000\s]/gu, ' ')
    // eslint-disable-next-line no-control-regex -- as above
    .replace(/\u0000/g, '-')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1');
  return cleaned
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => (CONTRACTIONS[word] ?? word).split(' '));
}

/** Words the overlap matcher does not count as evidence on their own. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'i',
  'me',
  'my',
  'is',
  'am',
  'are',
  'was',
  'were',
  'do',
  'did',
  'does',
  'have',
  'has',
  'to',
  'on',
  'in',
  'at',
  'of',
  'for',
  'from',
  'with',
  'what',
  'how',
  'when',
  'which',
  'that',
  'it',
  'any',
  'there',
  'please',
  'and',
  'this',
  'so',
  'much',
  'many',
  'some',
  'be',
  'will',
  'not',
]);

/** Politeness and padding: ignored in an utterance unless the sample itself has the word. */
export const FILLERS: ReadonlySet<string> = new Set([
  'please',
  'hey',
  'um',
  'uh',
  'so',
  'just',
  'like',
  'can',
  'you',
  'could',
  'would',
  'tell',
  'me',
  'kindly',
  'yet',
  'also',
  'actually',
  'want',
  'know',
  'need',
  'let',
  'see',
  'again',
  'right',
  'thanks',
]);
