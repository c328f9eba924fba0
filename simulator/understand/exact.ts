import type { DateTime } from 'luxon';
import { isCustomType } from '../../interaction-models/catalogue/slots';
import type { CustomSlotType } from '../../interaction-models/catalogue/types';
import type { Candidate } from './candidate';
import { fillSlot, isGuess, type Fill, type Vocabulary } from './slot-fill';
import { exactSplits, type Captures, type Template } from './templates';

/** An unknown custom value longer than this is not believed: it has swallowed the sentence. */
const MAX_GUESS_WORDS = 4;

/** Words a platform leaves outside a slot value: "for Spotify" is heard as "for" + {merchant}. */
const NOT_FIRST = new Set(['the', 'a', 'an', 'my', 'for', 'at', 'on', 'in', 'to', 'of', 'with', 'from']);

/**
 * Whether unknown words are believable as a custom value: not alone (a bare "{account}" sample
 * takes only names we know), not too long, not led by a preposition or article, and not a known
 * value with extra words around it ("savings one please" is "savings" and something else), and for
 * an account, not a known category or merchant.
 */
function believable(
  type: CustomSlotType,
  words: readonly string[],
  template: Template,
  vocabulary: Vocabulary,
): boolean {
  if (template.literals.length === 0 || words.length > MAX_GUESS_WORDS || NOT_FIRST.has(words[0] ?? '')) return false;
  for (let start = 0; start < words.length; start += 1) {
    for (let end = start + 1; end <= words.length; end += 1) {
      if (vocabulary.canonical(type, words.slice(start, end)) !== undefined) return false;
    }
  }
  // "pay my rent": a word the model knows as a category or a merchant is not an unknown account name.
  if (type === 'ACCOUNT_NAME' && OTHER_TYPES.some((other) => vocabulary.canonical(other, words) !== undefined))
    return false;
  return true;
}

/** The types whose known values are never guessed as an account name. */
const OTHER_TYPES: readonly CustomSlotType[] = ['SPENDING_CATEGORY', 'MERCHANT_NAME'];

/** The fills for one split, or undefined when a capture is not a value of its slot's type. */
function fillsOf(
  template: Template,
  captures: Captures,
  vocabulary: Vocabulary,
  today: DateTime,
): Map<string, Fill> | undefined {
  const fills = new Map<string, Fill>();
  for (const token of template.tokens) {
    if (token.kind !== 'slot') continue;
    const words = captures.get(token.slot.name) ?? [];
    const fill = fillSlot(token.slot, words, vocabulary, today);
    if (!fill) return undefined;
    if (isGuess(fill) && isCustomType(token.slot.type) && !believable(token.slot.type, words, template, vocabulary))
      return undefined;
    fills.set(token.slot.name, fill);
  }
  return fills;
}

function candidate(template: Template, fills: ReadonlyMap<string, Fill>, captures: Captures): Candidate {
  let guessedWords = 0;
  let capturedWords = 0;
  for (const [name, fill] of fills) {
    const count = captures.get(name)?.length ?? 0;
    capturedWords += count;
    if (isGuess(fill)) guessedWords += count;
  }
  return {
    intent: template.intent,
    fills,
    sample: template.sample,
    how: 'sample',
    guessedWords,
    literals: template.literals.length,
    capturedWords,
    agreement: 1,
    order: template.order,
  };
}

/** Every reading in which the words match a sample exactly, with every slot a valid value. */
export function exactCandidates(
  words: readonly string[],
  templates: readonly Template[],
  vocabulary: Vocabulary,
  today: DateTime,
): Candidate[] {
  const found: Candidate[] = [];
  for (const template of templates) {
    for (const captures of exactSplits(template.tokens, words)) {
      const fills = fillsOf(template, captures, vocabulary, today);
      if (fills) found.push(candidate(template, fills, captures));
    }
  }
  return found;
}
