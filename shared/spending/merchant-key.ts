import { foldText } from '../text';
import { stripMerchantNoise } from './merchant-noise';

export { foldText } from '../text';

/** Runs of single letters are one word: "a t t" → "att", "j c penney" → "jc penney". */
function joinInitials(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const token of [...tokens, '']) {
    if (/^[a-z]$/.test(token)) {
      run += token;
      continue;
    }
    if (run !== '') out.push(run);
    run = '';
    if (token !== '') out.push(token);
  }
  return out;
}

/** "at and t" → "att", "h and m" → "hm": "and" between one- or two-letter words is an ampersand. */
function joinAmpersandInitials(tokens: readonly string[]): string[] {
  const out: string[] = [];
  const short = /^[a-z]{1,2}$/;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    const previous = out[out.length - 1];
    const next = tokens[i + 1];
    if (token === 'and' && previous !== undefined && next !== undefined && short.test(previous) && short.test(next)) {
      out[out.length - 1] = previous + next;
      i += 1;
    } else {
      out.push(token);
    }
  }
  return out;
}

/**
 * The words of a merchant name in normal form: noise stripped (merchant-noise.ts), folded, `&` and
 * `+` read as "and" unless they join letters ("AT&T", "AT and T" and "att" all give `att`; "Ben &
 * Jerry's" gives `ben and jerrys`), punctuation as spaces, dotted initials joined ("a.t.&t.").
 */
export function merchantWords(text: string): string[] {
  const folded = foldText(stripMerchantNoise(text))
    .replace(/\b([a-z])\./g, '$1 ')
    .replace(/([a-z0-9])&(?=[a-z0-9])/g, '$1')
    .replace(/[&+]/g, ' and ');
  const tokens = folded.split(/[^a-z0-9]+/).filter((token) => token.length > 0);
  return joinAmpersandInitials(joinInitials(tokens));
}

/**
 * The normalised form of a merchant name or statement descriptor: lower-case words separated by
 * single spaces, empty when nothing is left. `merchantKey("STARBUCKS STORE #1234 SEATTLE WA")` and
 * `merchantKey("Starbucks")` are both `starbucks`; `merchantKey("Trader Joe's")` is `trader joes`.
 */
export function merchantKey(text: string): string {
  return merchantWords(text).join(' ');
}
